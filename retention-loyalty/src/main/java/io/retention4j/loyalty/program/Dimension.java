package io.retention4j.loyalty.program;

/** The attribute of a purchase line a multiplier rule matches. */
public enum Dimension {
    /** The line's category. */
    CATEGORY,
    /** The line's product id. */
    PRODUCT,
    /** The purchase's channel (web, store, app, ...). */
    CHANNEL
}
