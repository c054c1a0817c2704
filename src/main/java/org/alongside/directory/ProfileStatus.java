package org.alongside.directory;

/** Where a supporter's profile stands, as they see it on their page. */
public enum ProfileStatus {
    NOT_PUBLISHED, PUBLISHED, PAUSED, CONSENT_WITHDRAWN;

    public static ProfileStatus of(SupporterProfile profile) {
        if (profile.isPublished()) {
            return profile.isPaused() ? PAUSED : PUBLISHED;
        }
        DirectoryConsent consent = profile.getConsent();
        return consent != null && !consent.isInForce() ? CONSENT_WITHDRAWN : NOT_PUBLISHED;
    }
}
