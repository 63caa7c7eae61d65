package io.retention4j.loyalty.program;

/** What a reward is; the engine treats all alike, callers fulfil them. */
public enum RewardKind {
    /** Money off an order ({@code value} in the program's currency). */
    DISCOUNT,
    /** A free product. */
    PRODUCT,
    /** A voucher code the caller issues. */
    VOUCHER,
    /** A privilege (lounge access, early sale entry, ...). */
    PERK
}
