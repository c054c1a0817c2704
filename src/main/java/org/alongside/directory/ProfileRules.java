package org.alongside.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alongside.identity.Account;

/**
 * Checks a profile form against the lists the supporter may choose from. Values the supporter
 * already has stay allowed when a list changes (a retired area, a language taken out of the
 * configuration), so saving never silently drops what they chose before.
 */
public final class ProfileRules {

    private ProfileRules() {
    }

    public static List<FieldProblem> check(ProfileInput input, Set<Long> allowedAreaIds, Set<String> allowedLanguages,
                                           Set<String> allowedRegions) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.displayName().strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("displayName", "directory.error.displayNameRequired"));
        } else if (name.length() > Account.NAME_MAX) {
            problems.add(FieldProblem.of("displayName", "directory.error.tooLong", Account.NAME_MAX));
        }
        if (length(input.pronouns()) > SupporterProfile.PRONOUNS_MAX) {
            problems.add(FieldProblem.of("pronouns", "directory.error.tooLong", SupporterProfile.PRONOUNS_MAX));
        }
        if (length(input.bio()) > SupporterProfile.BIO_MAX) {
            problems.add(FieldProblem.of("bio", "directory.error.bioTooLong", SupporterProfile.BIO_MAX, length(input.bio())));
        }
        if (!allowedAreaIds.containsAll(input.areaIds())) {
            problems.add(FieldProblem.of("areas", "directory.error.unknownChoice"));
        }
        if (!allowedLanguages.containsAll(input.languages())) {
            problems.add(FieldProblem.of("languages", "directory.error.unknownChoice"));
        }
        String region = input.region() == null ? "" : input.region().strip();
        if (!region.isEmpty() && !allowedRegions.contains(region)) {
            problems.add(FieldProblem.of("region", "directory.error.unknownChoice"));
        }
        if (input.capacity() == null) {
            problems.add(FieldProblem.of("capacity", "directory.error.capacityRequired"));
        } else if (input.capacity() < 1 || input.capacity() > SupporterProfile.CAPACITY_MAX) {
            problems.add(FieldProblem.of("capacity", "directory.error.capacityRange", SupporterProfile.CAPACITY_MAX));
        }
        return problems;
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
