package io.retention4j.loyalty.program;

/** The friend's action that earns a referral reward. */
public enum ReferralTrigger {
    /** The friend signs up with the code. */
    SIGN_UP,
    /** The friend's first purchase. */
    FIRST_PURCHASE,
    /** Every purchase of the friend. */
    EVERY_PURCHASE
}
