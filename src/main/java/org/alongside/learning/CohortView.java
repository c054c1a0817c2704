package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;
import org.alongside.identity.AccountService;
import org.alongside.identity.Role;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * One cohort for its coordinators: the course days with their dates and places, opening a day
 * early, its trainers, and who has joined (removing or moving a trainee).
 */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningCalendar calendar;

    @Inject
    AccountService accounts;

    @Inject
    CurrentAccount current;

    private Long cohortId;
    private Long trainerToAssign;
    private Long moveAccountId;
    private Long moveToCohortId;
    private transient Cohort cohort;

    public void load() {
        cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        if (cohort == null) {
            Page.notFound();
        }
    }

    public void openEarly(int dayNumber) {
        cohorts.openDayEarly(current.id(), cohortId, dayNumber, calendar.today());
        cohort = cohorts.find(cohortId).orElseThrow();
        Page.info("cohort.openedEarly", dayNumber);
    }

    public void assignTrainer() {
        if (trainerToAssign == null) {
            Page.fieldError("trainers:trainer", "cohort.chooseTrainer");
            return;
        }
        try {
            cohorts.assignTrainer(current.id(), cohortId, trainerToAssign);
            Page.info("cohort.trainerAssigned");
        } finally {
            trainerToAssign = null;
            cohort = null;
        }
    }

    public void removeTrainer(long trainerId) {
        cohorts.removeTrainer(current.id(), cohortId, trainerId);
        Page.info("cohort.trainerRemoved");
        cohort = null;
    }

    /** Takes a trainee out of the group; their progress records stay. */
    public void removeMember(Enrolment member) {
        cohorts.remove(current.id(), member.getAccount().getId(), cohortId);
        Page.info("cohort.removed", member.getAccount().getDisplayName());
    }

    /** Moves the chosen trainee to the chosen group of the same course, if it has room. */
    public void move() {
        if (moveAccountId == null || moveToCohortId == null) {
            Page.error("cohort.moveChooseBoth");
            return;
        }
        Enrolment member = getMembers().stream().filter(m -> m.getAccount().getId().equals(moveAccountId)).findFirst().orElse(null);
        if (member == null) {
            Page.error("cohort.notMember");
            return;
        }
        cohorts.move(current.id(), moveAccountId, moveToCohortId);
        Page.info("cohort.moved", member.getAccount().getDisplayName(), cohorts.find(moveToCohortId).map(Cohort::getName).orElse(""));
        moveAccountId = null;
        moveToCohortId = null;
    }

    public List<Cohort> getOtherCohorts() {
        return cohorts.otherCohortsOfCourse(cohortId);
    }

    /** The version of the course taught now, next to the one the cohort was created with. */
    public String getCourseVersionNow() {
        return course().map(Course::version).orElse("");
    }

    public Long getPlacesLeft() {
        return cohorts.placesLeft(cohortId);
    }

    /** The trainers assigned to this cohort. */
    public List<Account> getTrainers() {
        return trainerAccounts().stream().filter(trainer -> getCohort().hasTrainer(trainer.getId())).toList();
    }

    /** Trainers who could be assigned. */
    public List<Account> getOtherTrainers() {
        return trainerAccounts().stream().filter(trainer -> !getCohort().hasTrainer(trainer.getId())).toList();
    }

    private List<Account> trainerAccounts() {
        return accounts.staff().stream().filter(account -> account.hasRole(Role.TRAINER) && account.isActive()).toList();
    }

    public Long getTrainerToAssign() {
        return trainerToAssign;
    }

    public void setTrainerToAssign(Long trainerToAssign) {
        this.trainerToAssign = trainerToAssign;
    }

    public Cohort getCohort() {
        if (cohort == null && cohortId != null) {
            cohort = cohorts.find(cohortId).orElse(null);
        }
        return cohort;
    }

    public boolean isOpen(CohortDay day) {
        return day.isOpen(calendar.today());
    }

    public String dayTitle(CohortDay day) {
        return course().flatMap(course -> course.day(day.getNumber())).map(Course.Day::title).orElse("");
    }

    public String getCourseTitle() {
        return course().map(Course::title).orElse(getCohort().getCourseId());
    }

    public List<Enrolment> getMembers() {
        return cohorts.members(cohortId);
    }

    private Optional<Course> course() {
        return catalog.course(getCohort().getCourseId());
    }

    public Long getMoveAccountId() {
        return moveAccountId;
    }

    public void setMoveAccountId(Long moveAccountId) {
        this.moveAccountId = moveAccountId;
    }

    public Long getMoveToCohortId() {
        return moveToCohortId;
    }

    public void setMoveToCohortId(Long moveToCohortId) {
        this.moveToCohortId = moveToCohortId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
