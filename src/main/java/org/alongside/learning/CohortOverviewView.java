package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.alongside.identity.Role;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** A cohort's progress overview, for coordinators and (read-only) the cohort's trainers. */
@Named
@RequestScoped
public class CohortOverviewView {

    @Inject
    CohortOverviews overviews;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentAccount current;

    private Long cohortId;
    private CohortOverview overview;
    private String cohortName;

    public void load() {
        try {
            long staffId = current.id();
            overview = overviews.overview(staffId, cohortId == null ? -1 : cohortId);
            cohortName = cohorts.find(cohortId).map(Cohort::getName).orElse("");
        } catch (ActionRefused e) {
            Page.notFound();
        }
    }

    /** Coordinators follow a trainee's name to their page; trainers see the name only. */
    public boolean isCoordinator() {
        return current.require().hasRole(Role.COORDINATOR);
    }

    /** Width of a chart segment, in per cent of the bar. */
    public int percent(int count, int total) {
        return CohortOverview.percent(count, total);
    }

    /** Where a segment starts, after the ones before it. */
    public int offset(int before, int total) {
        return CohortOverview.percent(before, total);
    }

    public CohortOverview getOverview() {
        return overview;
    }

    public String getCohortName() {
        return cohortName;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
