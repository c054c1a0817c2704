package org.alongside.directory;

import java.io.Serializable;
import java.util.List;

/**
 * What the public may see of a listed supporter: only the fields they chose to show, the others
 * null or empty. The directory pages and the JSON API both show exactly this. Kept by the request
 * form's view, which the data grid copies to other instances.
 */
public record PublicProfile(long id, String displayName, String pronouns, String bio, List<String> areas,
                            List<String> languages, String region, List<SupportFormat> formats,
                            List<AvailabilitySlot> availability) implements Serializable {
}
