package org.alongside.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.alongside.directory.ProfileStatus;
import org.alongside.directory.SupportFormat;
import org.junit.jupiter.api.Test;

class SupporterRankingTest {

    private static final long ANXIETY = 1L;
    private static final long GRIEF = 2L;
    private static final Needs NOTHING_ASKED = new Needs(null, null, null, null, null);

    /** A supporter who may be offered anything: active, certified, supervised, with places left. */
    private static Candidate supporter(long profileId) {
        return new Candidate(profileId, 100 + profileId, "Supporter " + profileId, Set.of(), Set.of(), Set.of(), null, 2, 0,
                true, ProfileStatus.PUBLISHED, true, true, false);
    }

    private static Candidate with(Candidate c, Set<Long> areas, Set<SupportFormat> formats, Set<String> languages, String region) {
        return new Candidate(c.profileId(), c.accountId(), c.displayName(), areas, formats, languages, region, c.capacity(),
                c.placesTaken(), c.active(), c.status(), c.certificateValid(), c.supervisionMet(), c.declinedThisRequest());
    }

    private static Candidate placesTaken(Candidate c, int capacity, long taken) {
        return new Candidate(c.profileId(), c.accountId(), c.displayName(), c.areaIds(), c.formats(), c.languages(), c.region(),
                capacity, taken, c.active(), c.status(), c.certificateValid(), c.supervisionMet(), c.declinedThisRequest());
    }

    private static List<Long> order(Needs needs, Candidate... candidates) {
        return SupporterRanking.rank(needs, List.of(candidates)).stream().map(r -> r.candidate().profileId()).toList();
    }

    @Test
    void anEligibleSupporterHasEveryCheckInPlace() {
        assertThat(SupporterRanking.whyNot(supporter(1))).isEmpty();
        assertThat(SupporterRanking.eligible(supporter(1))).isTrue();
    }

