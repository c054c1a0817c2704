package org.alongside.learning;

import java.time.LocalDate;
import java.util.Optional;
import org.alongside.course.Course;

/**
 * A trainee's view of their course on a given day: their cohort's dates, their progress, their
 * place and whether they have agreed to the group agreement. Decides what is open and where
 * "continue" leads.
 */
public record TraineeCourse(Cohort cohort, Course course, CourseProgress progress, Optional<Enrolment.Place> place,
                            LocalDate today, boolean agreementAcknowledged) {

    /** Where "continue where I left off" leads: a lesson, and how far down it. */
    public record Resume(String moduleId, String lessonId, int position) {
    }

    public boolean isDayOpen(int dayNumber) {
        return cohort.isDayOpen(dayNumber, today);
    }

    public LocalDate dateOf(int dayNumber) {
        return cohort.day(dayNumber).map(CohortDay::getDate).orElse(null);
    }

    public boolean isModuleOpen(Course.Module module) {
        return isDayOpen(module.day());
    }

    /**
     * The module, if it is in the course, its day is open and the trainee has agreed to the group
     * agreement; otherwise says why not, so a page reached by typing its address explains itself.
     */
    public Course.Module openModule(String moduleId) {
        Course.Module module = course.module(moduleId).orElseThrow(LearningException::notFound);
        if (!agreementAcknowledged) {
            throw LearningException.agreementNeeded();
        }
        if (!isModuleOpen(module)) {
            throw LearningException.notOpenYet(dateOf(module.day()));
        }
        return module;
    }

    public Course.Lesson openLesson(String moduleId, String lessonId) {
        return openModule(moduleId).lesson(lessonId).orElseThrow(LearningException::notFound);
    }

    /**
     * The saved place when its lesson is still in the course and open; otherwise the first lesson
     * not yet done in an open day.
     */
    /**
     * Where "continue" leads: back to the place the trainee left, unless that lesson is done (then
     * it would only repeat it: finishing a module must not offer its last lesson again); otherwise
     * the next lesson not done of that module, or of the first open module that has one.
     */
    public Optional<Resume> resume() {
        Optional<Resume> saved = place.filter(p -> course.module(p.moduleId())
                        .filter(this::isModuleOpen)
                        .flatMap(module -> module.lesson(p.lessonId())).isPresent())
                .filter(p -> !progress.module(p.moduleId()).map(summary -> summary.lessonDone(p.lessonId())).orElse(false))
                .map(p -> new Resume(p.moduleId(), p.lessonId(), p.position()));
        if (saved.isPresent()) {
            return saved;
        }
        // Next, the module the trainee was in, then the course in order.
        Optional<Resume> sameModule = place.flatMap(p -> progress.module(p.moduleId()))
                .filter(summary -> isModuleOpen(summary.module()))
                .flatMap(summary -> summary.nextLesson().map(lesson -> new Resume(summary.module().id(), lesson.id(), 0)));
        if (sameModule.isPresent()) {
            return sameModule;
        }
        return progress.modules().stream()
                .filter(summary -> isModuleOpen(summary.module()))
                .flatMap(summary -> summary.nextLesson().map(lesson -> new Resume(summary.module().id(), lesson.id(), 0)).stream())
                .findFirst();
    }

    /** Whether "continue" goes back to the very lesson the trainee left (rather than on to the next one). */
    public boolean resumesWhereLeft() {
        return resume().filter(r -> place.filter(p -> p.moduleId().equals(r.moduleId()) && p.lessonId().equals(r.lessonId())).isPresent())
                .isPresent();
    }

    /**
     * With every open lesson read: the first open module still to finish (its knowledge check or
     * reflection), so home points there instead of saying there is nothing to do.
     */
    public Optional<Course.Module> moduleToFinish() {
        return progress.modules().stream().filter(summary -> isModuleOpen(summary.module()) && !summary.complete())
                .map(CourseProgress.ModuleProgressSummary::module).findFirst();
    }
}
