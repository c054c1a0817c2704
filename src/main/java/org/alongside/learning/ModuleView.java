package org.alongside.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;

/** A module's page: what it covers, its lessons, its knowledge check and its reflective exercise. */
@Named
@RequestScoped
public class ModuleView {

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private String moduleId;
    private TraineeCourse course;
    private Course.Module module;
    private List<CheckAttempt> attempts;

    public void load() {
        try {
            course = learning.courseOf(current.require().getId(), calendar.today()).orElseThrow(LearningException::notEnrolled);
            module = course.openModule(moduleId);
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
        }
    }

    public Course.Module getModule() {
        return module;
    }

    public CourseProgress.ModuleProgressSummary getProgress() {
        return course.progress().module(moduleId).orElseThrow();
    }

    /** Where "start" or "carry on" leads: the first lesson not done, or the first lesson. */
    public Course.Lesson getNextLesson() {
        return getProgress().nextLesson().orElse(module.lessons().get(0));
    }

    public List<CheckAttempt> getAttempts() {
        if (attempts == null) {
            attempts = learning.attempts(current.require().getId(), course.course().id(), moduleId);
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
