package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A purchase to earn points for. The order id is the idempotency key: a redelivered order earns once.
 *
 * @param orderId    the order id, unique per purchase (the idempotency key)
 * @param customerId the customer
 * @param amount     the amount paid in the program's currency, non-negative (a refund is a {@link Refund})
 * @param occurredAt when the customer bought (decides campaign days); null means the engine's now
 * @param channel    the sales channel, or null
 * @param lines      the lines; empty means one line of the whole amount without product or category
 */
public record Purchase(String orderId, String customerId, BigDecimal amount, Instant occurredAt, String channel,
                       List<PurchaseLine> lines) {
    /**
     * Validates the fields.
     *
     * @param orderId    non-blank
     * @param customerId non-blank
     * @param amount     non-negative (negative amounts are refunds: use {@link Refund})
     * @param occurredAt instant or null
     * @param channel    null or non-blank
     * @param lines      null means none; when given, the line amounts must add up to {@code amount}
     */
    public Purchase {
        Require.notBlank("purchase.orderId", orderId);
        Require.notBlank("purchase", orderId, "customerId", customerId);
        Require.notNull("purchase", orderId, "amount", amount);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("purchase '" + orderId + "' amount must not be negative, got "
                    + amount.toPlainString() + " (record refunds with Refund)");
        }
        Require.nullOrNotBlank("purchase", orderId, "channel", channel);
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (!lines.isEmpty()) {
            BigDecimal sum = lines.get(0).amount();
            for (int i = 1; i < lines.size(); i++) {
                sum = sum.add(lines.get(i).amount());
            }
            if (sum.compareTo(amount) != 0) {
                throw new IllegalArgumentException("purchase '" + orderId + "' lines add up to " + sum.toPlainString()
                        + ", not the amount " + amount.toPlainString());
            }
        }
    }

    /**
     * A purchase of one line, now.
     *
     * @param orderId    the order id
     * @param customerId the customer
     * @param amount     the amount as text, for example {@code "42.50"}
     * @return the purchase
     */
    public static Purchase of(String orderId, String customerId, String amount) {
        return new Purchase(orderId, customerId, new BigDecimal(amount), null, null, null);
    }

    /**
     * A purchase of one line in a category.
     *
     * @param orderId    the order id
     * @param customerId the customer
     * @param amount     the amount
     * @param category   the category
     * @return the purchase
     */
    public static Purchase inCategory(String orderId, String customerId, String amount, String category) {
        BigDecimal value = new BigDecimal(amount);
        return new Purchase(orderId, customerId, value, null, null, List.of(new PurchaseLine(null, category, value)));
    }

    /**
     * This purchase with the instant it happened.
     *
     * @param at the instant
     * @return a copy
     */
    public Purchase at(Instant at) {
        return new Purchase(orderId, customerId, amount, at, channel, lines);
    }

    /**
     * This purchase in a channel.
     *
     * @param name the channel
     * @return a copy
     */
    public Purchase channel(String name) {
        return new Purchase(orderId, customerId, amount, occurredAt, name, lines);
    }

    String fingerprint() {
        StringBuilder s = new StringBuilder(48 + customerId.length() + (channel == null ? 0 : channel.length())
                + 24 * lines.size()).append("purchase|").append(customerId).append('|');
        Fingerprints.appendAmount(s, amount).append('|').append(occurredAt).append('|').append(channel);
        for (int i = 0; i < lines.size(); i++) {
            PurchaseLine line = lines.get(i);
            s.append('|').append(line.product()).append(',').append(line.category()).append(',');
            Fingerprints.appendAmount(s, line.amount());
        }
        return s.toString();
    }
}
