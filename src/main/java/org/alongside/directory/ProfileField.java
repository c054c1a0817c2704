package org.alongside.directory;

/** The parts of a supporter's profile, each shown publicly only if the supporter ticks it. */
public enum ProfileField {
    DISPLAY_NAME, PRONOUNS, BIO, AREAS, LANGUAGES, REGION, FORMATS, AVAILABILITY
}
