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
                : weighted(durations, flags, weights, SortOrder.ascending(durations));
    }

    /** From keys packed with their event flags: no permutation, sequential reads only. */
    private static ExitCounts unweighted(long[] packed) {
        int m = 0;
        long previous = -1;
        for (long p : packed) {
            long key = p >>> 1;
            if (key != previous) {
                m++;
                previous = key;
            }
        }
        double[] times = new double[m];
        double[] events = new double[m];
        double[] censored = new double[m];
        int row = -1;
        previous = -1;
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

    private static ExitCounts weighted(double[] durations, int[] flags, double[] weights, int[] order) {
        int n = durations.length;
        int m = 0;
        for (int j = 0; j < n; j++) {
            if (j == 0 || durations[order[j]] != durations[order[j - 1]]) {
                m++;
            }
        }
        double[] times = new double[m];
        double[] events = new double[m];
        double[] censored = new double[m];
        int row = -1;
        for (int j = 0; j < n; j++) {
            int i = order[j];
            if (j == 0 || durations[i] != durations[order[j - 1]]) {
                row++;
                times[row] = durations[i] + 0.0;
            }
            if (flags[i] == 1) {
                events[row] += weights[i];
            } else {
                censored[row] += weights[i];
            }
        }
        return new ExitCounts(times, events, censored);
    }
}
