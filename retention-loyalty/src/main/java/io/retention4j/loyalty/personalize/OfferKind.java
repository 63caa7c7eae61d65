package io.retention4j.loyalty.personalize;

/** What an {@link Offer} gives. */
public enum OfferKind {
    /** A price discount. */
    DISCOUNT,
    /** Extra loyalty points. */
    BONUS_POINTS,
    /** A reward of the program (a product, a service). */
    REWARD,
    /** Content: a tip, an article, an invitation; no cost beyond sending it. */
    CONTENT
}
