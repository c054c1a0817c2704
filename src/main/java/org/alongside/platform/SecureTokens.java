package org.alongside.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for links and codes, and the one-way form we keep of them. Only the SHA-256 of a
 * token is stored: with 128 bits or more of randomness a slow hash adds nothing, and a leaked
 * database then holds no usable links.
 */
public final class SecureTokens {

    /** Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud or typed are not misread. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureTokens() {
    }

    /** A URL-safe token of 256 random bits. */
    public static String newLinkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code people can type: groups of four characters, 5 bits each, e.g. {@code 7KQ2-M9XD-…}. */
    public static String newHumanCode(int groups) {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < 4; i++) {
                code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** Undoes what people do to codes when typing them: case, spaces, dashes, and look-alike letters. */
    public static String normaliseHumanCode(String typed) {
        if (typed == null) {
            return "";
        }
        String upper = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        return upper.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    public static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
