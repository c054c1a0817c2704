package org.alongside.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Certificates' validity and reminders from MicroProfile Config; defaults in microprofile-config.properties. */
@ApplicationScoped
public class CertificationSettings {

    @Inject
    @ConfigProperty(name = "portal.certification.valid-months")
    int validMonths;

    @Inject
    @ConfigProperty(name = "portal.certification.reminder-days")
    int reminderDays;

    public CertificationRules rules() {
        return new CertificationRules(validMonths, reminderDays);
    }
}
