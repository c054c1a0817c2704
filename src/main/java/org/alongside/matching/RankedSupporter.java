package org.alongside.matching;

import java.util.List;

/** An eligible supporter for a request, with why they fit (strongest reason first) and their score. */
public record RankedSupporter(Candidate candidate, List<Fit> fits, int score) {

    public RankedSupporter {
        fits = List.copyOf(fits);
    }

    public boolean fits(Fit fit) {
        return fits.contains(fit);
    }
}
