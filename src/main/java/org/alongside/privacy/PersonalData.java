package org.alongside.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal holds about one person, section by section in the order of
 * {@link PersonalDataSections}: each row a map from column name to a plain value (text, number,
 * true/false, or a date or time written as ISO-8601 text).
 */
public record PersonalData(long accountId, Instant exportedAt, List<Part> parts) {

    /** The JSON file's format: change it whenever a key changes meaning (docs/my-data-export.md). */
    public static final String FORMAT = "alongside-personal-data/1";

    public record Part(PersonalDataSections.Section section, List<String> columns, List<Map<String, Object>> rows) {

        public String key() {
            return section.key();
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** The parts that hold something: the readable page lists those, then names the empty ones. */
    public List<Part> held() {
        return parts.stream().filter(part -> !part.isEmpty()).toList();
    }

    public List<Part> notHeld() {
        return parts.stream().filter(Part::isEmpty).toList();
    }

    public Part part(String key) {
        return parts.stream().filter(part -> part.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + key));
    }
}
