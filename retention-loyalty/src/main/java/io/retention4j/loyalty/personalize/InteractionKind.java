package io.retention4j.loyalty.personalize;

/** What a customer did with an item. */
public enum InteractionKind {
    /** Bought it. */
    PURCHASE,
    /** Looked at it (a product page view, a browse event). */
    VIEW
}
