package io.retention4j.loyalty.program;

/**
 * When a customer who no longer qualifies loses a tier. Upgrades are always immediate. A downgrade is
 * decided at a review instant (the end of a calendar or membership year; for rolling and lifetime
 * windows every {@code advanceTo}) and takes effect after the program's grace period, unless the
 * customer qualifies again before then.
 */
public enum DowngradePolicy {
    /** A tier once reached is kept. */
    NEVER,
    /** At review, the customer drops to the highest tier qualified for. */
    AT_WINDOW_END,
    /** At review, the customer drops one tier (never below the tier qualified for). */
    ONE_TIER_AT_A_TIME
}
