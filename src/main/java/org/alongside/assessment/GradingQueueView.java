package org.alongside.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortService;
import org.alongside.web.CurrentAccount;
import org.alongside.web.PagedList;

/** A trainer's grading queue: their cohorts' submitted work, oldest first, with filters and counts. */
@Named
@ViewScoped
public class GradingQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GradingService grading;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    private Submission.Status status = Submission.Status.SUBMITTED;
    private Long cohortId;
    private String moduleId;

    private transient Map<Submission.Status, Long> counts;
    private transient List<Cohort> trainerCohorts;

    private final PagedList<QueueRow> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return grading.queueCount(trainerId(), filter());
        }

        @Override
        public List<QueueRow> page(int first, int pageSize) {
            return grading.queue(trainerId(), filter(), first, pageSize);
        }
    }, QueueRow::submissionId);

    private GradingService.QueueFilter filter() {
        return new GradingService.QueueFilter(status, cohortId, moduleId == null || moduleId.isBlank() ? null : moduleId);
    }

    /** Counts per status, read once per request that shows them. */
    public Map<Submission.Status, Long> getCounts() {
        if (counts == null) {
            counts = grading.countsByStatus(trainerId());
        }
        return counts;
    }

    public List<Cohort> getCohorts() {
        if (trainerCohorts == null) {
            trainerCohorts = cohorts.cohortsOfTrainer(trainerId());
        }
        return trainerCohorts;
    }

    public String moduleTitle(QueueRow row) {
        return catalog.course(row.courseId()).flatMap(course -> course.module(row.moduleId()))
                .map(module -> module.title()).orElse(row.moduleId());
    }

    /** How long the work has waited, in days (0 for today). */
    public long ageInDays(QueueRow row) {
        return Duration.between(row.submittedAt(), clock.instant()).toDays();
    }

    /** The modules of the courses taught, for the module filter. */
    public List<Course.Module> getModules() {
        return catalog.courses().stream().flatMap(course -> course.modulesInOrder().stream()).toList();
    }

    public Submission.Status[] getStatuses() {
        return Submission.Status.values();
    }

    private long trainerId() {
        return current.id();
    }

    public PagedList<QueueRow> getModel() {
        return model;
    }

    public Submission.Status getStatus() {
        return status;
    }

    public void setStatus(Submission.Status status) {
        this.status = status;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
