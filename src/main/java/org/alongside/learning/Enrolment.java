package org.alongside.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * A trainee's membership of a cohort, and their place in its course: the lesson they were last on
 * and how far down it they had read, so "continue where I left off" returns them exactly there.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofAccount", query = "SELECT e FROM Enrolment e JOIN FETCH e.cohort WHERE e.account.id = :accountId")
// What every trainee page needs of the enrolment, in one statement (issue 19): its cohort with the
// cohort's days and trainers, and the trainee's agreement to the group agreement, if given. The
// hints join them all: one row per day and trainer, each day still read once. Read only: nothing
// of it is changed through these objects (the place is written by Enrolment.keepPlace), and
// EclipseLink then neither copies them for the transaction nor compares them at its end.
@NamedQuery(name = "Enrolment.forTraineePages", query = "SELECT e FROM Enrolment e JOIN FETCH e.cohort WHERE e.account.id = :accountId",
        hints = {
            @QueryHint(name = "eclipselink.join-fetch", value = "e.cohort.days"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "e.cohort.trainerIds"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "e.acknowledgement"),
            @QueryHint(name = "eclipselink.read-only", value = "true")})
@NamedQuery(name = "Enrolment.ofCohort", query = "SELECT e FROM Enrolment e JOIN FETCH e.account WHERE e.cohort.id = :cohortId ORDER BY e.account.displayName")
@NamedQuery(name = "Enrolment.keepPlace", query = "UPDATE Enrolment e SET e.placeModuleId = :moduleId,"
        + " e.placeLessonId = :lessonId, e.placePosition = :position, e.placeSavedAt = :savedAt WHERE e.account.id = :accountId")
@NamedQuery(name = "Enrolment.countOfCohort", query = "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohortId")
@NamedQuery(name = "Enrolment.countByCohort", query = "SELECT e.cohort.id, COUNT(e) FROM Enrolment e GROUP BY e.cohort.id")
public class Enrolment {

    /** Where in the course the trainee was. */
    public record Place(String moduleId, String lessonId, int position) {
    }

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    /*
     * Read only: the acknowledgement is written as an entity of its own. Mapped here so that the
     * trainee pages' one statement can join it (the pair of columns is unique in its table).
     */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumns({
        @JoinColumn(name = "account_id", referencedColumnName = "account_id", insertable = false, updatable = false),
        @JoinColumn(name = "cohort_id", referencedColumnName = "cohort_id", insertable = false, updatable = false)})
    private AgreementAcknowledgement acknowledgement;

    @NotNull
    @Column(name = "joined_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant joinedAt;

    @Column(name = "place_module_id")
    private String placeModuleId;

    @Column(name = "place_lesson_id")
    private String placeLessonId;

    /** How far down the lesson, in per cent of its height. */
    @Min(0)
    @Max(100)
    @Column(name = "place_position")
    private Integer placePosition;

    @Column(name = "place_saved_at")
    @Convert(converter = InstantConverter.class)
    private Instant placeSavedAt;

    protected Enrolment() {
    }

    public Enrolment(Account account, Cohort cohort, Instant now) {
        this.account = account;
        this.cohort = cohort;
        this.joinedAt = now;
    }

    /** The trainee continues in another cohort of the same course; their place in it is kept. */
    void moveTo(Cohort other) {
        this.cohort = other;
    }

    /** Whether this lesson is the trainee's place already. */
    public boolean isAt(String moduleId, String lessonId) {
        return moduleId.equals(placeModuleId) && lessonId.equals(placeLessonId);
    }

    /** A reading position as kept: a percentage, whatever the page sent. */
    public static int clampPosition(int position) {
        return Math.max(0, Math.min(100, position));
    }

    public Optional<Place> place() {
        return placeLessonId == null ? Optional.empty() : Optional.of(new Place(placeModuleId, placeLessonId, placePosition));
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    /** Whether the trainee has agreed to their cohort's group agreement. */
    public boolean hasAgreed() {
        return acknowledgement != null;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
