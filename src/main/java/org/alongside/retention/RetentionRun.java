package org.alongside.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The one row saying on which day the retention job last ran, so one instance runs it per day. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    static final int ID = 1;

    @Id
    private int id;

    @Version
    private long version;

    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    protected RetentionRun() {
    }

    /** Claims the day for this run; false when a run already claimed it. */
    boolean claim(LocalDate today) {
        if (today.equals(lastRunOn)) {
            return false;
        }
        lastRunOn = today;
        return true;
    }

    LocalDate getLastRunOn() {
        return lastRunOn;
    }
}
