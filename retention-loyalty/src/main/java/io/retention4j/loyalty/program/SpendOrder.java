package io.retention4j.loyalty.program;

/** Which lots a debit (redemption, transfer, negative adjustment, claw-back) draws from first. */
public enum SpendOrder {
    /** Lots that expire soonest first (never-expiring last), then oldest; saves the customer the most points. */
    SOONEST_EXPIRING_FIRST,
    /** Oldest lots first (first in, first out). */
    OLDEST_FIRST
}
