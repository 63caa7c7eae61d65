package io.retention4j.metrics.clv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The input of the shifted-beta-geometric model: contractual cohorts, each given as the number of
 * customers alive at the start of period 0, 1, 2, ... (period 0 is the cohort size, period t counts
 * those who renewed t times). From these, the customers who churned in period t are
 * {@code alive[t-1] - alive[t]}, and the {@code alive[last]} customers still active are censored
 * at the last period. Several cohorts of different ages may be given (Fader &amp; Hardie's
 * multi-cohort setting); they share the model's parameters.
 *
 * <p>Rules, checked with a message naming the cohort and period: counts {@code >= 0} and never
 * increasing; a cohort starts with at least one customer and spans at least one period; at least
 * one cohort spans two periods or more, because one period shows only the mean churn rate. Immutable
 * and thread-safe.
 */
public final class SbgData {
    private final int[][] cohorts;
    private final double[] churned;  // [t], t = 1..periods, summed over cohorts
    private final double[] censored; // [t], cohorts whose last observed period is t
    private final double customers;

    private SbgData(int[][] cohorts) {
        this.cohorts = cohorts;
        int periods = 0;
        for (int[] c : cohorts) {
            periods = Math.max(periods, c.length - 1);
        }
        churned = new double[periods + 1];
        censored = new double[periods + 1];
        double total = 0;
        for (int[] c : cohorts) {
            total += c[0];
            for (int t = 1; t < c.length; t++) {
                churned[t] += c[t - 1] - c[t];
            }
            censored[c.length - 1] += c[c.length - 1];
        }
        customers = total;
    }

    /**
     * One cohort: customers alive at the start of periods 0, 1, ..., as in Fader &amp; Hardie
     * (2007) Table 1 (1000, 631, 468, ...).
     *
     * @param alive at least three counts (two periods), non-increasing, the first positive
     * @return the data
     * @throws IllegalArgumentException naming the first bad count
     */
    public static SbgData ofAlive(int... alive) {
        Objects.requireNonNull(alive, "alive");
        if (alive.length < 3) {
            throw new IllegalArgumentException("need the cohort size and at least two periods (3 counts), got "
                    + alive.length + " counts " + Arrays.toString(alive) + ": one period shows only the mean churn rate");
        }
        return ofCohorts(alive);
    }

    /**
     * Several cohorts, each as the customers alive at the start of its periods 0, 1, ...
     *
     * @param cohorts one array of counts per cohort, each with at least two counts; the longest with
     *                at least three
     * @return the data
     * @throws IllegalArgumentException naming the first bad cohort and count
     */
    public static SbgData ofCohorts(int[]... cohorts) {
        Objects.requireNonNull(cohorts, "cohorts");
        if (cohorts.length == 0) {
            throw new IllegalArgumentException("no cohorts: the data needs at least one");
        }
        int[][] copy = new int[cohorts.length][];
        int longest = 0;
        for (int k = 0; k < cohorts.length; k++) {
            int[] c = Objects.requireNonNull(cohorts[k], "cohort " + k);
            check(k, c);
            copy[k] = c.clone();
            longest = Math.max(longest, c.length);
        }
        if (longest < 3) {
            throw new IllegalArgumentException("every cohort spans one period only: need a cohort observed for at "
                    + "least two periods, since one period shows only the mean churn rate");
        }
        return new SbgData(copy);
    }

    private static void check(int cohort, int[] alive) {
        if (alive.length < 2) {
            throw new IllegalArgumentException("cohort " + cohort + " needs its size and at least one period, got "
                    + Arrays.toString(alive));
        }
        if (alive[0] <= 0) {
            throw new IllegalArgumentException("cohort " + cohort + " is empty: its size (period 0) must be > 0, got "
                    + alive[0]);
        }
        for (int t = 1; t < alive.length; t++) {
            if (alive[t] < 0) {
                throw new IllegalArgumentException("cohort " + cohort + ", period " + t
                        + ": alive count must be >= 0, got " + alive[t]);
            }
            if (alive[t] > alive[t - 1]) {
                throw new IllegalArgumentException("cohort " + cohort + ", period " + t + ": alive count " + alive[t]
                        + " exceeds the " + alive[t - 1] + " of period " + (t - 1)
                        + " (customers alive at the start of each period cannot increase)");
            }
        }
    }

    /**
     * The number of cohorts.
     *
     * @return the count
     */
    public int cohorts() {
        return cohorts.length;
    }

    /**
     * The alive counts of a cohort, as given.
     *
     * @param cohort 0..cohorts()-1
     * @return a copy
     */
    public int[] alive(int cohort) {
        return cohorts[cohort].clone();
    }

    /**
     * The number of periods of the longest cohort.
     *
     * @return the periods
     */
    public int periods() {
        return churned.length - 1;
    }

    /**
     * The customers of all cohorts: the sum of the cohort sizes.
     *
     * @return the count
     */
    public double customers() {
        return customers;
    }

    /**
     * Customers lost at the t-th renewal opportunity, {@code alive[t-1] - alive[t]}, summed over
     * cohorts (the sBG probability of each such loss is P(T = t)).
     *
     * @param t 1..periods()
     * @return the count
     */
    public double churned(int t) {
        return churned[t];
    }

    /**
     * Customers still active at the end of observation whose last observed period is t, summed over
     * cohorts (right-censored: they have survived t periods, their churn time is unknown).
     *
     * @param t 1..periods()
     * @return the count
     */
    public double censored(int t) {
        return censored[t];
    }

    @Override
    public String toString() {
        double churners = 0;
        for (double c : churned) {
            churners += c;
        }
        return String.format(Locale.ROOT, "SbgData[%d cohort%s, %,.0f customers, %,.0f churned, %,.0f still active, "
                + "up to %d periods]", cohorts.length, cohorts.length == 1 ? "" : "s", customers, churners,
                customers - churners, periods());
    }
}
