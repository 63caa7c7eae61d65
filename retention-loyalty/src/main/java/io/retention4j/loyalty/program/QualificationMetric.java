package io.retention4j.loyalty.program;

/** What a tier requirement counts over the tier window. */
public enum QualificationMetric {
    /**
     * Purchase amount in the program's currency of the purchases in the window, net of their refunds
     * (a refund counts with the purchase it refunds, not on its own date).
     */
    SPEND,
    /** Purchases (orders) in the window; a full refund takes its order back out. */
    ORDERS,
    /**
     * Points earned in the window from the program's earn rules (purchases and events, tier extras),
     * net of what refunds of their purchase took back; bonuses from goals, referrals, campaigns and
     * adjustments do not qualify.
     */
    QUALIFYING_POINTS,
    /** Recorded events of one type (for example {@code review}). */
    EVENTS
}
