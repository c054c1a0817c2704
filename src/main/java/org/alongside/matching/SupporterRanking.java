package org.alongside.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alongside.directory.ProfileStatus;

/**
 * Which supporters may be offered a request, and in what order. Plain Java, so the rules are
 * tested on their own; {@link MatchingService} gathers the facts and checks capacity again, under
 * a lock, when a coordinator assigns.
 *
 * <p>Eligible: an active account, a valid certificate, a published profile that is not paused, supervision
 * current, a place left, and not having declined this request already. Ranked: the supporter the
 * person asked for first, then by {@link Fit} weights, then by more places left (spreading the
 * load), then by profile id, so the order is the same every time the page is opened.
 */
public final class SupporterRanking {

    private static final Comparator<RankedSupporter> ORDER = Comparator
            .comparing((RankedSupporter r) -> !r.fits(Fit.ASKED_FOR))
            .thenComparing(RankedSupporter::score, Comparator.reverseOrder())
            .thenComparing(r -> r.candidate().placesLeft(), Comparator.reverseOrder())
            .thenComparing(r -> r.candidate().profileId());

    private SupporterRanking() {
    }

    /** Why the candidate cannot be offered anything today; empty when they can. */
    public static Optional<NotOffered> whyNot(Candidate candidate) {
        if (!candidate.active()) {
            return Optional.of(NotOffered.INACTIVE);
        }
        if (candidate.status() == ProfileStatus.PAUSED) {
            return Optional.of(NotOffered.PAUSED);
        }
        if (candidate.status() != ProfileStatus.PUBLISHED) {
            return Optional.of(NotOffered.NOT_LISTED);
        }
        if (!candidate.certificateValid()) {
            return Optional.of(NotOffered.NO_VALID_CERTIFICATE);
        }
        if (!candidate.supervisionMet()) {
            return Optional.of(NotOffered.SUPERVISION_NOT_CURRENT);
        }
        if (candidate.placesLeft() <= 0) {
            return Optional.of(NotOffered.AT_CAPACITY);
        }
        if (candidate.declinedThisRequest()) {
            return Optional.of(NotOffered.DECLINED);
        }
        return Optional.empty();
    }

    public static boolean eligible(Candidate candidate) {
        return whyNot(candidate).isEmpty();
    }

    /** The eligible candidates, best fit first. */
    public static List<RankedSupporter> rank(Needs needs, List<Candidate> candidates) {
        return candidates.stream().filter(SupporterRanking::eligible).map(candidate -> fit(needs, candidate)).sorted(ORDER).toList();
    }

    static RankedSupporter fit(Needs needs, Candidate candidate) {
        List<Fit> fits = new ArrayList<>();
        if (needs.askedProfileId() != null && needs.askedProfileId() == candidate.profileId()) {
            fits.add(Fit.ASKED_FOR);
        }
        if (needs.areaId() != null && candidate.areaIds().contains(needs.areaId())) {
            fits.add(Fit.AREA);
        }
        if (needs.language() != null && candidate.languages().stream().anyMatch(language -> same(language, needs.language()))) {
            fits.add(Fit.LANGUAGE);
        }
        if (needs.format() != null && candidate.formats().contains(needs.format())) {
            fits.add(Fit.FORMAT);
        }
        if (needs.region() != null && candidate.region() != null && same(candidate.region(), needs.region())) {
            fits.add(Fit.REGION);
        }
        return new RankedSupporter(candidate, fits, fits.stream().mapToInt(Fit::weight).sum());
    }

    /** People type "welsh" or "Welsh " for the same thing. */
    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
