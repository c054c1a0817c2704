package org.alongside.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The audit trail's hash chain, in plain Java so the check can be tested without a database.
 *
 * <p>Each entry's hash is SHA-256 (lower-case hex) over the UTF-8 bytes of {@code alongside-audit-v1}
 * followed by these fields in this order: the previous entry's hash, the chain position, the id,
 * the time ({@link Instant#toString()} of the time cut to microseconds, which both databases
 * keep), the actor's account id, the subject's account id, the action and the detail. Each field
 * is written as its length in UTF-8 bytes, a colon and the bytes ({@code 3:abc}); a missing id is
 * written as {@code ~}. Lengths make the encoding unambiguous whatever the detail contains. The
 * first entry ever follows {@link #GENESIS}.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One entry as stored. */
    public record Link(long id, long position, Instant occurredAt, Long actorId, Long subjectId, String action, String detail,
            String previousHash, String hash) {
    }

    /**
     * Where the stored chain must start and end: after the last entry the retention job removed
     * (or at {@link #GENESIS} and position 1), and at the head the last append wrote.
     */
    public record Ends(long firstKeptPosition, String anchorHash, long lastPosition, String lastHash) {
    }

    /** The first problem found, naming the entry (null id when the chain's end is missing). */
    public record Break(Long entryId, long position, String reason) {
    }

    /** Times as they are hashed and stored: both H2 and PostgreSQL keep microseconds. */
    public static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String previousHash, long position, long id, Instant occurredAt, Long actorId, Long subjectId,
            String action, String detail) {
        StringBuilder text = new StringBuilder("alongside-audit-v1");
        field(text, previousHash);
        field(text, Long.toString(position));
        field(text, Long.toString(id));
        field(text, stored(occurredAt).toString());
        field(text, actorId == null ? null : actorId.toString());
        field(text, subjectId == null ? null : subjectId.toString());
        field(text, action);
        field(text, detail);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    /** The hash a link should carry, from its own fields. */
    public static String hashOf(Link link) {
        return hash(link.previousHash(), link.position(), link.id(), link.occurredAt(), link.actorId(), link.subjectId(),
                link.action(), link.detail());
    }

    /**
     * Walks the stored entries in chain order and reports the first break: an entry whose fields
     * no longer give its hash (edited), one that does not follow the entry before it (an entry
     * missing in between, or before it when it is the first kept), or a head that the last entry
     * does not reach (entries missing at the end).
     */
    public static Optional<Break> check(Ends ends, Iterable<Link> linksInOrder) {
        long expectedPosition = ends.firstKeptPosition();
        String expectedPrevious = ends.anchorHash();
        for (Link link : linksInOrder) {
            if (link.position() != expectedPosition || !link.previousHash().equals(expectedPrevious)) {
                return Optional.of(new Break(link.id(), link.position(), expectedPosition == ends.firstKeptPosition()
                        ? "missingBefore" : "missingBetween"));
            }
            if (!hashOf(link).equals(link.hash())) {
                return Optional.of(new Break(link.id(), link.position(), "changed"));
            }
            expectedPosition++;
            expectedPrevious = link.hash();
        }
        if (expectedPosition - 1 != ends.lastPosition() || !expectedPrevious.equals(ends.lastHash())) {
            return Optional.of(new Break(null, expectedPosition, "missingAtEnd"));
        }
        return Optional.empty();
    }
}
