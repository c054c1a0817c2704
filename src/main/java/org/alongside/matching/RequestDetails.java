package org.alongside.matching;

import org.alongside.directory.SupportFormat;

/**
 * What someone asking for support tells us: the minimum to match them and reply. Everything but
 * a name to use and an e-mail address is optional.
 */
public record RequestDetails(String name, String email, SupportFormat format, String language, String region, Long areaId,
                             String note) {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int LANGUAGE_MAX = 40;
    public static final int REGION_MAX = 80;
    public static final int NOTE_MAX = 500;

    public RequestDetails {
        name = strip(name);
        email = strip(email);
        language = strip(language);
        region = strip(region);
        note = strip(note);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
