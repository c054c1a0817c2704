package org.alongside.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;

/**
 * A lesson page. Opening it makes it the trainee's place in the course; "take a break" also keeps
 * how far down they had read, and coming back scrolls to there. The page keeps no view state
 * (web.StatelessViews: the trainee opens it more than any other), so the module and lesson come
 * with every request, in the address or sent back by the form, and are read when the bean is made:
 * a post back asks the page's components whether they show before any view parameter is applied.
 */
@Named
@RequestScoped
public class LessonView {

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    @Inject
    @ManagedProperty("#{param.module}")
    String moduleId;

    @Inject
    @ManagedProperty("#{param.lesson}")
    String lessonId;

    /** How far down the page the trainee had scrolled, in per cent; sent by the page's script. */
    private int position;

    private TraineeCourse course;

    /** On arrival (not on postback): checks the lesson is open to this trainee and keeps it as their place. */
    public void load() {
        try {
            course = learning.openLesson(accountId(), moduleId, lessonId, calendar.today());
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
        }
    }

    /** Marks the lesson done and moves on: to the next lesson, or back to the module at its end. */
    public String markDone() {
        try {
            learning.completeLesson(accountId(), moduleId, lessonId, calendar.today());
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
            return null;
        }
        return getNext() == null
                ? "/trainee/module.xhtml?faces-redirect=true&module=" + moduleId
                : "/trainee/lesson.xhtml?faces-redirect=true&module=" + moduleId + "&lesson=" + getNext().id();
    }

    public String takeBreak() {
        try {
            learning.keepPlace(accountId(), moduleId, lessonId, position, calendar.today());
        } catch (LearningException refusal) {
            TraineePages.refuse(refusal, moduleId);
            return null;
        }
        return "/trainee/break.xhtml?faces-redirect=true";
    }

    public Course.Module getModule() {
        return course().openModule(moduleId);
    }

    public Course.Lesson getLesson() {
        return course().openLesson(moduleId, lessonId);
    }

    public Course.Lesson getPrevious() {
        return getModule().neighbour(lessonId, -1).orElse(null);
    }

    public Course.Lesson getNext() {
        return getModule().neighbour(lessonId, 1).orElse(null);
    }

    public boolean isDone() {
        return course().progress().module(moduleId).map(summary -> summary.lessonDone(lessonId)).orElse(false);
    }

    /** Lesson number within the module, from 1. */
    public int getNumber() {
        return getModule().lessons().indexOf(getLesson()) + 1;
    }

    /** How far down to scroll on arrival: the kept position when this lesson is the trainee's place. */
    public int getResumePosition() {
        return course().place().filter(place -> place.moduleId().equals(moduleId) && place.lessonId().equals(lessonId))
                .map(Enrolment.Place::position).orElse(0);
    }

    private TraineeCourse course() {
        if (course == null) {
            course = learning.courseOf(accountId(), calendar.today()).orElseThrow(LearningException::notEnrolled);
        }
        return course;
    }

    private long accountId() {
        return current.id();
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
