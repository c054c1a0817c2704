package org.alongside.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * A place to get help now, as configured in {@code portal.crisis.lines}. Each entry is written
 * {@code name | what to do | link | when it is open}, optionally followed by {@code | who or where it
 * is for} (a nation, an age group); the link (tel:, sms: or https:) may be empty, and a line without
 * the last part is for everyone in the UK.
 */
public record CrisisLine(String name, String action, String link, String availability, String coverage) {

    public CrisisLine(String name, String action, String link, String availability) {
        this(name, action, link, availability, "");
    }

    public boolean forEveryone() {
        return coverage.isEmpty();
    }

    public static List<CrisisLine> parseAll(List<String> entries) {
        List<CrisisLine> lines = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length < 4 || parts.length > 5 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("portal.crisis.lines entry must be 'name | what to do | link | when'"
                        + " or 'name | what to do | link | when | who or where it is for', got: " + entry);
            }
            String link = parts[2].strip();
            if (!link.isEmpty() && !link.matches("(tel:|sms:|https://)[^\\s\"'<>]+")) {
                throw new IllegalArgumentException("Crisis line link must start with tel:, sms: or https://, got: " + link);
            }
            lines.add(new CrisisLine(parts[0].strip(), parts[1].strip(), link, parts[3].strip(), parts.length == 5 ? parts[4].strip() : ""));
        }
        return List.copyOf(lines);
    }
}
