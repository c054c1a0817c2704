package org.alongside.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Matching's settings from MicroProfile Config; defaults in microprofile-config.properties. */
@ApplicationScoped
public class MatchingSettings {

    @Inject
    @ConfigProperty(name = "portal.matching.requests-per-hour")
    int requestsPerHour;

    @Inject
    @ConfigProperty(name = "portal.matching.retention-days")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "portal.matching.consent-version")
    String consentVersion;

    /** Requests the public form takes from one client address in an hour. */
    public int requestsPerHour() {
        return requestsPerHour;
    }

    /** Days a closed request is kept before it is deleted. */
    public int retentionDays() {
        return retentionDays;
    }

    /** Changes whenever the wording of {@code matching.form.consent} changes, so each request records what was agreed. */
    public String consentVersion() {
        return consentVersion.strip();
    }
}
