package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** The observed-practice grid of one training group: trainees down, role plays across, each cell a link to its record. */
@Named
@ViewScoped
public class GroupPracticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeService practice;

    @Inject
    CurrentAccount current;

    private Long cohortId;
    private transient PracticeService.GroupPractice group;

    public void load() {
        try {
            group = practice.groupPractice(current.id(), cohortId == null ? -1 : cohortId);
        } catch (ActionRefused notTheirs) {
            Page.notFound();
        }
    }

    public PracticeService.GroupPractice getGroup() {
        if (group == null) {
            load();
        }
        return group;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
