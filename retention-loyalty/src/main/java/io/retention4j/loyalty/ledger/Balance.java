package io.retention4j.loyalty.ledger;

import java.time.Instant;

/**
 * A customer's points as of an instant, derived from the lots (never stored).
 *
 * <p>{@code available = sum of remaining over released, unexpired lots - debt}: the points the
 * customer can spend; negative only when the program allows refunds to leave a debt.
 *
 * @param customerId     the customer
 * @param asOf           the instant
 * @param available      spendable points (lot remainders minus debt)
 * @param pending        points in pending lots (the returns window)
 * @param debt           points refunds still owe (0 unless the program allows a negative balance)
 * @param nextExpiry     the soonest instant some available points expire, or null
 * @param expiringPoints the points that expire at {@code nextExpiry} (0 when none)
 */
public record Balance(String customerId, Instant asOf, long available, long pending, long debt, Instant nextExpiry,
                      long expiringPoints) {
    /**
     * Spendable plus pending points.
     *
     * @return {@code available + pending}
     */
    public long total() {
        return available + pending;
    }

    @Override
    public String toString() {
        return customerId + " as of " + asOf + ": " + available + " available" + (pending > 0 ? ", " + pending + " pending" : "")
                + (debt > 0 ? ", debt " + debt : "")
                + (nextExpiry != null ? ", " + expiringPoints + " expire at " + nextExpiry : "");
    }
}
