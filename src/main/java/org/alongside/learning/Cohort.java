package org.alongside.learning;

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

    /** A cohort with one date per course day, day 1 first; dates must not go backwards. */
    public Cohort(String name, String courseId, List<LocalDate> dayDates, Account createdBy, Instant now) {
        if (dayDates.isEmpty()) {
            throw new IllegalArgumentException("A cohort needs a date for each course day");
        }
        for (int i = 1; i < dayDates.size(); i++) {
            if (dayDates.get(i).isBefore(dayDates.get(i - 1))) {
                throw new IllegalArgumentException("Day " + (i + 1) + " is before day " + i);
            }
        }
        this.name = name.strip();
        this.courseId = courseId;
        this.createdBy = createdBy;
        this.createdAt = now;
        for (int i = 0; i < dayDates.size(); i++) {
            days.add(new CohortDay(i + 1, dayDates.get(i)));
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

    public List<CohortDay> getDays() {
        return List.copyOf(days);
    }
}
