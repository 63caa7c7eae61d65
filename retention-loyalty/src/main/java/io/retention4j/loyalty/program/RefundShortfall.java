package io.retention4j.loyalty.program;

/**
 * What a refund does when the points its purchase earned were already spent or expired, so the
 * purchase's own lots cannot give all of them back.
 */
public enum RefundShortfall {
    /**
     * Take the rest from the customer's other spendable lots (spend order); whatever they cannot
     * cover is forgiven and recorded as unrecovered on the reversal. The balance never goes below zero.
     */
    CLAW_BACK_FROM_OTHER_LOTS,
    /**
     * Record the rest as a debt: the balance goes negative, and later earnings pay the debt first
     * (each payment is a reversal entry drawing from the new lot).
     */
    ALLOW_NEGATIVE_BALANCE
}
