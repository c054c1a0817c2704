package org.alongside.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The choices a supporter picks languages and a region from, the version of the consent statement
 * they agree to, and how far a search looks before counting, from MicroProfile Config (defaults in
 * microprofile-config.properties).
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

    @Inject
    @ConfigProperty(name = "portal.directory.search-window")
    int searchWindow;

    public List<String> languages() {
        return languages.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> regions() {
        return regions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * How many listed profiles a search looks through, in today's order, before it counts every
     * match instead (see {@link DirectorySearch}).
     */
    public int searchWindow() {
        return searchWindow;
    }

    /** Changes whenever the wording of {@code directory.consent.statement} changes, so each consent says what was agreed. */
    public String consentVersion() {
        return consentVersion.strip();
    }
}
