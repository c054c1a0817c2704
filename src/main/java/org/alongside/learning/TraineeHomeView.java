package org.alongside.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.alongside.course.Course;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Formats;
import org.alongside.web.Page;

/** The trainee's course on one page: days, modules and progress, and the way back to their place. */
@Named
@RequestScoped
public class TraineeHomeView {

    /**
     * One day as home lists it, its texts already put together: the page reads properties only,
     * since each method call in an expression costs a reflective search of the class.
     */
    public record DayListing(int number, String heading, boolean open, String when, int percent, String progressLabel,
                             List<ModuleListing> modules) {
    }

    /** One module of a day, with what the list says of where it stands. */
    public record ModuleListing(String id, String title, String about, int percent, String stateKey) {
    }

    @Inject
    LearningService learning;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    @Inject
    Formats format;

    /** For the "not open yet" page: the module asked for. */
    private String moduleId;

    private Optional<TraineeCourse> course;
    private List<DayListing> days;

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

    /** The course's days in order, with their modules and the trainee's progress; empty without a course. */
    public List<DayListing> getDays() {
        if (days == null) {
            TraineeCourse traineeCourse = getCourse();
            days = traineeCourse == null ? List.of() : traineeCourse.progress().days().stream().map(day -> day(traineeCourse, day)).toList();
        }
        return days;
    }

    private DayListing day(TraineeCourse traineeCourse, CourseProgress.DayProgress progress) {
        int number = progress.day().number();
        boolean open = traineeCourse.isDayOpen(number);
        String date = format.date(traineeCourse.dateOf(number));
        return new DayListing(number, Page.text("trainee.home.dayHeading", number, progress.day().title()), open,
                open ? date : Page.text("trainee.home.opensOn", date), progress.percent(),
                Page.text("trainee.home.dayProgress") + " " + number, progress.modules().stream().map(this::module).toList());
    }

    private ModuleListing module(CourseProgress.ModuleProgressSummary summary) {
        Course.Module module = summary.module();
        String about = Page.text("module.minutes", module.minutes())
                + (module.contentNote() == null || module.contentNote().isEmpty() ? "" : " · " + Page.text("module.hasContentNote"));
        return new ModuleListing(module.id(), module.title(), about, summary.percent(), stateKey(summary));
    }

    /**
     * What the module list says of a module: complete, not started, or started, unless the
     * reflection is what it waits on (with the trainer, or to revise).
     */
    private String stateKey(CourseProgress.ModuleProgressSummary summary) {
        if (summary.complete()) {
            return "module.state.complete";
        }
        return switch (summary.reflection()) {
            case WITH_TRAINER -> "module.state.reflectionWithTrainer";
            case NEEDS_REVISION -> "module.state.reflectionToRevise";
            default -> summary.started() ? "module.state.started" : "module.state.notStarted";
        };
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
