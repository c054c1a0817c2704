package org.alongside.directory;

import java.util.Set;

/**
 * What a supporter typed and ticked on their profile form, before it is checked. Areas come as
 * ids from the coordinators' list; {@code shown} are the fields they agree to show publicly.
 */
public record ProfileInput(String displayName, String pronouns, String bio, Set<Long> areaIds, Set<String> languages,
                           String region, Set<SupportFormat> formats, Set<AvailabilitySlot> availability, Integer capacity,
                           Set<ProfileField> shown) {

    public ProfileInput {
        displayName = displayName == null ? "" : displayName;
        areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        availability = availability == null ? Set.of() : Set.copyOf(availability);
        shown = shown == null ? Set.of() : Set.copyOf(shown);
    }
}
