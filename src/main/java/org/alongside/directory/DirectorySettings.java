package org.alongside.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The choices a supporter picks languages and a region from, and the version of the consent
 * statement they agree to, from MicroProfile Config (defaults in microprofile-config.properties).
 */
@ApplicationScoped
public class DirectorySettings {

    @Inject
    @ConfigProperty(name = "portal.directory.languages")
    List<String> languages;

    @Inject
    @ConfigProperty(name = "portal.directory.regions")
    List<String> regions;

    @Inject
    @ConfigProperty(name = "portal.directory.consent-version")
    String consentVersion;

    public List<String> languages() {
        return languages.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> regions() {
        return regions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Changes whenever the wording of {@code directory.consent.statement} changes, so each consent says what was agreed. */
    public String consentVersion() {
        return consentVersion.strip();
    }
}
