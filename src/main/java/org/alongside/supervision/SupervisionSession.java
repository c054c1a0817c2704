package org.alongside.supervision;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * One supervision session of a trainee or certified supporter. The supervisor records it and may
 * change it until they sign it off; after that it is final. The person may add their own
 * reflection at any time. The supervisor's name is written down at the time, so the person's
 * record still says who supervised them if the supervisor's account is later erased.
 */
@Entity
@Table(name = "supervision_session")
@NamedQuery(name = "SupervisionSession.ofPerson", query = "SELECT s FROM SupervisionSession s LEFT JOIN FETCH s.supervisor"
        + " WHERE s.person.id = :personId ORDER BY s.sessionDate DESC, s.id DESC")
@NamedQuery(name = "SupervisionSession.signedOffOf", query = "SELECT s FROM SupervisionSession s JOIN FETCH s.person"
        + " WHERE s.person.id IN :personIds AND s.signedOffAt IS NOT NULL")
public class SupervisionSession {

    @Id
    @SequenceGenerator(name = "supervision_session_seq", sequenceName = "supervision_session_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_session_seq")
    private Long id;

    @Version
    private long version;

    /** The person supervised: their data, deleted with their account. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Account person;

    /** Cleared by the database when the supervisor's account is erased; {@link #supervisorName} stays. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Account supervisor;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    @Column(name = "supervisor_name", nullable = false)
    private String supervisorName;

    @NotNull
    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Min(SessionFacts.MIN_MINUTES)
    @Max(SessionFacts.MAX_MINUTES)
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupervisionFormat format;

    /** The supervisor's private note: only they, coordinators and the person read it. */
    @Size(max = SessionFacts.NOTE_MAX)
    private String note;

    @Column(name = "signed_off_at")
    @Convert(converter = InstantConverter.class)
    private Instant signedOffAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_off_by_id")
    private Account signedOffBy;

    /** The person's own reflection on the session; never shown to trainers other than the supervisor. */
    @Size(max = SessionFacts.NOTE_MAX)
    private String reflection;

    @Column(name = "reflection_at")
    @Convert(converter = InstantConverter.class)
    private Instant reflectionAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    protected SupervisionSession() {
    }

    /** A new session; the facts must already have passed {@link SessionFacts#problem}. */
    public SupervisionSession(Account person, Account supervisor, SessionFacts facts, Instant now) {
        this.person = person;
        this.supervisor = supervisor;
        this.supervisorName = supervisor.getDisplayName();
        this.createdAt = now;
        apply(facts);
    }

    /** Changes the facts and the note; a signed-off session is final. */
    public void edit(SessionFacts facts) {
        if (isSignedOff()) {
            throw new IllegalStateException("Session " + id + " is signed off");
        }
        apply(facts);
    }

    /** The supervisor confirms the session took place as recorded; from now on it counts and is final. */
    public void signOff(Account by, Instant now) {
        if (isSignedOff()) {
            throw new IllegalStateException("Session " + id + " is signed off already");
        }
        this.signedOffBy = by;
        this.signedOffAt = now;
    }

    /** The person's reflection; blank text removes it. */
    public void reflect(String text, Instant now) {
        this.reflection = text == null || text.isBlank() ? null : text.strip();
        this.reflectionAt = this.reflection == null ? null : now;
    }

    private void apply(SessionFacts facts) {
        this.sessionDate = facts.date();
        this.durationMinutes = facts.minutes();
        this.format = facts.format();
        this.note = facts.cleanNote();
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    /** Whether this account is the session's supervisor (false once the supervisor's account is gone). */
    public boolean isSupervisedBy(long accountId) {
        return supervisor != null && supervisor.getId() == accountId;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Account getPerson() {
        return person;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public SupervisionFormat getFormat() {
        return format;
    }

    public String getNote() {
        return note;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public String getReflection() {
        return reflection;
    }

    public Instant getReflectionAt() {
        return reflectionAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The facts as recorded, e.g. to fill the form when the supervisor edits them. */
    public SessionFacts facts() {
        return new SessionFacts(sessionDate, durationMinutes, format, note);
    }
}
