package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/** One entry of a trainee's practice log: what they practised and what they learnt. Read by them and their trainers only. */
@Entity
@Table(name = "practice_log_entry")
@NamedQuery(name = "PracticeLogEntry.ofTrainee", query = "SELECT e FROM PracticeLogEntry e WHERE e.trainee.id = :traineeId"
        + " ORDER BY e.writtenAt DESC, e.id DESC")
public class PracticeLogEntry {

    public static final int PRACTISED_MAX = 500;
    public static final int LEARNT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "practice_log_entry_seq", sequenceName = "practice_log_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_log_entry_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false)
    private Account trainee;

    @NotNull
    @Column(name = "written_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant writtenAt;

    @NotBlank
    @Size(max = PRACTISED_MAX)
    @Column(nullable = false, length = PRACTISED_MAX)
    private String practised;

    @NotBlank
    @Size(max = LEARNT_MAX)
    @Column(nullable = false, length = LEARNT_MAX)
    private String learnt;

    protected PracticeLogEntry() {
    }

    /** @throws ActionRefused when either part is empty or too long, so the page can say which */
    public PracticeLogEntry(Account trainee, String practised, String learnt, Instant now) {
        this.trainee = trainee;
        this.practised = required(practised, PRACTISED_MAX, "practice.log.practisedRequired", "practice.log.practisedTooLong");
        this.learnt = required(learnt, LEARNT_MAX, "practice.log.learntRequired", "practice.log.learntTooLong");
        this.writtenAt = now;
    }

    private static String required(String text, int max, String missingKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new ActionRefused(missingKey);
        }
        if (text.strip().length() > max) {
            throw new ActionRefused(tooLongKey);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getPractised() {
        return practised;
    }

    public String getLearnt() {
        return learnt;
    }
}