    @Test
    void eachMissingCheckKeepsTheSupporterOutAndSaysWhich() {
        Candidate ok = supporter(1);
        Candidate inactive = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, false, ProfileStatus.PUBLISHED, true, true, false);
        Candidate paused = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, true, ProfileStatus.PAUSED, true, true, false);
        Candidate uncertified = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, true, ProfileStatus.PUBLISHED, false, true, false);
        Candidate unsupervised = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, true, ProfileStatus.PUBLISHED, true, false, false);
        Candidate declined = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, true, ProfileStatus.PUBLISHED, true, true, true);
        Candidate takenDown = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, true, ProfileStatus.NOT_PUBLISHED, true, true, false);
        Candidate withdrawn = new Candidate(1, 101, "x", Set.of(), Set.of(), Set.of(), null, 2, 0, true, ProfileStatus.CONSENT_WITHDRAWN, true, true, false);

        assertThat(SupporterRanking.whyNot(inactive)).contains(NotOffered.INACTIVE);
        assertThat(SupporterRanking.whyNot(paused)).contains(NotOffered.PAUSED);
        assertThat(SupporterRanking.whyNot(uncertified)).contains(NotOffered.NO_VALID_CERTIFICATE);
        assertThat(SupporterRanking.whyNot(unsupervised)).contains(NotOffered.SUPERVISION_NOT_CURRENT);
        assertThat(SupporterRanking.whyNot(declined)).contains(NotOffered.DECLINED);
        assertThat(SupporterRanking.whyNot(takenDown)).contains(NotOffered.NOT_LISTED);
        assertThat(SupporterRanking.whyNot(withdrawn)).contains(NotOffered.NOT_LISTED);
        assertThat(SupporterRanking.rank(NOTHING_ASKED, List.of(inactive, paused, uncertified, unsupervised, declined, takenDown, withdrawn, ok)))
                .extracting(r -> r.candidate().accountId()).containsExactly(ok.accountId());
    }

    @Test
    void aSupporterAtCapacityIsNeverOfferedEvenWhenAskedFor() {
        Candidate full = placesTaken(supporter(1), 2, 2);
        Candidate overfull = placesTaken(supporter(2), 1, 3);
        Candidate oneLeft = placesTaken(supporter(3), 2, 1);

        assertThat(SupporterRanking.whyNot(full)).contains(NotOffered.AT_CAPACITY);
        assertThat(SupporterRanking.whyNot(overfull)).contains(NotOffered.AT_CAPACITY);
        assertThat(full.placesLeft()).isZero();
        assertThat(overfull.placesLeft()).isZero();
        assertThat(oneLeft.placesLeft()).isEqualTo(1);
        assertThat(order(new Needs(null, null, null, null, 1L), full, overfull, oneLeft)).containsExactly(3L);
    }

    @Test
    void theSupporterAskedForComesFirstWhateverTheOthersShare() {
        Candidate asked = supporter(5);
        Candidate sharesEverything = with(supporter(1), Set.of(ANXIETY), Set.of(SupportFormat.PHONE), Set.of("Welsh"), "Cardiff");
        Needs needs = new Needs(ANXIETY, SupportFormat.PHONE, "Welsh", "Cardiff", 5L);

        List<RankedSupporter> ranked = SupporterRanking.rank(needs, List.of(sharesEverything, asked));

        assertThat(ranked).extracting(r -> r.candidate().profileId()).containsExactly(5L, 1L);
        assertThat(ranked.get(0).fits()).containsExactly(Fit.ASKED_FOR);
        assertThat(ranked.get(1).fits()).containsExactly(Fit.AREA, Fit.LANGUAGE, Fit.FORMAT, Fit.REGION);
        assertThat(ranked.get(1).score()).isEqualTo(10);
    }

    @Test
    void sharedAreaOutweighsLanguageWhichOutweighsFormatWhichOutweighsRegion() {
        Needs needs = new Needs(GRIEF, SupportFormat.VIDEO, "polish", "leeds", null);
        Candidate area = with(supporter(1), Set.of(GRIEF, ANXIETY), Set.of(), Set.of(), null);
        Candidate language = with(supporter(2), Set.of(ANXIETY), Set.of(), Set.of("Polish"), null);
        Candidate format = with(supporter(3), Set.of(), Set.of(SupportFormat.VIDEO, SupportFormat.TEXT), Set.of(), "York");
        Candidate region = with(supporter(4), Set.of(), Set.of(SupportFormat.PHONE), Set.of("English"), " Leeds ");
        Candidate nothing = supporter(5);
        Candidate formatAndRegion = with(supporter(6), Set.of(), Set.of(SupportFormat.VIDEO), Set.of(), "LEEDS");

        assertThat(order(needs, nothing, region, format, language, area, formatAndRegion)).containsExactly(1L, 2L, 6L, 3L, 4L, 5L);
        assertThat(SupporterRanking.fit(needs, language).fits()).containsExactly(Fit.LANGUAGE);
        assertThat(SupporterRanking.fit(needs, region).fits()).containsExactly(Fit.REGION);
    }

    @Test
    void equalFitsGoToWhoeverHasMorePlacesLeftThenByProfileSoTheOrderIsStable() {
        Candidate a = placesTaken(supporter(7), 3, 2);
        Candidate b = placesTaken(supporter(3), 3, 0);
        Candidate c = placesTaken(supporter(9), 3, 0);
        Candidate d = placesTaken(supporter(2), 3, 2);

        assertThat(order(NOTHING_ASKED, a, b, c, d)).containsExactly(3L, 9L, 2L, 7L);
        assertThat(order(NOTHING_ASKED, d, c, b, a)).containsExactly(3L, 9L, 2L, 7L);
    }

    @Test
    void nothingAskedMeansNoReasonsAndNoScore() {
        RankedSupporter ranked = SupporterRanking.fit(NOTHING_ASKED,
                with(supporter(1), Set.of(ANXIETY), Set.of(SupportFormat.PHONE), Set.of("English"), "Leeds"));
        assertThat(ranked.fits()).isEmpty();
        assertThat(ranked.score()).isZero();
    }
}
