package org.alongside.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The retention periods as configured (documented defaults in microprofile-config.properties and the README). */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "portal.retention.inactive-trainee-months")
    int inactiveTraineeMonths;

    @Inject
    @ConfigProperty(name = "portal.retention.after-certificate-months")
    int afterCertificateMonths;

    @Inject
    @ConfigProperty(name = "portal.retention.audit-months")
    int auditMonths;

    @Inject
    @ConfigProperty(name = "portal.retention.unused-days")
    int unusedDays;

    public RetentionRules rules() {
        return new RetentionRules(inactiveTraineeMonths, afterCertificateMonths, auditMonths, unusedDays);
    }
}
