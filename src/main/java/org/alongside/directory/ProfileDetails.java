package org.alongside.directory;

import java.util.Set;

/** What a supporter writes about themself, before any choice of what the public sees. */
public record ProfileDetails(String displayName, String pronouns, String bio, String region, int capacity,
                             Set<LivedExperienceArea> areas, Set<String> languages, Set<SupportFormat> formats,
                             Set<AvailabilitySlot> availability) {

    public ProfileDetails {
        areas = Set.copyOf(areas);
        languages = Set.copyOf(languages);
        formats = Set.copyOf(formats);
        availability = Set.copyOf(availability);
    }
}
