package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * A refund of an earlier purchase, whole or in part. The purchase's points are reversed in proportion
 * from the lots the purchase opened: after refunds totalling R of a purchase of amount A, each of its
 * lots of p points has had {@code floor(p * R / A)} points reversed (so a full refund reverses all).
 *
 * @param refundId   the refund's id (the idempotency key)
 * @param customerId the customer
 * @param orderId    the refunded purchase's order id
 * @param amount     the amount refunded, positive; null for whatever is left of the purchase
 */
public record Refund(String refundId, String customerId, String orderId, BigDecimal amount) {
    /**
     * Validates the fields.
     *
     * @param refundId   non-blank
     * @param customerId non-blank
     * @param orderId    non-blank
     * @param amount     positive or null
     */
    public Refund {
        Require.notBlank("refund.refundId", refundId);
        Require.notBlank("refund", refundId, "customerId", customerId);
        Require.notBlank("refund", refundId, "orderId", orderId);
        if (amount != null) {
            Require.positive("refund", refundId, "amount", amount);
        }
    }

    /**
     * A full refund.
     *
     * @param refundId   the refund id
     * @param customerId the customer
     * @param orderId    the order
     * @return the refund
     */
    public static Refund full(String refundId, String customerId, String orderId) {
        return new Refund(refundId, customerId, orderId, null);
    }

    /**
     * A partial refund.
     *
     * @param refundId   the refund id
     * @param customerId the customer
     * @param orderId    the order
     * @param amount     the amount refunded
     * @return the refund
     */
    public static Refund partial(String refundId, String customerId, String orderId, String amount) {
        return new Refund(refundId, customerId, orderId, new BigDecimal(amount));
    }

    String fingerprint() {
        StringBuilder s = new StringBuilder(64).append("refund|").append(customerId).append('|').append(orderId).append('|');
        return (amount == null ? s.append("full") : Fingerprints.appendAmount(s, amount)).toString();
    }
}
