package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/** Whether a trainee was at one course day of their group: one mark per trainee, group and day. */
@Entity
@Table(name = "attendance_mark")
@NamedQuery(name = "AttendanceMark.ofDay", query = "SELECT m FROM AttendanceMark m"
        + " WHERE m.cohort.id = :cohortId AND m.dayNumber = :dayNumber")
@NamedQuery(name = "AttendanceMark.ofAccountInCohort", query = "SELECT m FROM AttendanceMark m"
        + " WHERE m.account.id = :accountId AND m.cohort.id = :cohortId")
@NamedQuery(name = "AttendanceMark.countByAccount", query = "SELECT m.account.id, COUNT(m) FROM AttendanceMark m"
        + " WHERE m.cohort.id = :cohortId AND m.status = :status GROUP BY m.account.id")
public class AttendanceMark {

    @Id
    @SequenceGenerator(name = "attendance_mark_seq", sequenceName = "attendance_mark_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_mark_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Min(1)
    @Column(name = "day_number", nullable = false)
    private int dayNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AttendanceStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "marked_by_id")
    private Account markedBy;

    @NotNull
    @Column(name = "marked_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant markedAt;

    protected AttendanceMark() {
    }

    public AttendanceMark(Account account, Cohort cohort, int dayNumber) {
        this.account = account;
        this.cohort = cohort;
        this.dayNumber = dayNumber;
    }

    /** Sets (or corrects) the mark, remembering who marked it and when. */
    public void mark(AttendanceStatus status, Account markedBy, Instant now) {
        this.status = status;
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    public long getAccountId() {
        return account.getId();
    }

    public int getDayNumber() {
        return dayNumber;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
