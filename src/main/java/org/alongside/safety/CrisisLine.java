package org.alongside.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * A place to get help now, as configured in {@code portal.crisis.lines}. Each entry is written
 * {@code name | what to do | link | when it is open}; the link (tel:, sms: or https:) may be empty.
 */
public record CrisisLine(String name, String action, String link, String availability) {

    public static List<CrisisLine> parseAll(List<String> entries) {
        List<CrisisLine> lines = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("portal.crisis.lines entry must be 'name | what to do | link | when', got: " + entry);
            }
            String link = parts[2].strip();
            if (!link.isEmpty() && !link.matches("(tel:|sms:|https://)[^\\s\"'<>]+")) {
                throw new IllegalArgumentException("Crisis line link must start with tel:, sms: or https://, got: " + link);
            }
            lines.add(new CrisisLine(parts[0].strip(), parts[1].strip(), link, parts[3].strip()));
        }
        return List.copyOf(lines);
    }
}
