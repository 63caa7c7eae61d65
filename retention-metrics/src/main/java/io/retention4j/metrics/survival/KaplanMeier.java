package io.retention4j.metrics.survival;

import io.retention4j.metrics.internal.SortOrder;

/**
 * The Kaplan-Meier estimator of a survival curve from right-censored durations, optionally weighted
 * and with late entry (see {@link SurvivalData} for the at-risk convention, {@link SurvivalTable} for
 * the definitions of every number).
 *
 * <pre>{@code
 * SurvivalTable km = KaplanMeier.fit(new double[] {34, 32, 9, 19, 50, 48}, new int[] {1, 1, 1, 1, 0, 0});
 * km.survivalAt(19);      // 0.666667
 * km.median();            // 33: S is exactly 0.5 on [32, 34)
 * }</pre>
 *
 * <p>Intervals default to log-log at 95% (lifelines' default); use
 * {@link SurvivalTable#withConfidence(ConfidenceIntervalType, double)} for R's log type or another
 * level. Cost: one linear-time radix sort of the durations (and of the entry times), then one pass.
 */
public final class KaplanMeier {
    /** The default interval type. */
    public static final ConfidenceIntervalType DEFAULT_INTERVAL = ConfidenceIntervalType.LOG_LOG;
    /** The default confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;

    private KaplanMeier() {
    }

    /**
     * Fits unweighted durations without late entry.
     *
     * @param durations per subject, a finite number {@code >= 0}
     * @param events    per subject, 1 for an event, 0 for censored
     * @return the survival table
     * @throws IllegalArgumentException for empty input, different lengths or a value out of range
     */
    public static SurvivalTable fit(double[] durations, int[] events) {
        return fit(SurvivalData.of(durations, events));
    }

    /**
     * Fits the time-to-churn curve of customers.
     *
     * @param churn each customer's time to churn or censoring
     * @return the survival table, times in the churn definition's unit
     */
    public static SurvivalTable fit(ChurnDurations churn) {
        return fit(Args.notNull("churn", churn).toSurvivalData());
    }

    /**
     * Fits.
     *
     * @param data durations, events, optional weights and entry times
     * @return the survival table, with log-log 95% intervals
     */
    public static SurvivalTable fit(SurvivalData data) {
        Args.notNull("data", data);
        ExitCounts exits = ExitCounts.of(data);
        double[] times = exits.times();
        double[] events = exits.events();
        double[] censored = exits.censored();
        int rows = times.length;
        double[] atRisk = data.hasEntryTimes() ? atRiskWithLateEntry(data, exits) : atRiskFromTheStart(data, exits);
        double[] survival = new double[rows];
        double[] greenwood = new double[rows];
        double s = 1;
        double g = 0;
        for (int r = 0; r < rows; r++) {
            double n = atRisk[r];
            double d = events[r];
            if (d > 0) {
                if (d >= n) {
                    s = 0;
                    g = Double.POSITIVE_INFINITY;
                } else {
                    s *= (n - d) / n;
                    g += d / (n * (n - d));
                }
            }
            survival[r] = s;
            greenwood[r] = g;
        }
        return new SurvivalTable(times, atRisk, events, censored, survival, greenwood, data.size(), totalWeight(data),
                data.hasWeights(), data.hasEntryTimes(), data.unit().orElse(null), DEFAULT_INTERVAL, DEFAULT_LEVEL);
    }

    private static double totalWeight(SurvivalData data) {
        double[] weights = data.weightArrayOrNull();
        if (weights == null) {
            return data.size();
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /** Everyone is at risk from the start: n at a time is the total minus all who left before it. */
    private static double[] atRiskFromTheStart(SurvivalData data, ExitCounts exits) {
        double[] atRisk = new double[exits.times().length];
        double remaining = totalWeight(data);
        for (int r = 0; r < atRisk.length; r++) {
            atRisk[r] = remaining;
            remaining -= exits.events()[r] + exits.censored()[r];
        }
        return atRisk;
    }

    /** At risk on (entry, exit]: those who entered before the time minus those who left before it. */
    private static double[] atRiskWithLateEntry(SurvivalData data, ExitCounts exits) {
        double[] entries = data.entryArrayOrNull();
        int[] entryOrder = SortOrder.ascending(entries);
        double[] times = exits.times();
        double[] atRisk = new double[times.length];
        double entered = 0;
        double exited = 0;
        int next = 0;
        for (int r = 0; r < times.length; r++) {
            while (next < entries.length && entries[entryOrder[next]] < times[r]) {
                entered += data.weight(entryOrder[next]);
                next++;
            }
            atRisk[r] = entered - exited;
            exited += exits.events()[r] + exits.censored()[r];
        }
        return atRisk;
    }
}
