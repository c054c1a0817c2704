package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * The attendance register of one course day, for a coordinator or the cohort's trainer: one line
 * per trainee with present / absent / excused. Without a day chosen, it opens on the latest day
 * that has come.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One trainee's line on the form. */
    public static class LineForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long accountId;
        private final String displayName;
        private AttendanceStatus status;

        LineForm(AttendanceService.Line line) {
            this.accountId = line.accountId();
            this.displayName = line.displayName();
            this.status = line.status();
        }

        public long getAccountId() {
            return accountId;
        }

        public String getDisplayName() {
            return displayName;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }
    }

    @Inject
    AttendanceService attendance;

    @Inject
    CohortService cohorts;

    @Inject
    CourseCatalog catalog;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private Long cohortId;
    private Integer dayNumber;
    private String cohortName;
    private String dayTitle;
    private LocalDate dayDate;
    private boolean markable;
    private List<Integer> dayNumbers = List.of();
    private List<LineForm> lines = List.of();

    public void load() {
        try {
            Cohort cohort = cohorts.forStaff(current.id(), cohortId == null ? -1 : cohortId);
            LocalDate today = calendar.today();
            if (dayNumber == null) {
                dayNumber = cohort.getDays().stream().filter(day -> day.isOpen(today))
                        .mapToInt(CohortDay::getNumber).max().orElse(1);
            }
            CohortDay day = cohort.day(dayNumber).orElseThrow(() -> new ActionRefused("attendance.noSuchDay"));
            cohortName = cohort.getName();
            dayDate = day.getDate();
            markable = day.isOpen(today);
            dayTitle = catalog.course(cohort.getCourseId()).flatMap(course -> course.day(day.getNumber())).map(Course.Day::title).orElse("");
            dayNumbers = cohort.getDays().stream().map(CohortDay::getNumber).toList();
            lines = attendance.register(current.id(), cohortId, dayNumber).stream().map(LineForm::new).toList();
        } catch (ActionRefused e) {
            Page.notFound();
        }
    }

    public void save() {
        Map<Long, AttendanceStatus> statuses = new LinkedHashMap<>();
        lines.forEach(line -> statuses.put(line.getAccountId(), line.getStatus()));
        attendance.mark(current.id(), cohortId, dayNumber, statuses, calendar.today());
        Page.info("attendance.saved", dayNumber);
    }

    /** Whether the day has come, so it can be marked. */
    public boolean isMarkable() {
        return markable;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Integer getDayNumber() {
        return dayNumber;
    }

    public void setDayNumber(Integer dayNumber) {
        this.dayNumber = dayNumber;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getDayTitle() {
        return dayTitle;
    }

    public LocalDate getDayDate() {
        return dayDate;
    }

    public List<Integer> getDayNumbers() {
        return dayNumbers;
    }

    public List<LineForm> getLines() {
        return lines;
    }
}
