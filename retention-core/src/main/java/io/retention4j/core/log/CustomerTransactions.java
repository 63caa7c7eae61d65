package io.retention4j.core.log;

import io.retention4j.core.model.Transaction;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One customer's rows of a {@link TransactionLog}, in time order, as a view (nothing is copied).
 * Index {@code i} runs from 0 to {@link #size()} - 1. Immutable and thread-safe.
 */
public final class CustomerTransactions {
    private final TransactionLog log;
    private final String customerId;
    private final int from;
    private final int to;

    CustomerTransactions(TransactionLog log, String customerId, int from, int to) {
        this.log = log;
        this.customerId = customerId;
        this.from = from;
        this.to = to;
    }

    /**
     * The customer id.
     *
     * @return the id
     */
    public String customerId() {
        return customerId;
    }

    /**
     * The number of rows.
     *
     * @return the count (0 when the customer is not in the log)
     */
    public int size() {
        return to - from;
    }

    /**
     * Whether the customer has no rows.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return to == from;
    }

    /**
     * The time of the i-th row.
     *
     * @param i {@code 0 .. size() - 1}
     * @return epoch milliseconds
     */
    public long epochMillis(int i) {
        return log.epochMillis(row(i));
    }

    /**
     * The time of the i-th row.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the instant
     */
    public Instant instant(int i) {
        return log.instant(row(i));
    }

    /**
     * The amount of the i-th row.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the amount; negative for a refund
     */
    public double amount(int i) {
        return log.amount(row(i));
    }

    /**
     * The category of the i-th row.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the category, or null
     */
    public String category(int i) {
        return log.category(row(i));
    }

    /**
     * The channel of the i-th row.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the channel, or null
     */
    public String channel(int i) {
        return log.channel(row(i));
    }

    /**
     * The rows as records.
     *
     * @return a stream of transactions in time order
     */
    public Stream<Transaction> stream() {
        return IntStream.range(from, to).mapToObj(log::transaction);
    }

    private int row(int i) {
        if (i < 0 || i >= to - from) {
            throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (to - from - 1)
                    + " for customer '" + customerId + "'");
        }
        return from + i;
    }

    @Override
    public String toString() {
        return "CustomerTransactions[" + customerId + ", " + size() + " rows]";
    }
}
