package io.retention4j.metrics.cohort;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import java.util.Arrays;

/**
 * The instants of an {@link Activity} per customer, in primitive columns: customer {@code c}'s
 * instants are {@link #millis(int) millis(first(c))} .. {@code millis(end(c) - 1)}, ascending. The
 * customer order is the order of {@link #ids()}; customers without activity have empty ranges.
 *
 * <p>A read-only view for fast per-customer passes (no per-event objects): when every row of the
 * source counts, it reads the source log's columns directly; otherwise it holds a filtered copy of
 * the times. Immutable (no array leaves this class) and thread-safe.
 */
public final class ActivityTimeline {
    private final IdDictionary ids;
    private final int[] starts;            // null when reading a log's rows directly
    private final long[] millis;           // null when reading a log's rows directly
    private final TransactionLog purchases; // every row a purchase: positions are its rows
    private final EventLog events;          // every row counts: positions are its rows

    private ActivityTimeline(IdDictionary ids, int[] starts, long[] millis, TransactionLog purchases,
                             EventLog events) {
        this.ids = ids;
        this.starts = starts;
        this.millis = millis;
        this.purchases = purchases;
        this.events = events;
    }

    private ActivityTimeline(IdDictionary ids, int[] starts, long[] millis) {
        this(ids, starts, millis, null, null);
    }

    /**
     * The purchases of a transaction log: every row with an amount {@code >= 0} (refunds are not
     * purchases).
     *
     * @param log the log
     * @return the timeline, in the log's customer order
     */
    static ActivityTimeline purchases(TransactionLog log) {
        if (log.refundCount() == 0) {
            return new ActivityTimeline(log.customers(), null, null, log, null);
        }
        int customers = log.customerCount();
        int[] starts = new int[customers + 1];
        long[] millis = new long[log.size() - log.refundCount()];
        int n = 0;
        for (int c = 0; c < customers; c++) {
            starts[c] = n;
            int end = log.endRow(c);
            for (int row = log.firstRow(c); row < end; row++) {
                if (log.amount(row) >= 0) {
                    millis[n++] = log.epochMillis(row);
                }
            }
        }
        starts[customers] = n;
        return new ActivityTimeline(log.customers(), starts, millis);
    }

    /**
     * The events of an event log whose type code is selected.
     *
     * @param log      the log
     * @param selected per type code of {@code log.types()}, whether events of that type count; null
     *                 for every type
     * @return the timeline, in the log's customer order
     */
    static ActivityTimeline events(EventLog log, boolean[] selected) {
        if (selected == null) {
            return new ActivityTimeline(log.customers(), null, null, null, log);
        }
        int customers = log.customerCount();
        int[] starts = new int[customers + 1];
        long[] millis = new long[log.size()];
        int n = 0;
        for (int c = 0; c < customers; c++) {
            starts[c] = n;
            int end = log.endRow(c);
            for (int row = log.firstRow(c); row < end; row++) {
                if (selected[log.typeCode(row)]) {
                    millis[n++] = log.epochMillis(row);
                }
            }
        }
        starts[customers] = n;
        return new ActivityTimeline(log.customers(), starts, n == millis.length ? millis : Arrays.copyOf(millis, n));
    }

    /**
     * One instant per customer (for example sign-ups).
     *
     * @param ids     the customers
     * @param instant per customer index of {@code ids}, epoch milliseconds
     * @return the timeline
     */
    static ActivityTimeline single(IdDictionary ids, long[] instant) {
        if (instant.length != ids.size()) {
            throw new IllegalArgumentException("one instant per customer expected: " + ids.size()
                    + " customers, " + instant.length + " instants");
        }
        int[] starts = new int[ids.size() + 1];
        for (int c = 0; c <= ids.size(); c++) {
            starts[c] = c;
        }
        return new ActivityTimeline(ids, starts, instant.clone());
    }

    /**
     * The customers.
     *
     * @return the dictionary; index = customer
     */
    public IdDictionary ids() {
        return ids;
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int customerCount() {
        return ids.size();
    }

    /**
     * The first position of a customer's instants.
     *
     * @param c a customer
     * @return the position
     */
    public int first(int c) {
        if (starts != null) {
            return starts[c];
        }
        return purchases != null ? purchases.firstRow(c) : events.firstRow(c);
    }

    /**
     * One past the last position of a customer's instants.
     *
     * @param c a customer
     * @return the position
     */
    public int end(int c) {
        if (starts != null) {
            return starts[c + 1];
        }
        return purchases != null ? purchases.endRow(c) : events.endRow(c);
    }

    /**
     * The instant at a position.
     *
     * @param position a position
     * @return epoch milliseconds
     */
    public long millis(int position) {
        if (millis != null) {
            return millis[position];
        }
        return purchases != null ? purchases.epochMillis(position) : events.epochMillis(position);
    }

    /**
     * The number of instants.
     *
     * @return the count over all customers
     */
    public int size() {
        if (millis != null) {
            return millis.length;
        }
        return purchases != null ? purchases.size() : events.size();
    }

    /**
     * The first position in {@code [from, to)} whose instant is at or after {@code t}.
     *
     * @param from first position searched
     * @param to   one past the last position searched
     * @param t    epoch milliseconds
     * @return the position, or {@code to} when every instant is earlier
     */
    public int firstAtOrAfter(int from, int to, long t) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (millis(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The earliest instant.
     *
     * @return epoch milliseconds, or {@link Long#MAX_VALUE} when there is none
     */
    public long minMillis() {
        long min = Long.MAX_VALUE;
        for (int c = 0; c < ids.size(); c++) {
            if (first(c) < end(c)) {
                min = Math.min(min, millis(first(c)));
            }
        }
        return min;
    }

    /**
     * The latest instant.
     *
     * @return epoch milliseconds, or {@link Long#MIN_VALUE} when there is none
     */
    public long maxMillis() {
        long max = Long.MIN_VALUE;
        for (int c = 0; c < ids.size(); c++) {
            if (first(c) < end(c)) {
                max = Math.max(max, millis(end(c) - 1));
            }
        }
        return max;
    }

    /**
     * For each customer of this timeline, the index of the same id in another timeline.
     *
     * @param other another timeline
     * @return per customer, the index in {@code other}, or -1 when {@code other} does not know the
     *         id; null when both share the same customer order (the identity mapping)
     */
    int[] indexIn(ActivityTimeline other) {
        if (ids == other.ids || ids.equals(other.ids)) {
            return null;
        }
        int[] mapping = new int[ids.size()];
        for (int c = 0; c < mapping.length; c++) {
            mapping[c] = other.ids.indexOf(ids.id(c));
        }
        return mapping;
    }
}
