package org.alongside.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    transient GradingService grading;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient CurrentAccount current;

    @Inject
    transient Clock clock;

    private Submission.Status status = Submission.Status.SUBMITTED;
    private Long cohortId;
    private String moduleId;

    private final PagedList<Submission> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return grading.queueCount(trainerId(), filter());
        }

        @Override
        public List<Submission> page(int first, int pageSize) {
            return grading.queue(trainerId(), filter(), first, pageSize);
        }
    }, Submission::getId);

    private GradingService.QueueFilter filter() {
        return new GradingService.QueueFilter(status, cohortId, moduleId == null || moduleId.isBlank() ? null : moduleId);
    }

    public Map<Submission.Status, Long> getCounts() {
        return grading.countsByStatus(trainerId());
    }

    public List<Cohort> getCohorts() {
        return cohorts.cohortIdsOfTrainer(trainerId()).stream().flatMap(id -> cohorts.find(id).stream()).toList();
    }

    public String moduleTitle(Submission submission) {
        return catalog.course(submission.getCourseId()).flatMap(course -> course.module(submission.getModuleId()))
                .map(module -> module.title()).orElse(submission.getModuleId());
    }

    /** How long the work has waited, in days (0 for today). */
    public long ageInDays(Submission submission) {
        return Duration.between(submission.getSubmittedAt(), clock.instant()).toDays();
    }

    public Submission.Status[] getStatuses() {
        return Submission.Status.values();
    }

    private long trainerId() {
        return current.require().getId();
    }

    public PagedList<Submission> getModel() {
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
