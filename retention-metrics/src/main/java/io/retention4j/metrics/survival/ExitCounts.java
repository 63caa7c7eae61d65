package io.retention4j.metrics.survival;

import io.retention4j.metrics.internal.SortOrder;

/**
 * The distinct exit times of survival data in ascending order, with the (weighted) number of events
 * and of censorings at each: one sort, then one sequential pass.
 */
record ExitCounts(double[] times, double[] events, double[] censored) {

    static ExitCounts of(SurvivalData data) {
        double[] durations = data.durationArray();
        int[] flags = data.eventArray();
        double[] weights = data.weightArrayOrNull();
        return weights == null ? unweighted(SortOrder.sortedWithFlags(durations, flags))
                : weighted(SortOrder.sortedWithFlagsAndOrder(durations, flags), weights);
    }

    /** From keys packed with their event flags: no permutation, sequential reads only. */
    private static ExitCounts unweighted(long[] packed) {
        int m = distinctKeys(packed);
        double[] times = new double[m];
        double[] events = new double[m];
        double[] censored = new double[m];
        int row = -1;
        long previous = -1;
        for (long p : packed) {
            long key = p >>> 1;
            if (key != previous) {
                row++;
                times[row] = SortOrder.key(p);
                previous = key;
            }
            if (SortOrder.flag(p) == 1) {
                events[row]++;
            } else {
                censored[row]++;
            }
        }
        return new ExitCounts(times, events, censored);
    }

    /** From packed keys and the permutation, which picks each subject's weight. */
    private static ExitCounts weighted(SortOrder.Sorted sorted, double[] weights) {
        long[] packed = sorted.keys();
        int[] order = sorted.payload();
        double[] times = new double[distinctKeys(packed)];
        double[] events = new double[times.length];
        double[] censored = new double[times.length];
        int row = -1;
        long previous = -1;
        for (int j = 0; j < packed.length; j++) {
            long p = packed[j];
            long key = p >>> 1;
            if (key != previous) {
                row++;
                times[row] = SortOrder.key(p);
                previous = key;
            }
            if (SortOrder.flag(p) == 1) {
                events[row] += weights[order[j]];
            } else {
                censored[row] += weights[order[j]];
            }
        }
        return new ExitCounts(times, events, censored);
    }

    private static int distinctKeys(long[] packed) {
        int m = 0;
        long previous = -1;
        for (long p : packed) {
            long key = p >>> 1;
            if (key != previous) {
                m++;
                previous = key;
            }
        }
        return m;
    }
}
