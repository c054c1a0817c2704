package org.alongside.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;

/** The trainee's course on one page: days, modules and progress, and the way back to their place. */
@Named
@RequestScoped
public class TraineeHomeView {

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    @Inject
    ReflectionStage.Source reflections;

    /** For the "not open yet" page: the module asked for. */
    private String moduleId;

    private Optional<TraineeCourse> course;
    private Map<String, ReflectionStage> reflectionStages;

    public TraineeCourse getCourse() {
        if (course == null) {
            course = learning.courseOf(current.id(), calendar.today());
        }
        return course.orElse(null);
    }

    public TraineeCourse.Resume getResume() {
        TraineeCourse traineeCourse = getCourse();
        return traineeCourse == null ? null : traineeCourse.resume().orElse(null);
    }

    /** Whether the trainee has opened a lesson before, so the button says "continue" or "next" rather than "start". */
    public boolean isStarted() {
        TraineeCourse traineeCourse = getCourse();
        return traineeCourse != null && traineeCourse.place().isPresent();
    }

    /** "Continue where you left off" only when it goes back there; after a finished lesson or module it is "next". */
    public String getResumeKey() {
        TraineeCourse traineeCourse = getCourse();
        if (!isStarted()) {
            return "trainee.home.start";
        }
        return traineeCourse.resumesWhereLeft() ? "trainee.home.continue" : "trainee.home.next";
    }

    /**
     * What the module list says of a module: complete, not started, or started, unless the
     * reflection is what it waits on (with the trainer, or to revise).
     */
    public String stateKey(CourseProgress.ModuleProgressSummary summary) {
        if (summary.complete()) {
            return "module.state.complete";
        }
        return switch (reflectionStage(summary.module().id())) {
            case WITH_TRAINER -> "module.state.reflectionWithTrainer";
            case NEEDS_REVISION -> "module.state.reflectionToRevise";
            default -> summary.started() ? "module.state.started" : "module.state.notStarted";
        };
    }

    private ReflectionStage reflectionStage(String moduleId) {
        if (reflectionStages == null) {
            TraineeCourse traineeCourse = getCourse();
            reflectionStages = traineeCourse == null ? Map.of() : reflections.sentOf(current.id(), traineeCourse.course().id());
        }
        return reflectionStages.getOrDefault(moduleId, ReflectionStage.NOT_STARTED);
    }

    /** With every open lesson read, the module whose knowledge check or reflection is still to do. */
    public Course.Module getModuleToFinish() {
        TraineeCourse traineeCourse = getCourse();
        return traineeCourse == null ? null : traineeCourse.moduleToFinish().orElse(null);
    }

    /** The title of the lesson "continue" leads to. */
    public String getResumeTitle() {
        TraineeCourse.Resume resume = getResume();
        return resume == null ? null : getCourse().course().module(resume.moduleId())
                .flatMap(module -> module.lesson(resume.lessonId())).map(Course.Lesson::title).orElse(null);
    }

    /** The module asked for on the "not open yet" page, when it is in the course. */
    public Course.Module getAskedFor() {
        TraineeCourse traineeCourse = getCourse();
        return traineeCourse == null ? null : traineeCourse.course().module(moduleId).orElse(null);
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
