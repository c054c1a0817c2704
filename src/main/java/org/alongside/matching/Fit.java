package org.alongside.matching;

/** One reason a supporter suits a request, shown to the coordinator. */
public enum Fit {
    /** The person sent their request from this supporter's profile. */
    ASKED_FOR(0),
    /** Shares the area of lived experience the person chose. */
    AREA(4),
    /** Speaks the language the person asked for. */
    LANGUAGE(3),
    /** Offers the way of meeting the person prefers. */
    FORMAT(2),
    /** Is in the person's region. */
    REGION(1);

    /**
     * How much this reason adds to the fit. Shared lived experience is the heart of peer support;
     * a shared language decides whether they can talk at all; format and then region are easier
     * to work around.
     */
    private final int weight;

    Fit(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
