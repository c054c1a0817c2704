package org.alongside.assessment;

import org.alongside.platform.ActionRefused;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alongside.course.Course;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * A trainer's record of one trainee's role play, observed in the room: every checklist item of
 * the activity shown or not yet, with a comment. The trainer may change it (after practising
 * again) until they sign it off, which needs every item shown and is final. The trainee adds a
 * reflection. The observer's name is written down at the time, so the record still says who
 * observed if the observer's account is later erased.
 */
@Entity
@Table(name = "practice_observation")
@NamedQuery(name = "PracticeObservation.ofTrainee", query = "SELECT o FROM PracticeObservation o"
        + " WHERE o.trainee.id = :traineeId ORDER BY o.observedOn, o.id")
@NamedQuery(name = "PracticeObservation.ofTrainees", query = "SELECT o FROM PracticeObservation o"
        + " WHERE o.trainee.id IN :traineeIds AND o.courseId = :courseId")
@NamedQuery(name = "PracticeObservation.one", query = "SELECT o FROM PracticeObservation o"
        + " WHERE o.trainee.id = :traineeId AND o.courseId = :courseId AND o.practiceId = :practiceId")
@NamedQuery(name = "PracticeObservation.signedOffCount", query = "SELECT COUNT(o) FROM PracticeObservation o"
        + " WHERE o.trainee.id = :traineeId AND o.courseId = :courseId AND o.signedOffAt IS NOT NULL")
public class PracticeObservation {

    public static final int REFLECTION_MAX = 2000;

    @Id
    @SequenceGenerator(name = "practice_observation_seq", sequenceName = "practice_observation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_observation_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false)
    private Account trainee;

    @NotBlank
    @Size(max = 64)
    @Column(name = "course_id", nullable = false)
    private String courseId;

    @NotBlank
    @Size(max = 64)
    @Column(name = "practice_id", nullable = false)
    private String practiceId;

    /** Cleared by the database when the observer's account is erased; {@link #observerName} stays. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "observer_id")
    private Account observer;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    @Column(name = "observer_name", nullable = false)
    private String observerName;

    @NotNull
    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "signed_off_at")
    @Convert(converter = InstantConverter.class)
    private Instant signedOffAt;

    @Size(max = REFLECTION_MAX)
    @Column(length = REFLECTION_MAX)
    private String reflection;

    @Column(name = "reflection_at")
    @Convert(converter = InstantConverter.class)
    private Instant reflectionAt;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_observation_item", joinColumns = @JoinColumn(name = "observation_id"))
    private List<ObservedItem> items = new ArrayList<>();

    protected PracticeObservation() {
    }

    public PracticeObservation(Account trainee, String courseId, String practiceId) {
        this.trainee = trainee;
        this.courseId = courseId;
        this.practiceId = practiceId;
    }

    /**
     * Records what the observer saw: one mark for every item of the activity's checklist, no
     * others. Signing off needs every item shown.
     *
     * @throws ActionRefused when the record is already signed off, a mark is missing or unknown,
     *         or sign-off is asked for with an item not yet shown
     */
    public void record(Course.Practice practice, Account by, LocalDate observedOn, List<ObservedItem> marks, boolean signOff,
                       Instant now) {
        if (isSignedOff()) {
            throw new ActionRefused("practice.alreadySignedOff");
        }
        Map<String, ObservedItem> byItem = marks.stream()
                .collect(Collectors.toMap(ObservedItem::getItemId, Function.identity(), (first, second) -> first));
        if (byItem.size() != marks.size() || practice.checklist().size() != marks.size()
                || !practice.checklist().stream().allMatch(item -> byItem.containsKey(item.id()))) {
            throw new ActionRefused("practice.markEveryItem");
        }
        if (signOff && !marks.stream().allMatch(ObservedItem::isShown)) {
            throw new ActionRefused("practice.signOffNeedsEveryItem");
        }
        this.observer = by;
        this.observerName = by.getDisplayName();
        this.observedOn = observedOn;
        this.recordedAt = now;
        this.items = new ArrayList<>(practice.checklist().stream().map(item -> byItem.get(item.id())).toList());
        this.signedOffAt = signOff ? now : null;
    }

    /** The trainee's own words about what they learnt; blank clears it. */
    public void reflect(String text, Instant now) {
        String kept = text == null || text.isBlank() ? null : text.strip();
        if (kept != null && kept.length() > REFLECTION_MAX) {
            throw new ActionRefused("practice.reflectionTooLong");
        }
        this.reflection = kept;
        this.reflectionAt = kept == null ? null : now;
    }

    public Optional<ObservedItem> item(String itemId) {
        return items.stream().filter(item -> item.getItemId().equals(itemId)).findFirst();
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    public long getShownCount() {
        return items.stream().filter(ObservedItem::isShown).count();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Account getTrainee() {
        return trainee;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getPracticeId() {
        return practiceId;
    }

    public String getObserverName() {
        return observerName;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
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

    public List<ObservedItem> getItems() {
        return List.copyOf(items);
    }
}
