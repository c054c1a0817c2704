package org.alongside.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.alongside.platform.SecureTokens;

/**
 * The rules of the second factor, in plain Java: which codes are accepted (RFC 6238 time-based
 * one-time passwords, 6 digits every 30 seconds, HMAC-SHA1 as every authenticator app expects;
 * java-otp computes them), who must have one, and what a person who still has to set one up may
 * reach.
 */
public final class SecondFactorRule {

    public static final Duration TIME_STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** One step either side of now: a phone whose clock is up to half a minute off still works. */
    public static final int WINDOW = 1;
    /** Wrong codes after a right password before that half-done sign-in is dropped. */
    public static final int WRONG_CODES_ALLOWED = 5;
    /** How long the code page waits after the password, before the person must start again. */
    public static final Duration CODE_PAGE_LIFETIME = Duration.ofMinutes(5);
    public static final int RECOVERY_CODES = 10;
    /** Two groups of four Crockford base-32 characters: 40 random bits per recovery code. */
    public static final int RECOVERY_CODE_GROUPS = 2;
    /** 160 bits, the length RFC 4226 recommends for the shared secret. */
    public static final int SECRET_BYTES = 20;

    /** The setup page, the help and privacy pages, and what those pages load: all that a person owing a second factor may reach. */
    public static final String SETUP_PATH = "/account/second-factor.xhtml";
    private static final Set<String> REACHABLE_DURING_SETUP = Set.of(SETUP_PATH, "/help.xhtml", "/privacy.xhtml", "/sign-in.xhtml",
            "/sign-in-code.xhtml");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(TIME_STEP, DIGITS);

    private SecondFactorRule() {
    }

    /** The RFC 6238 time step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), TIME_STEP.getSeconds());
    }

    /** The code an authenticator shows during a time step. */
    public static String code(byte[] secret, long step) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, TOTP.getAlgorithm()),
                    Instant.ofEpochSecond(step * TIME_STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A second-factor secret is not a usable HMAC key", e);
        }
    }

    /**
     * The time step of a typed code, when it is the code of a step within the window around now
     * and later than the last step accepted for this secret (so a code seen over someone's
     * shoulder, or sent twice, does not work a second time).
     */
    public static OptionalLong acceptedStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!SIX_DIGITS.matcher(digits).matches()) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long candidate = current - WINDOW; candidate <= current + WINDOW; candidate++) {
            if (candidate > lastUsedStep && MessageDigest.isEqual(code(secret, candidate).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether a typed text is meant as a recovery code rather than a six-digit code. */
    public static boolean looksLikeRecoveryCode(String typed) {
        return SecureTokens.normaliseHumanCode(typed).length() == 4 * RECOVERY_CODE_GROUPS;
    }

    /** What is stored of a recovery code: its SHA-256, however the person typed it. */
    public static String recoveryCodeHash(String typed) {
        return SecureTokens.sha256(SecureTokens.normaliseHumanCode(typed));
    }

    /** Whether someone with these roles must have a second factor before they reach personal data. */
    public static boolean requiredFor(Set<Role> roles, Set<Role> requiredRoles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    /** The roles of {@code portal.second-factor.required-roles}: names separated by commas, or {@code NONE}. */
    public static Set<Role> parseRoles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty() && !"NONE".equalsIgnoreCase(n))
                .forEach(n -> roles.add(Role.valueOf(n.toUpperCase(Locale.ROOT))));
        return roles;
    }

    /** Whether a path (inside the portal) may be opened before the second factor is set up. */
    public static boolean reachableDuringSetup(String path) {
        return REACHABLE_DURING_SETUP.contains(path) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/error/");
    }
}
