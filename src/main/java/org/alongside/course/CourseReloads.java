package org.alongside.course;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.alongside.safety.SafeSharingCheck;

/**
 * "Check the course files again" on every instance: this one reads the course files and the
 * safe-sharing rules at once, and a clustered CDI event on Payara's data grid tells the others to
 * do the same, so the load balancer never sends a trainee to an instance teaching the old version.
 * The event's payload is a String, a JDK type the grid can read without the portal's classes.
 */
@ApplicationScoped
public class CourseReloads {

    private static final Logger LOG = Logger.getLogger(CourseReloads.class.getName());
    static final String EVENT = "alongside.courses.reload";

    @Inject
    CourseCatalog catalog;

    @Inject
    SafeSharingCheck safeSharing;

    /** Not looped back: this instance has already reloaded when the others hear of it. */
    @Inject
    @Outbound(eventName = EVENT, loopBack = false)
    Event<String> otherInstances;

    /** Reloads here, then asks every other instance to reload. */
    public void everywhere() {
        reloadHere();
        otherInstances.fire(EVENT);
    }

    void onReloadElsewhere(@Observes @Inbound(eventName = EVENT) String event) {
        LOG.info("Another instance asked for the course files to be checked again");
        reloadHere();
    }

    private void reloadHere() {
        catalog.reload();
        safeSharing.reload();
    }
}
