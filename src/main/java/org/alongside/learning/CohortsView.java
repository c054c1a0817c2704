package org.alongside.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;
import org.alongside.web.PagedList;

/** Coordinators create cohorts: a name, a course and the date of each course day. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private String name;
    private String courseId;
    private List<CourseDayForm> dayDates = new ArrayList<>();
    private transient Map<Long, Long> memberCounts;

    private final PagedList<Cohort> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return cohorts.count();
        }

        @Override
        public List<Cohort> page(int first, int pageSize) {
            return cohorts.newestFirst(first, pageSize);
        }
    }, Cohort::getId);

    /** Starts the form with the first course and its days from next Monday, one after another. */
    public void init() {
        if (courseId == null && !catalog.courses().isEmpty()) {
            courseId = catalog.courses().get(0).id();
            courseChosen();
        }
    }

    /** Lays out one date per day of the chosen course, keeping dates already typed. */
    public void courseChosen() {
        Course course = catalog.course(courseId).orElse(null);
        if (course == null) {
            dayDates = new ArrayList<>();
            return;
        }
        LocalDate nextMonday = calendar.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<CourseDayForm> laidOut = new ArrayList<>();
        for (Course.Day day : course.days()) {
            LocalDate kept = day.number() <= dayDates.size() ? dayDates.get(day.number() - 1).getDate() : null;
            laidOut.add(new CourseDayForm(day.number(), day.title(), kept != null ? kept : nextMonday.plusDays(day.number() - 1L)));
        }
        dayDates = laidOut;
    }

    public String create() {
        Cohort cohort = cohorts.create(current.id(), name, courseId,
                dayDates.stream().map(CourseDayForm::getDate).toList());
        Page.infoAfterRedirect("cohort.created", cohort.getName());
        return "/coordinator/cohort.xhtml?faces-redirect=true&id=" + cohort.getId();
    }

    public List<Course> getCourses() {
        return catalog.courses();
    }

    public String courseTitle(String id) {
        return catalog.course(id).map(Course::title).orElse(id);
    }

    public long memberCount(Cohort cohort) {
        if (memberCounts == null) {
            memberCounts = cohorts.memberCounts();
        }
        return memberCounts.getOrDefault(cohort.getId(), 0L);
    }

    public PagedList<Cohort> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public List<CourseDayForm> getDayDates() {
        return dayDates;
    }
}
