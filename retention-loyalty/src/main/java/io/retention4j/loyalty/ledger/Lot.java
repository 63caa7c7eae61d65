package io.retention4j.loyalty.ledger;

import java.time.Instant;

/**
 * A lot as of an instant: points credited together, and what has become of them. Invariant:
 * {@code points == spent + expired + reversed + remaining}, every term non-negative.
 *
 * @param lotId       the lot id (the journal position of the entry that opened it)
 * @param customerId  the customer
 * @param type        the entry type that opened it (EARN, PENDING, TRANSFER_IN or ADJUST)
 * @param rule        the rule that earned it, or null
 * @param source      the order, event or reason it came from, or null
 * @param earnedAt    when it was credited
 * @param points      points credited
 * @param pending     whether it is still pending (not spendable)
 * @param availableAt when a pending lot is released, or null
 * @param expiresAt   when it expires, or null for never (rolling expiry is per customer, see {@link Balance})
 * @param spent       points redeemed, transferred out or adjusted away
 * @param expired     points expired
 * @param reversed    points reversed by refunds
 */
public record Lot(long lotId, String customerId, EntryType type, String rule, String source, Instant earnedAt, long points,
                  boolean pending, Instant availableAt, Instant expiresAt, long spent, long expired, long reversed) {
    /**
     * Checks the lot's invariant.
     *
     * @param lotId       lot id
     * @param customerId  customer
     * @param type        opening type
     * @param rule        rule
     * @param source      source
     * @param earnedAt    credit instant
     * @param points      positive
     * @param pending     pending
     * @param availableAt release instant
     * @param expiresAt   expiry
     * @param spent       non-negative
     * @param expired     non-negative
     * @param reversed    non-negative, and the sum of the three at most {@code points}
     */
    public Lot {
        if (points <= 0 || spent < 0 || expired < 0 || reversed < 0 || spent + expired + reversed > points) {
            throw new IllegalStateException("lot " + lotId + " of '" + customerId + "' breaks points = spent + expired"
                    + " + reversed + remaining: points " + points + ", spent " + spent + ", expired " + expired
                    + ", reversed " + reversed);
        }
    }

    /**
     * The points left in the lot.
     *
     * @return {@code points - spent - expired - reversed}
     */
    public long remaining() {
        return points - spent - expired - reversed;
    }

    @Override
    public String toString() {
        return "lot" + lotId + " " + type + (rule == null ? "" : " [" + rule + "]") + " " + points + " at " + earnedAt
                + ": remaining " + remaining() + (pending ? " (pending until " + availableAt + ")" : "")
                + (spent > 0 ? ", spent " + spent : "") + (expired > 0 ? ", expired " + expired : "")
                + (reversed > 0 ? ", reversed " + reversed : "") + (expiresAt != null ? ", expires " + expiresAt : "");
    }
}
