package org.alongside.learning;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.identity.Account;
import org.alongside.platform.AuditTrail;

/**
 * The attendance register: a coordinator, or a trainer assigned to the cohort, marks each trainee
 * present, absent or excused for a course day that has come. Checked on the server for every call.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** One trainee's line in a day's register; status is null until they are marked. */
    public record Line(long accountId, String displayName, AttendanceStatus status) {
    }

    /**
     * The day's register: every member of the cohort, by name, with their mark so far.
     *
     * @throws ActionRefused {@code cohort.notFound} when the cohort is not this person's to see,
     *                         {@code attendance.noSuchDay} for a day the cohort does not have
     */
    public List<Line> register(long staffId, long cohortId, int dayNumber) {
        Cohort cohort = cohorts.forStaff(staffId, cohortId);
        requireDay(cohort, dayNumber);
        Map<Long, AttendanceStatus> marks = em.createNamedQuery("AttendanceMark.ofDay", AttendanceMark.class)
                .setParameter("cohortId", cohortId).setParameter("dayNumber", dayNumber).getResultStream()
                .collect(Collectors.toMap(AttendanceMark::getAccountId, AttendanceMark::getStatus));
        return cohorts.members(cohortId).stream()
                .map(member -> new Line(member.getAccount().getId(), member.getAccount().getDisplayName(),
                        marks.get(member.getAccount().getId())))
                .toList();
    }

    /**
     * Marks trainees for a day; a trainee marked before is re-marked. Trainees left out (or given
     * no status) keep what they had.
     *
     * @param today the portal's today: a day after it cannot be marked yet, unless it was opened early
     * @throws ActionRefused when the cohort is not this person's, the day has not come, or someone marked is not a member
     */
    public void mark(long staffId, long cohortId, int dayNumber, Map<Long, AttendanceStatus> statuses, LocalDate today) {
        Cohort cohort = cohorts.forStaff(staffId, cohortId);
        CohortDay day = requireDay(cohort, dayNumber);
        // A day opened early is one the group met on sooner: its register is open with it.
        if (!day.isOpen(today)) {
            throw new ActionRefused("attendance.futureDay", dayNumber);
        }
        Set<Long> members = cohorts.members(cohortId).stream().map(member -> member.getAccount().getId()).collect(Collectors.toSet());
        if (!members.containsAll(statuses.keySet())) {
            throw new ActionRefused("cohort.notMember");
        }
        Map<Long, AttendanceMark> existing = em.createNamedQuery("AttendanceMark.ofDay", AttendanceMark.class)
                .setParameter("cohortId", cohortId).setParameter("dayNumber", dayNumber).getResultStream()
                .collect(Collectors.toMap(AttendanceMark::getAccountId, Function.identity()));
        Account marker = em.getReference(Account.class, staffId);
        statuses.forEach((accountId, status) -> {
            if (status == null) {
                return;
            }
            AttendanceMark mark = existing.get(accountId);
            AttendanceStatus was = mark == null ? null : mark.getStatus();
            if (mark == null) {
                mark = new AttendanceMark(em.getReference(Account.class, accountId), cohort, dayNumber);
                mark.mark(status, marker, clock.instant());
                em.persist(mark);
            } else {
                mark.mark(status, marker, clock.instant());
            }
            if (was != status) {
                audit.record(staffId, accountId, "attendance.marked", CohortService.describe(cohort) + ", day " + dayNumber + ": "
                        + status + (was == null ? "" : " (was " + was + ")"));
            }
        });
    }

    /** A trainee's attendance in their current cohort; all zeros when they are in none. */
    public AttendanceSummary summaryOf(long accountId) {
        return cohorts.cohortOf(accountId).map(cohort -> {
            Map<AttendanceStatus, Long> counts = em.createNamedQuery("AttendanceMark.ofAccountInCohort", AttendanceMark.class)
                    .setParameter("accountId", accountId).setParameter("cohortId", cohort.getId()).getResultStream()
                    .filter(mark -> cohort.day(mark.getDayNumber()).isPresent())
                    .collect(Collectors.groupingBy(AttendanceMark::getStatus, Collectors.counting()));
            return new AttendanceSummary(cohort.getDays().size(), counts.getOrDefault(AttendanceStatus.PRESENT, 0L).intValue(),
                    counts.getOrDefault(AttendanceStatus.EXCUSED, 0L).intValue(), counts.getOrDefault(AttendanceStatus.ABSENT, 0L).intValue());
        }).orElse(AttendanceSummary.NONE);
    }

    /** How many days each member of a cohort was present for, by account id, in one query. */
    public Map<Long, Long> presentCounts(long cohortId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        em.createNamedQuery("AttendanceMark.countByAccount", Object[].class)
                .setParameter("cohortId", cohortId).setParameter("status", AttendanceStatus.PRESENT)
                .getResultStream().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static CohortDay requireDay(Cohort cohort, int dayNumber) {
        return cohort.day(dayNumber).orElseThrow(() -> new ActionRefused("attendance.noSuchDay"));
    }
}
