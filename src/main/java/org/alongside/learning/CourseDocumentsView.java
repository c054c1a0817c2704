package org.alongside.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Role;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The course's printable pages: handouts for everyone signed in, and a trainer's guide per day
 * for trainers and coordinators (the page lives under /staff, so the server checks that). A
 * trainee reads their own group's course; staff name the course, or get the first one taught.
 */
@Named
@RequestScoped
public class CourseDocumentsView {

    @Inject
    CourseCatalog catalog;

    @Inject
    CohortService cohorts;

    @Inject
    CurrentAccount current;

    private String courseId;
    private String handoutId;
    private Integer dayNumber;
    private Optional<Course> course;

    public void loadHandout() {
        if (getHandout().isEmpty()) {
            Page.notFound();
        }
    }

    public void loadGuide() {
        if (getDay().map(Course.Day::guide).isEmpty()) {
            Page.notFound();
        }
    }

    public Optional<Course> getCourse() {
        if (course == null) {
            var account = current.require();
            Optional<String> own = account.hasRole(Role.TRAINEE) && !account.hasRole(Role.TRAINER) && !account.hasRole(Role.COORDINATOR)
                    ? cohorts.cohortOf(account.getId()).map(Cohort::getCourseId) : Optional.ofNullable(courseId);
            course = own.isPresent() ? own.flatMap(catalog::course) : catalog.courses().stream().findFirst();
        }
        return course;
    }

    public Optional<Course.Handout> getHandout() {
        return getCourse().flatMap(c -> c.handout(handoutId));
    }

    public String getHandoutTitle() {
        return getHandout().map(Course.Handout::title).orElseGet(() -> Page.text("handouts.title"));
    }

    public String getGuideTitle() {
        return getDay().map(day -> Page.text("guide.title", day.number(), day.title())).orElseGet(() -> Page.text("guide.titlePlain"));
    }

    public Optional<Course.Day> getDay() {
        return dayNumber == null ? Optional.empty() : getCourse().flatMap(c -> c.day(dayNumber));
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getHandoutId() {
        return handoutId;
    }

    public void setHandoutId(String handoutId) {
        this.handoutId = handoutId;
    }

    public Integer getDayNumber() {
        return dayNumber;
    }

    public void setDayNumber(Integer dayNumber) {
        this.dayNumber = dayNumber;
    }
}
