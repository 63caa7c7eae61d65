package io.retention4j.core.model;

import io.retention4j.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One purchase (or refund) by one customer.
 *
 * <p>Money is a {@link BigDecimal} at this edge so that callers never lose cents; the columnar
 * {@link io.retention4j.core.log.TransactionLog} stores it as a {@code double} for analytics. A
 * negative amount is a refund: it is kept and flagged, never dropped.
 *
 * @param customerId the customer id, non-blank
 * @param at         when the transaction happened, non-null
 * @param amount     the transaction value in the caller's currency; negative for a refund
 * @param orderId    the order id, or {@code null} when the source has none (then it cannot be
 *                   de-duplicated); non-blank when present
 * @param category   product category, or {@code null}
 * @param channel    sales channel (web, app, store, ...), or {@code null}
 * @param quantity   number of items, or {@code null} when unknown; {@code >= 0} when present (a refund
 *                   states the returned quantity as a positive number and a negative amount)
 */
public record Transaction(String customerId, Instant at, BigDecimal amount, String orderId,
                          String category, String channel, Integer quantity) {

    /**
     * Creates a transaction, validating every field.
     *
     * @param customerId the customer id, non-blank
     * @param at         when it happened, non-null
     * @param amount     its value, non-null; negative for a refund
     * @param orderId    the order id, or null; non-blank when present
     * @param category   the category, or null; non-blank when present
     * @param channel    the channel, or null; non-blank when present
     * @param quantity   the quantity, or null; {@code >= 0} when present
     */
    public Transaction {
        Checks.notBlank("Transaction.customerId", customerId);
        Checks.notNull("Transaction.at", at);
        Checks.notNull("Transaction.amount", amount);
        Checks.nullOrNotBlank("Transaction.orderId", orderId);
        Checks.nullOrNotBlank("Transaction.category", category);
        Checks.nullOrNotBlank("Transaction.channel", channel);
        if (quantity != null && quantity < 0) {
            throw new IllegalArgumentException("Transaction.quantity must be >= 0, got " + quantity);
        }
    }

    /**
     * A transaction without order id, category, channel or quantity.
     *
     * @param customerId the customer id
     * @param at         when it happened
     * @param amount     its value; must be finite (NaN and infinities are rejected)
     * @return the transaction
     */
    public static Transaction of(String customerId, Instant at, double amount) {
        return new Transaction(customerId, at, toMoney(amount), null, null, null, null);
    }

    /**
     * A transaction with an order id.
     *
     * @param customerId the customer id
     * @param at         when it happened
     * @param amount     its value
     * @param orderId    the order id (non-blank)
     * @return the transaction
     */
    public static Transaction of(String customerId, Instant at, BigDecimal amount, String orderId) {
        return new Transaction(customerId, at, amount, Checks.notBlank("Transaction.orderId", orderId),
                null, null, null);
    }

    private static BigDecimal toMoney(double amount) {
        Checks.finite("Transaction.amount", amount);
        return BigDecimal.valueOf(amount);
    }

    /**
     * Whether this is a refund (negative amount).
     *
     * @return {@code amount < 0}
     */
    public boolean isRefund() {
        return amount.signum() < 0;
    }

    /**
     * This transaction with an order id.
     *
     * @param newOrderId the order id, or null
     * @return a copy
     */
    public Transaction withOrderId(String newOrderId) {
        return new Transaction(customerId, at, amount, newOrderId, category, channel, quantity);
    }

    /**
     * This transaction with a category.
     *
     * @param newCategory the category, or null
     * @return a copy
     */
    public Transaction withCategory(String newCategory) {
        return new Transaction(customerId, at, amount, orderId, newCategory, channel, quantity);
    }

    /**
     * This transaction with a channel.
     *
     * @param newChannel the channel, or null
     * @return a copy
     */
    public Transaction withChannel(String newChannel) {
        return new Transaction(customerId, at, amount, orderId, category, newChannel, quantity);
    }

    /**
     * This transaction with a quantity.
     *
     * @param newQuantity the quantity ({@code >= 0}), or null
     * @return a copy
     */
    public Transaction withQuantity(Integer newQuantity) {
        return new Transaction(customerId, at, amount, orderId, category, channel, newQuantity);
    }
}
