package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;

/**
 * A module's page: what it covers, its lessons, its knowledge check and its reflective exercise.
 * View-scoped so the wellbeing check-in on the page can post back: the module id is kept, what is
 * read from it is read again after a restore.
 */
@Named
@ViewScoped
public class ModuleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    @Inject
    ReflectionStage.Source reflections;

    private String moduleId;
    private transient TraineeCourse course;
    private transient Course.Module module;
    private transient List<CheckAttempt> attempts;
    private transient ReflectionStage reflectionStage;

    public void load() {
        try {
            course = learning.courseOf(current.id(), calendar.today()).orElseThrow(LearningException::notEnrolled);
            module = course.openModule(moduleId);
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
        }
    }

    /** Read by the view action, and again after the view is restored on another instance. */
    public Course.Module getModule() {
        if (module == null) {
            load();
        }
        return module;
    }

    public CourseProgress.ModuleProgressSummary getProgress() {
        getModule();
        return course.progress().module(moduleId).orElseThrow();
    }

    /** Where "start" or "carry on" leads: the first lesson not done, or the first lesson. */
    public Course.Lesson getNextLesson() {
        return getProgress().nextLesson().orElse(module.lessons().get(0));
    }

    /** Where the reflective exercise stands: the box says so, and its button leads on from there. */
    public ReflectionStage getReflectionStage() {
        if (reflectionStage == null) {
            getModule();
            reflectionStage = ReflectionStage.of(getProgress().reflection(),
                    reflections.modulesWithDraft(current.id(), course.course().id()).contains(moduleId));
        }
        return reflectionStage;
    }

    public List<CheckAttempt> getAttempts() {
        if (attempts == null) {
            getModule();
            attempts = learning.attempts(current.id(), course.course().id(), moduleId);
        }
        return attempts;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
