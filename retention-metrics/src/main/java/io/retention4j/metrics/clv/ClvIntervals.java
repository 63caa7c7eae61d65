package io.retention4j.metrics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lifetime values with parametric-bootstrap intervals (see
 * {@link CustomerLifetimeValue#intervals}): for each customer, the percentiles of the value
 * recomputed under parameters drawn from the fitted models' asymptotic distributions. The interval
 * expresses how uncertain the <em>expected</em> value is because the parameters were estimated
 * from finite data; it is not the range of what one customer will actually spend, which is much
 * wider. Immutable and thread-safe.
 */
public final class ClvIntervals {
    private final ClvEstimates point;
    private final double[] lower;
    private final double[] upper;
    private final double level;
    private final int draws;
    private final long seed;

    ClvIntervals(ClvEstimates point, double[] lower, double[] upper, double level, int draws, long seed) {
        this.point = point;
        this.lower = lower;
        this.upper = upper;
        this.level = level;
        this.draws = draws;
        this.seed = seed;
    }

    /**
     * The point estimates, at the fitted parameters.
     *
     * @return the estimates
     */
    public ClvEstimates point() {
        return point;
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int size() {
        return lower.length;
    }

    /**
     * The lower end of row i's interval: the {@code (1 - level) / 2} quantile of its bootstrap values
     * (linear interpolation between order statistics).
     *
     * @param i a row of the summary
     * @return the lower bound, in currency units
     */
    public double lower(int i) {
        return lower[i];
    }

    /**
     * The upper end of row i's interval: the {@code (1 + level) / 2} quantile of its bootstrap values.
     * {@code +Infinity} when more than that share of the draws has an infinite expected spend (a drawn
     * q &lt;= 1 and no repeat purchase).
     *
     * @param i a row of the summary
     * @return the upper bound, in currency units
     */
    public double upper(int i) {
        return upper[i];
    }

    /**
     * One customer's value and interval.
     *
     * @param i a row
     * @return the interval
     */
    public ClvInterval get(int i) {
        return new ClvInterval(point.customerId(i), point.value(i), lower[i], upper[i]);
    }

    /**
     * The customers of highest point value, highest first (ties in summary order).
     *
     * @param n how many, {@code >= 0}
     * @return the intervals
     */
    public List<ClvInterval> top(int n) {
        List<ClvInterval> out = new ArrayList<>();
        for (int i : ClvEstimates.topRows(point.values(), n)) {
            out.add(get(i));
        }
        return out;
    }

    /**
     * The interval's coverage level.
     *
     * @return for example 0.95
     */
    public double level() {
        return level;
    }

    /**
     * The number of parameter draws.
     *
     * @return the count
     */
    public int draws() {
        return draws;
    }

    /**
     * The seed of the draws; the same seed, data and models give the same intervals.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Customer lifetime value of %,d customers with %.0f%% bootstrap intervals (%,d draws, seed %d; %s)%n",
                size(), level * 100, draws, seed, point.description()));
        sb.append(String.format(Locale.ROOT, "  %-12s %12s %12s %12s%n", "customer", "value", "lower", "upper"));
        for (ClvInterval e : top(10)) {
            sb.append(String.format(Locale.ROOT, "  %-12s %12.2f %12.2f %12.2f%n",
                    ClvEstimates.abbreviate(e.customerId()), e.value(), e.lower(), e.upper()));
        }
        if (size() > 10) {
            sb.append("  ... ").append(size() - 10).append(" more (top 10 by value shown)\n");
        }
        return sb.toString();
    }
}
