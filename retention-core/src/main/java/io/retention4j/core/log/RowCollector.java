package io.retention4j.core.log;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.Interner;
import io.retention4j.core.internal.LogSorter;
import java.util.Arrays;

/**
 * The customer and time columns shared by the log builders, and the canonical sort that turns them
 * into a log: customers in canonical order ({@link CanonicalCodes}), rows by (customer, time), input order kept for ties.
 */
final class RowCollector {
    private final Interner customers = new Interner();
    private int[] codes = new int[1024];
    private long[] millis = new long[1024];
    private int size;

    /** The sorted result: the customer dictionary, where each customer starts, and the row order. */
    static final class Sorted {
        final IdDictionary customers;
        final LogSorter.Order order;

        Sorted(IdDictionary customers, LogSorter.Order order) {
            this.customers = customers;
            this.order = order;
        }
    }

    /** Appends a row and returns its input index. */
    int add(String customerId, long epochMillis) {
        Checks.notBlank("customerId", customerId);
        if (size == codes.length) {
            int capacity = grownCapacity(size);
            codes = Arrays.copyOf(codes, capacity);
            millis = Arrays.copyOf(millis, capacity);
        }
        codes[size] = customers.intern(customerId);
        millis[size] = epochMillis;
        return size++;
    }

    static int grownCapacity(int size) {
        if (size >= Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("a log holds at most " + (Integer.MAX_VALUE - 16) + " rows");
        }
        return (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(1024L, size * 3L / 2));
    }

    int size() {
        return size;
    }

    /** The capacity that parallel columns should have to hold row {@code size()}. */
    int capacity() {
        return codes.length;
    }

    /**
     * Sorts the rows canonically.
     *
     * @param amounts  an amount column to carry along (length at least size()), or null
     * @param needRows whether further columns will be gathered through {@code order.rows}
     */
    Sorted sort(double[] amounts, boolean needRows) {
        CanonicalCodes canonical = CanonicalCodes.of(customers.values());
        int[] ranked = new int[size];
        for (int i = 0; i < size; i++) {
            ranked[i] = canonical.code(codes[i]);
        }
        LogSorter.Order order = LogSorter.sort(ranked, millis, amounts, size, canonical.dictionary.size(), needRows);
        return new Sorted(canonical.dictionary, order);
    }
}
