package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import java.time.Instant;

/**
 * A change of a customer's lifecycle state: from the state just before {@code at} to the state as
 * of {@code at}. Changes happen at a purchase (its instant) or when days pass (the first instant of
 * the day, see {@link Lifecycle#replay(io.retention4j.core.log.TransactionLog, Instant, Instant)}).
 *
 * @param customerId the customer
 * @param from       the state before, or null at the customer's first purchase (no state before)
 * @param to         the state from {@code at} on
 * @param at         the instant of the change
 * @param reason     why the customer is in {@code to} at {@code at}: the reason of
 *                   {@link CustomerState#reason()} as of that instant
 */
public record StateTransition(String customerId, LifecycleState from, LifecycleState to, Instant at,
                              String reason) {
    /**
     * Validates the fields.
     *
     * @param customerId the customer, non-blank
     * @param from       the state before, or null at the first purchase
     * @param to         the state after, not null and not {@code from}
     * @param at         the instant, not null
     * @param reason     the reason, not null
     */
    public StateTransition {
        Checks.notBlank("customerId", customerId);
        Checks.notNull("to", to);
        Checks.notNull("at", at);
        Checks.notNull("reason", reason);
        if (from == to) {
            throw new IllegalArgumentException("a transition must change the state, got " + from + " -> " + to
                    + " for customer '" + customerId + "' at " + at);
        }
    }

    /**
     * Whether this is the customer's first purchase (no state before).
     *
     * @return {@code from() == null}
     */
    public boolean isFirstPurchase() {
        return from == null;
    }

    @Override
    public String toString() {
        return at + " " + customerId + " " + (from == null ? "(first purchase)" : from) + " -> " + to + ": " + reason;
    }
}
