package io.retention4j.core.internal;

import java.util.Arrays;

/**
 * A multiset of {@code long} values kept in one sorted primitive array: {@link #add(long)} and
 * {@link #remove(long)} find the place (by a backward scan for short lists, by binary search for
 * longer ones) and shift the tail, so they cost at most a memory move of n values, which for the
 * short lists of a customer's gaps between purchases beats any tree or heap; {@link #median()} is
 * O(1). The
 * median of an even count is the mean of the two middle values. Not thread-safe; reused by clearing.
 */
public final class SortedLongs {
    private static final int LINEAR_INSERT = 64;

    private long[] values = new long[16];
    private int size;

    /** Removes every value. */
    public void clear() {
        size = 0;
    }

    /**
     * The number of values.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Adds a value.
     *
     * @param value the value
     */
    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        if (size < LINEAR_INSERT) {
            // short lists: one insertion-sort step is cheaper than a search and an arraycopy call
            int i = size;
            while (i > 0 && values[i - 1] > value) {
                values[i] = values[i - 1];
                i--;
            }
            values[i] = value;
        } else {
            int i = Arrays.binarySearch(values, 0, size, value);
            if (i < 0) {
                i = -i - 1;
            }
            System.arraycopy(values, i, values, i + 1, size - i);
            values[i] = value;
        }
        size++;
    }

    /**
     * Removes one occurrence of a value.
     *
     * @param value the value
     * @throws IllegalArgumentException when the value is not held
     */
    public void remove(long value) {
        int i = Arrays.binarySearch(values, 0, size, value);
        if (i < 0) {
            throw new IllegalArgumentException("value " + value + " is not among the " + size + " values");
        }
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
    }

    /**
     * The median of the values.
     *
     * @return the middle value, or the mean of the two middle values for an even count
     * @throws IllegalStateException when there is no value
     */
    public double median() {
        if (size == 0) {
            throw new IllegalStateException("the median of no values is undefined");
        }
        int mid = size >>> 1;
        return (size & 1) == 1 ? values[mid] : ((double) values[mid - 1] + values[mid]) / 2;
    }
}
