package org.alongside.learning;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * A group of trainees taking a course together, on set dates. Each course day opens on its date,
 * or earlier if a coordinator opens it.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = "Cohort.newestFirst", query = "SELECT c FROM Cohort c ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = "Cohort.count", query = "SELECT COUNT(c) FROM Cohort c")
@NamedQuery(name = "Cohort.ofTrainer", query = "SELECT DISTINCT c FROM Cohort c JOIN c.trainerIds t WHERE t = :trainerId")
@NamedQuery(name = "Cohort.idsOfTrainer", query = "SELECT c.id FROM Cohort c JOIN c.trainerIds t WHERE t = :trainerId")
public class Cohort {

    public static final int NAME_MAX = 100;
    public static final int AGREEMENT_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    @NotBlank
    @Size(max = 64)
    @Column(name = "course_id", nullable = false)
    private String courseId;

    /** The version of the course files taught when the cohort was created, for the record. */
    @Size(max = 32)
    @Column(name = "course_version")
    private String courseVersion;

    /** How many trainees the group takes; none means any number. */
    @Min(1)
    @Column(name = "capacity")
    private Integer capacity;

    /** The group agreement; null for groups older than agreements, which use the default text. */
    @Size(max = AGREEMENT_MAX)
    @Column(name = "agreement")
    private String agreement;

    /** Goes up by one each time the agreement's text changes, so an acknowledgement says which text was agreed. */
    @Min(1)
    @Column(name = "agreement_version", nullable = false)
    private int agreementVersion = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private Account createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Valid
    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_day", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderBy("number")
    private List<CohortDay> days = new ArrayList<>();

    /** Trainers who read and grade this cohort's work, by account id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "trainer_id")
    private Set<Long> trainerIds = new HashSet<>();

    protected Cohort() {
    }

    /**
     * A cohort with one date per course day, day 1 first; dates must not go backwards.
     *
     * @throws ActionRefused when there are no dates or they are out of order
     */
    public Cohort(String name, String courseId, String courseVersion, List<LocalDate> dayDates, String agreement,
                  Account createdBy, Instant now) {
        if (dayDates.isEmpty()) {
            throw new ActionRefused("cohort.dateForEachDay");
        }
        CohortRules.requireDatesInOrder(dayDates, dayDates.size());
        this.name = name.strip();
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.agreement = agreement;
        this.createdBy = createdBy;
        this.createdAt = now;
        for (int i = 0; i < dayDates.size(); i++) {
            days.add(new CohortDay(i + 1, dayDates.get(i)));
        }
    }

    /**
     * Applies a coordinator's edit: every rule is checked before anything changes, so a refused
     * edit leaves the cohort as it was.
     *
     * @param members how many trainees are in the group now (the capacity cannot go below it)
     * @throws ActionRefused naming the first rule broken
     */
    public void edit(CohortEdit edit, long members) {
        String newName = edit.name() == null ? "" : edit.name().strip();
        if (newName.isEmpty()) {
            throw new ActionRefused("cohorts.nameRequired");
        }
        if (newName.length() > NAME_MAX) {
            throw new ActionRefused("cohorts.nameTooLong");
        }
        if (edit.days().size() != days.size()) {
            throw new ActionRefused("cohort.dateForEachDay");
        }
        CohortRules.requireDatesInOrder(edit.days().stream().map(CohortEdit.DayDetails::date).toList(), days.size());
        for (int i = 0; i < days.size(); i++) {
            CohortEdit.DayDetails details = edit.days().get(i);
            if (details.place() != null && details.place().length() > CohortRules.PLACE_MAX) {
                throw new ActionRefused("cohort.placeTooLong", i + 1);
            }
            if (details.onlineLink() != null && !details.onlineLink().isBlank() && !CohortRules.isOnlineLink(details.onlineLink().strip())) {
                throw new ActionRefused("cohort.linkInvalid", i + 1);
            }
        }
        CohortRules.requireCapacity(edit.capacity(), members);
        String newAgreement = edit.agreement() == null ? "" : edit.agreement().strip();
        if (newAgreement.isEmpty()) {
            throw new ActionRefused("cohort.agreementRequired");
        }
        if (newAgreement.length() > AGREEMENT_MAX) {
            throw new ActionRefused("cohort.agreementTooLong", AGREEMENT_MAX);
        }
        name = newName;
        for (int i = 0; i < days.size(); i++) {
            days.get(i).change(edit.days().get(i));
        }
        capacity = edit.capacity();
        if (!newAgreement.equals(agreement)) {
            if (agreement != null) {
                agreementVersion++;
            }
            agreement = newAgreement;
        }
    }

    public boolean isDayOpen(int dayNumber, LocalDate today) {
        return day(dayNumber).map(day -> day.isOpen(today)).orElse(false);
    }

    /** Opens a day before its date. Opening a day that is already open changes nothing. */
    public void openEarly(int dayNumber, LocalDate today, Instant now) {
        CohortDay day = day(dayNumber).orElseThrow(() -> new IllegalArgumentException("No day " + dayNumber));
        if (!day.isOpen(today)) {
            day.openEarly(now);
        }
    }

    public Optional<CohortDay> day(int dayNumber) {
        return days.stream().filter(day -> day.getNumber() == dayNumber).findFirst();
    }

    public void assignTrainer(long trainerId) {
        trainerIds.add(trainerId);
    }

    public void removeTrainer(long trainerId) {
        trainerIds.remove(trainerId);
    }

    public boolean hasTrainer(long trainerId) {
        return trainerIds.contains(trainerId);
    }

    public Set<Long> getTrainerIds() {
        return Set.copyOf(trainerIds);
    }

    /** The date of day 1. */
    public LocalDate getStartDate() {
        return days.get(0).getDate();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCourseId() {
        return courseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public String getCourseVersion() {
        return courseVersion;
    }

    public Integer getCapacity() {
        return capacity;
    }

    /** The agreement text as stored; empty for groups older than agreements (they use the default). */
    public Optional<String> agreement() {
        return Optional.ofNullable(agreement);
    }

    public int getAgreementVersion() {
        return agreementVersion;
    }

    public List<CohortDay> getDays() {
        return List.copyOf(days);
    }
}
