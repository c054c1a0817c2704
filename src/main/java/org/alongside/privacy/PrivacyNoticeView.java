package org.alongside.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The privacy notice (/privacy.xhtml). The default text is in the message bundle; a charity that
 * runs the portal its own way replaces it with {@code portal.privacy.notice} (paragraphs separated
 * by a blank line) and names itself with {@code portal.privacy.controller}.
 */
@Named
@ApplicationScoped
public class PrivacyNoticeView {

    @Inject
    @ConfigProperty(name = "portal.privacy.notice")
    Optional<String> notice;

    @Inject
    @ConfigProperty(name = "portal.privacy.controller")
    Optional<String> controller;

    /** Whether the configured text replaces the default one. */
    public boolean isConfigured() {
        return notice.filter(text -> !text.isBlank()).isPresent();
    }

    public List<String> getParagraphs() {
        return paragraphs(notice.orElse(""));
    }

    public String getController() {
        return controller.filter(text -> !text.isBlank()).orElse(null);
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList();
    }
}
