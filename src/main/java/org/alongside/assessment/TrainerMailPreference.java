package org.alongside.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Whether a trainer hears of new reflections one e-mail at a time or in a daily digest. The date
 * of the last digest, with the version, makes sure only one instance sends each day's digest.
 */
@Entity
@Table(name = "trainer_mail_preference")
@NamedQuery(name = "TrainerMailPreference.digestsDue", query = "SELECT p FROM TrainerMailPreference p WHERE p.dailyDigest = TRUE"
        + " AND (p.lastDigestOn IS NULL OR p.lastDigestOn < :today)")
public class TrainerMailPreference {

    @Id
    @Column(name = "trainer_id")
    private Long trainerId;

    @Version
    private long version;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;

    protected TrainerMailPreference() {
    }

    TrainerMailPreference(long trainerId, boolean dailyDigest) {
        this.trainerId = trainerId;
        this.dailyDigest = dailyDigest;
    }

    void choose(boolean daily) {
        this.dailyDigest = daily;
    }

    void digestSent(LocalDate on) {
        this.lastDigestOn = on;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }
}
