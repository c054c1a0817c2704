package org.alongside.learning;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.AccountService;
import org.alongside.identity.AdministratorSetup;

/**
 * In demo mode, puts the demo trainees in a cohort of the first course whose days run from today,
 * one a day, with the demo trainer assigned, so the course and its grading can be tried at once. Runs after the course catalogue has loaded.
 */
@ApplicationScoped
public class DemoCohort {

    private static final Logger LOG = Logger.getLogger(DemoCohort.class.getName());

    @Inject
    AdministratorSetup setup;

    @Inject
    AccountService accounts;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningCalendar calendar;

    void seed(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.APPLICATION + 100) ServletContext context) {
        if (!setup.isDemo() || cohorts.count() > 0 || catalog.courses().isEmpty()) {
            return;
        }
        Course course = catalog.courses().get(0);
        LocalDate today = calendar.today();
        List<LocalDate> dates = IntStream.range(0, course.days().size()).mapToObj(today::plusDays).toList();
        long coordinatorId = accounts.findByEmail("coordinator@" + AdministratorSetup.DEMO_DOMAIN).orElseThrow().getId();
        Cohort cohort = cohorts.create(coordinatorId, "Demo group", course.id(), dates);
        List<Long> trainees = cohorts.traineesWithoutCohort();
        trainees.forEach(traineeId -> cohorts.enrol(traineeId, cohort.getId()));
        accounts.findByEmail("trainer@" + AdministratorSetup.DEMO_DOMAIN)
                .ifPresent(trainer -> cohorts.assignTrainer(coordinatorId, cohort.getId(), trainer.getId()));
        LOG.info(() -> "Demo mode: " + trainees.size() + " demo trainee(s) in cohort 'Demo group'; day 1 is open today");
    }
}
