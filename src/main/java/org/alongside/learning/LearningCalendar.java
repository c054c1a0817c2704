package org.alongside.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date where the training happens. Course days open at midnight in the portal's time
 * zone ({@code portal.time-zone}), not the server's, so a day opens when trainees expect it to.
 */
@ApplicationScoped
public class LearningCalendar {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.time-zone", defaultValue = "Europe/London")
    String zone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }
}
