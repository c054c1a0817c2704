package org.alongside.matching;

import java.util.Set;
import org.alongside.directory.ProfileStatus;
import org.alongside.directory.SupportFormat;

/**
 * What matching knows about one supporter with a profile: the profile's facts, how many of their
 * places are taken, and the checks the service made today.
 *
 * @param placesTaken       offers they are deciding on plus supports under way
 * @param status            only a published profile that is not paused is matched: someone who
 *                          paused, took their profile down or withdrew consent has stepped back
 * @param certificateValid  they hold a certificate that is issued, not expired and not revoked today
 * @param supervisionMet    their signed-off supervision meets the requirement today
 * @param declinedThisRequest they already said no to this request, so it is not put to them again
 */
public record Candidate(long profileId, long accountId, String displayName, Set<Long> areaIds, Set<SupportFormat> formats,
                        Set<String> languages, String region, int capacity, long placesTaken, boolean active, ProfileStatus status,
                        boolean certificateValid, boolean supervisionMet, boolean declinedThisRequest) {

    public Candidate {
        areaIds = Set.copyOf(areaIds);
        formats = Set.copyOf(formats);
        languages = Set.copyOf(languages);
    }

    public long placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }
}
