package org.alongside.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-11-02T09:15:30.123456789Z");

    /** Five entries chained from the genesis, ids 10, 12, 13, … (a sequence may skip). */
    private static List<AuditChain.Link> chain(int length) {
        List<AuditChain.Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            long id = 10 + i * 2L;
            Instant at = AuditChain.stored(T.plusSeconds(i));
            String detail = "Detail " + i + "\nwith a line break and 'quotes'";
            String hash = AuditChain.hash(previous, i, id, at, i == 3 ? null : 7L, 9L, "grade-released", detail);
            links.add(new AuditChain.Link(id, i, at, i == 3 ? null : 7L, 9L, "grade-released", detail, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static AuditChain.Ends endsOf(List<AuditChain.Link> links) {
        return new AuditChain.Ends(1, AuditChain.GENESIS, links.size(), links.isEmpty() ? AuditChain.GENESIS : links.get(links.size() - 1).hash());
    }

    @Test
    void anUntouchedChainChecksOut() {
        List<AuditChain.Link> links = chain(5);
        assertThat(AuditChain.check(endsOf(links), links)).isEmpty();
        assertThat(AuditChain.check(endsOf(List.of()), List.of())).isEmpty();
    }

    @Test
    void theHashIsSha256HexAndCoversEveryField() {
        String hash = AuditChain.hash(AuditChain.GENESIS, 1, 1, T, 2L, 3L, "a", "b");
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, 1, T, 2L, 3L, "a", "c")).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, 1, T, 3L, 2L, "a", "b")).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, 1, T, null, 3L, "a", "b")).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, 1, T.plusNanos(1000), 2L, 3L, "a", "b")).isNotEqualTo(hash);
        // Fields are length-prefixed: moving text from one field to the next changes the hash.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, 1, T, 2L, 3L, "ab", "")).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, 1, T, 2L, 3L, "a", "b"));
        // What the databases keep (microseconds) hashes the same as what Java had.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, 1, AuditChain.stored(T), 2L, 3L, "a", "b")).isEqualTo(hash);
    }

    @Test
    void anEditedEntryIsNamed() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Link third = links.get(2);
        links.set(2, new AuditChain.Link(third.id(), third.position(), third.occurredAt(), third.actorId(), third.subjectId(), third.action(),
                "Nothing to see here", third.previousHash(), third.hash()));
        assertThat(AuditChain.check(endsOf(links), links)).contains(new AuditChain.Break(third.id(), 3, "changed"));
    }

    @Test
    void anEditWithARecomputedHashBreaksTheNextLink() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Link third = links.get(2);
        AuditChain.Link forged = new AuditChain.Link(third.id(), 3, third.occurredAt(), 99L, third.subjectId(), third.action(), third.detail(),
                third.previousHash(), null);
        links.set(2, new AuditChain.Link(forged.id(), 3, forged.occurredAt(), 99L, forged.subjectId(), forged.action(), forged.detail(),
                forged.previousHash(), AuditChain.hashOf(forged)));
        assertThat(AuditChain.check(endsOf(chain(5)), links)).contains(new AuditChain.Break(links.get(3).id(), 4, "missingBetween"));
    }

    @Test
    void anEntryRemovedInTheMiddleIsNoticedAtTheNextOne() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Ends ends = endsOf(links);
        AuditChain.Link fourth = links.get(3);
        links.remove(2);
        assertThat(AuditChain.check(ends, links)).contains(new AuditChain.Break(fourth.id(), 4, "missingBetween"));
    }

    @Test
    void entriesRemovedAtTheEndAreNoticed() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Ends ends = endsOf(links);
        links.remove(4);
        assertThat(AuditChain.check(ends, links)).map(AuditChain.Break::reason).contains("missingAtEnd");
    }

    @Test
    void theFirstEntryAfterRetentionRemovedOlderOnesChecksOutAgainstTheAnchor() {
        List<AuditChain.Link> links = chain(5);
        String lastRemoved = links.get(1).hash();
        List<AuditChain.Link> kept = new ArrayList<>(links.subList(2, 5));
        AuditChain.Ends afterRetention = new AuditChain.Ends(3, lastRemoved, 5, links.get(4).hash());
        assertThat(AuditChain.check(afterRetention, kept)).isEmpty();

        // One more removed than the retention job recorded is a break at the first entry left.
        List<AuditChain.Link> tooFew = new ArrayList<>(links.subList(3, 5));
        assertThat(AuditChain.check(afterRetention, tooFew)).contains(new AuditChain.Break(links.get(3).id(), 4, "missingBefore"));
        // Every entry removed by retention: nothing kept, the anchor is the head.
        assertThat(AuditChain.check(new AuditChain.Ends(6, links.get(4).hash(), 5, links.get(4).hash()), List.of())).isEmpty();
    }

    @Test
    void storedTimesKeepMicroseconds() {
        assertThat(AuditChain.stored(T)).isEqualTo(Instant.parse("2026-11-02T09:15:30.123456Z"));
        assertThat(Optional.of(AuditChain.stored(T).getNano() % 1000)).contains(0);
    }
}
