package io.retention4j.loyalty.program;

/** What a tier requirement counts over the tier window. */
public enum QualificationMetric {
    /** Net purchase amount in the program's currency: purchases minus refunds. */
    SPEND,
    /** Purchases (orders); a full refund takes its order back out. */
    ORDERS,
    /** Points earned from purchases and events, net of reversals (bonuses from goals, referrals and adjustments do not qualify). */
    QUALIFYING_POINTS,
    /** Recorded events of one type (for example {@code review}). */
    EVENTS
}
