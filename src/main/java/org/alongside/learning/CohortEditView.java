package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.platform.ActionRefused;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A coordinator edits a cohort: name, each day's date, place and online link, capacity and group
 * agreement. A refused edit keeps everything typed; so does a clash with someone else's save.
 */
@Named
@ViewScoped
public class CohortEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    CurrentAccount current;

    private Long cohortId;
    private long seenVersion;
    private String name;
    private Integer capacity;
    private String agreement;
    private String courseTitle;
    private List<CourseDayForm> days = new ArrayList<>();

    /** Fills the form from the cohort on arrival; a postback keeps what was typed. */
    public void load() {
        Cohort cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        if (cohort == null) {
            Page.notFound();
            return;
        }
        Course course = catalog.course(cohort.getCourseId()).orElse(null);
        seenVersion = cohort.getVersion();
        name = cohort.getName();
        capacity = cohort.getCapacity();
        agreement = CohortService.agreementOf(cohort);
        courseTitle = course == null ? cohort.getCourseId() : course.title();
        days = cohort.getDays().stream().map(day -> CourseDayForm.of(day, course == null ? "" : course.day(day.getNumber())
                .map(Course.Day::title).orElse(""))).toList();
    }

    public String save() {
        CohortEdit edit = new CohortEdit(name,
                days.stream().map(day -> new CohortEdit.DayDetails(day.getDate(), day.getPlace(), day.getOnlineLink())).toList(),
                capacity, agreement);
        try {
            cohorts.edit(current.id(), cohortId, seenVersion, edit);
        } catch (ActionRefused refusal) {
            markField(refusal);
            throw refusal;
        } catch (OptimisticLockException | TransactionalException conflict) {
            if (!isConflict(conflict)) {
                throw conflict;
            }
            Page.error("cohort.changedMeanwhile");
            return null;
        }
        Page.infoAfterRedirect("cohort.saved");
        return "/coordinator/cohort.xhtml?faces-redirect=true&id=" + cohortId;
    }

    /* Every refusal is said at the top (by web.RefusedActions); one about a field is said next to that field as well. */
    private void markField(ActionRefused e) {
        switch (e.messageKey()) {
            case "cohort.datesOutOfOrder" -> Page.fieldError(dayField(e, "date"), e.messageKey(), e.arguments());
            case "cohort.linkInvalid" -> Page.fieldError(dayField(e, "link"), e.messageKey(), e.arguments());
            case "cohort.placeTooLong" -> Page.fieldError(dayField(e, "place"), e.messageKey(), e.arguments());
            case "cohort.capacityPositive", "cohort.capacityBelowMembers" -> Page.fieldError("edit:capacity", e.messageKey(), e.arguments());
            default -> {
                // said at the top only
            }
        }
    }

    private static String dayField(ActionRefused e, String field) {
        int dayNumber = (Integer) e.arguments()[0];
        return "edit:days:" + (dayNumber - 1) + ":" + field;
    }

    /* Someone else's save committed between our read and our write: the version check at commit. */
    private static boolean isConflict(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<CourseDayForm> getDays() {
        return days;
    }
}
