package org.alongside.platform.mail;

import java.util.Comparator;
import java.util.List;

/**
 * Takes the secrets out of a message for reading in the outbox. Longest first, so a link is
 * replaced whole even when it contains a shorter secret (an invitation link holds its code).
 */
public final class SecretRedaction {

    private SecretRedaction() {
    }

    public static String redact(String body, List<String> secrets, String marker) {
        if (body == null) {
            return null;
        }
        String shown = body;
        for (String secret : secrets.stream().filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            shown = shown.replace(secret, marker);
        }
        return shown;
    }
}
