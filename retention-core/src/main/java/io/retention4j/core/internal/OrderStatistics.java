package io.retention4j.core.internal;

import java.util.Arrays;

/**
 * Order statistics of a {@code double} column without sorting all of it: the values that would sit
 * at given positions of the ascending sort. Integral values in a small range (counts, days) are
 * counted in a histogram (O(n + range)); anything else is partially sorted by a multi-position
 * quickselect with three-way partitioning (O(n log p) expected for p positions; heavy ties cost
 * nothing extra), falling back to a full sort of a sub-range when recursion gets deep. The input is
 * never modified. Values must be finite; -0.0 and 0.0 are equal (both returned as 0.0).
 */
public final class OrderStatistics {
    private static final int INSERTION_SORT_MAX = 24;
    /** 2^53: below it every integral double converts to long exactly. */
    private static final double EXACT_LONG = 9_007_199_254_740_992.0;

    private OrderStatistics() {
    }

    /**
     * The values at the given positions of the ascending order.
     *
     * @param values    finite values (not modified)
     * @param positions 0-based positions, ascending, each in {@code 0 .. values.length - 1}
     * @return one value per position
     */
    public static double[] select(double[] values, int[] positions) {
        int n = values.length;
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0 || positions[i] >= n || (i > 0 && positions[i] < positions[i - 1])) {
                throw new IllegalArgumentException("positions must be ascending within 0.." + (n - 1)
                        + ", got " + Arrays.toString(positions));
            }
        }
        if (positions.length == 0) {
            return new double[0];
        }
        double[] counted = byCounting(values, positions);
        if (counted != null) {
            return counted;
        }
        double[] work = values.clone();
        multiSelect(work, 0, n - 1, positions, 0, positions.length - 1, 2 * (64 - Long.numberOfLeadingZeros(n)));
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = work[positions[i]] + 0.0;
        }
        return out;
    }

    /**
     * The histogram path, or null unless the values are integers of magnitude at most 2^53 in a range
     * of at most 4n + 1024.
     */
    private static double[] byCounting(double[] values, int[] positions) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v != Math.rint(v)) {
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        if (!(range <= 4.0 * values.length + 1024) || Math.abs(min) > EXACT_LONG || Math.abs(max) > EXACT_LONG) {
            return null;
        }
        int[] counts = new int[(int) range + 1];
        long base = (long) min;
        for (double v : values) {
            counts[(int) ((long) v - base)]++;
        }
        double[] out = new double[positions.length];
        long seen = 0;
        int bucket = 0;
        for (int i = 0; i < positions.length; i++) {
            while (seen + counts[bucket] <= positions[i]) {
                seen += counts[bucket];
                bucket++;
            }
            out[i] = (double) (base + bucket) + 0.0;
        }
        return out;
    }

    /** Puts the values of positions[pLo..pHi] in their sorted places within a[lo..hi]. */
    private static void multiSelect(double[] a, int lo, int hi, int[] positions, int pLo, int pHi, int depth) {
        while (pLo <= pHi) {
            if (hi - lo < INSERTION_SORT_MAX) {
                insertionSort(a, lo, hi);
                return;
            }
            if (depth-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            double pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi]);
            // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                double v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            int firstEqual = firstAtLeast(positions, pLo, pHi, lt);
            int firstAbove = firstAtLeast(positions, firstEqual, pHi, gt + 1);
            if (firstEqual - 1 >= pLo) {
                multiSelect(a, lo, lt - 1, positions, pLo, firstEqual - 1, depth);
            }
            lo = gt + 1;
            pLo = firstAbove;
        }
    }

    /** The first index in positions[from..to] whose value is at least {@code bound}, or to + 1. */
    private static int firstAtLeast(int[] positions, int from, int to, int bound) {
        int i = from;
        while (i <= to && positions[i] < bound) {
            i++;
        }
        return i;
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
