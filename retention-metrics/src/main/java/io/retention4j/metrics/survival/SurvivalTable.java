package io.retention4j.metrics.survival;

import io.retention4j.core.time.TimeScale;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Kaplan-Meier survival curve as a table: one row per distinct exit time (event or censoring
 * time) with the number at risk, events, censored, the survival estimate, its Greenwood standard
 * error and a pointwise confidence interval. Made by {@link KaplanMeier}.
 *
 * <p>Definitions (n_j at risk just before t_j, d_j events at t_j, weighted when the data has weights):
 * <ul>
 *   <li>{@code S(t) = Π_{t_j <= t} (1 - d_j / n_j)}: right-continuous, 1 before the first event;
 *   it reaches 0 when everyone at risk has the event.</li>
 *   <li>Greenwood sum {@code G(t) = Σ_{t_j <= t} d_j / (n_j (n_j - d_j))} (the variance of ln S),
 *   infinite once S = 0; Greenwood variance of S: {@code S(t)^2 G(t)}, NaN once S = 0.</li>
 *   <li>Intervals: see {@link ConfidenceIntervalType}; the table's type and level are fixed at
 *   creation and changed with {@link #withConfidence(ConfidenceIntervalType, double)}.</li>
 * </ul>
 * Queries at any time {@code t} ({@link #survivalAt(double)}, ...) read the step function: the last
 * row at or before {@code t}; before the first row S = 1 with interval [1, 1]; after the last time
 * the last row's value (the curve is carried, as lifelines' {@code predict} does;
 * {@link #lastTime()} says where the data ends).
 *
 * <p>Immutable and thread-safe.
 */
public final class SurvivalTable {
    private static final int PRINT_ALL = 40;
    private static final int PRINT_HEAD = 20;
    private static final int PRINT_TAIL = 10;

    private final double[] times;
    private final double[] atRisk;
    private final double[] events;
    private final double[] censored;
    private final double[] survival;
    private final double[] greenwood;
    private final int subjects;
    private final double totalWeight;
    private final boolean weighted;
    private final boolean lateEntry;
    private final TimeScale unit;
    private final ConfidenceIntervalType type;
    private final double level;
    private final double z;

    SurvivalTable(double[] times, double[] atRisk, double[] events, double[] censored, double[] survival,
                  double[] greenwood, int subjects, double totalWeight, boolean weighted, boolean lateEntry,
                  TimeScale unit, ConfidenceIntervalType type, double level) {
        this.times = times;
        this.atRisk = atRisk;
        this.events = events;
        this.censored = censored;
        this.survival = survival;
        this.greenwood = greenwood;
        this.subjects = subjects;
        this.totalWeight = totalWeight;
        this.weighted = weighted;
        this.lateEntry = lateEntry;
        this.unit = unit;
        this.type = type;
        this.level = level;
        this.z = Stats.z(level);
    }

    /**
     * This curve with other pointwise intervals (the estimates are shared, not recomputed).
     *
     * @param intervalType the interval type
     * @param confidenceLevel the level, in (0, 1), for example 0.95
     * @return the table with the new intervals
     */
    public SurvivalTable withConfidence(ConfidenceIntervalType intervalType, double confidenceLevel) {
        return new SurvivalTable(times, atRisk, events, censored, survival, greenwood, subjects, totalWeight, weighted,
                lateEntry, unit, Args.notNull("intervalType", intervalType), Args.level(confidenceLevel));
    }

    /**
     * The number of rows (distinct exit times).
     *
     * @return the count, at least 1
     */
    public int size() {
        return times.length;
    }

    /**
     * The number of subjects (input rows).
     *
     * @return the count
     */
    public int subjects() {
        return subjects;
    }

    /**
     * The total weight of the subjects (the number of subjects when unweighted).
     *
     * @return the sum of weights
     */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * The total (weighted) number of events.
     *
     * @return the sum of the events column
     */
    public double totalEvents() {
        double sum = 0;
        for (double d : events) {
            sum += d;
        }
        return sum;
    }

    /**
     * The time of a row.
     *
     * @param row a row index, {@code 0 <= row < size()}
     * @return the time
     */
    public double time(int row) {
        return times[row];
    }

    /**
     * The number at risk of a row: the (weighted) number of subjects with {@code entry < t <= exit}.
     *
     * @param row a row index
     * @return n
     */
    public double atRisk(int row) {
        return atRisk[row];
    }

    /**
     * The (weighted) number of events at a row's time.
     *
     * @param row a row index
     * @return d
     */
    public double events(int row) {
        return events[row];
    }

    /**
     * The (weighted) number censored at a row's time.
     *
     * @param row a row index
     * @return the count
     */
    public double censored(int row) {
        return censored[row];
    }

    /**
     * The survival estimate at a row's time (just after its events).
     *
     * @param row a row index
     * @return S(t)
     */
    public double survival(int row) {
        return survival[row];
    }

    /**
     * The Greenwood variance of S at a row: {@code S^2 Σ d / (n (n - d))}.
     *
     * @param row a row index
     * @return the variance; 0 before the first event; NaN once S = 0
     */
    public double variance(int row) {
        return varianceOf(survival[row], greenwood[row]);
    }

    /**
     * The Greenwood standard error of S at a row.
     *
     * @param row a row index
     * @return {@code sqrt(variance(row))}; NaN once S = 0
     */
    public double standardError(int row) {
        return Math.sqrt(variance(row));
    }

    /**
     * The lower confidence bound at a row.
     *
     * @param row a row index
     * @return the bound of this table's type and level; NaN once S = 0
     */
    public double lower(int row) {
        return lowerOf(survival[row], greenwood[row]);
    }

    /**
     * The upper confidence bound at a row.
     *
     * @param row a row index
     * @return the bound of this table's type and level; NaN once S = 0
     */
    public double upper(int row) {
        return upperOf(survival[row], greenwood[row]);
    }

    /**
     * A row as a record.
     *
     * @param row a row index
     * @return the row
     */
    public SurvivalRow row(int row) {
        return new SurvivalRow(times[row], atRisk[row], events[row], censored[row], survival[row],
                standardError(row), lower(row), upper(row));
    }

    /**
     * All rows, in time order (a view; each element is built on access).
     *
     * @return the rows
     */
    public List<SurvivalRow> rows() {
        return new AbstractList<>() {
            @Override
            public SurvivalRow get(int index) {
                return row(index);
            }

            @Override
            public int size() {
                return times.length;
            }
        };
    }

    /**
     * The survival estimate at any time.
     *
     * @param t a time (not NaN)
     * @return S(t): 1 before the first row, the last row's value after the last time
     */
    public double survivalAt(double t) {
        int row = rowAtOrBefore(t);
        return row < 0 ? 1 : survival[row];
    }

    /**
     * The lower confidence bound at any time (the step function of {@link #lower(int)}).
     *
     * @param t a time (not NaN)
     * @return the bound; 1 before the first row
     */
    public double lowerAt(double t) {
        int row = rowAtOrBefore(t);
        return row < 0 ? 1 : lower(row);
    }

    /**
     * The upper confidence bound at any time.
     *
     * @param t a time (not NaN)
     * @return the bound; 1 before the first row
     */
    public double upperAt(double t) {
        int row = rowAtOrBefore(t);
        return row < 0 ? 1 : upper(row);
    }

    /**
     * The last time of the data (largest exit time): beyond it the curve is carried, not observed.
     *
     * @return the time
     */
    public double lastTime() {
        return times[times.length - 1];
    }

    /**
     * The median survival time and its interval, by R's rule (see {@link MedianSurvival}).
     *
     * @return the median; parts are empty when the curve or a band never reaches 0.5
     */
    public MedianSurvival median() {
        double[] lowerBand = new double[times.length];
        double[] upperBand = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            lowerBand[i] = lower(i);
            upperBand[i] = upper(i);
        }
        return new MedianSurvival(MedianRule.firstAtOrBelowHalf(times, survival),
                MedianRule.firstAtOrBelowHalf(times, lowerBand), MedianRule.firstAtOrBelowHalf(times, upperBand),
                level, type);
    }

    /**
     * The restricted mean survival time up to {@code tau}, with its variance (see {@link RestrictedMean}).
     *
     * @param tau the horizon, a finite number {@code >= 0}
     * @return the estimate, variance and interval at this table's level
     */
    public RestrictedMean restrictedMean(double tau) {
        Args.finiteNonNegative("tau", tau);
        // area from 0 to each row's time, then to tau
        double area = 0;
        double previousTime = 0;
        double previousSurvival = 1;
        double[] areaTo = new double[times.length];
        int rowsBefore = 0;
        for (int i = 0; i < times.length && times[i] <= tau; i++) {
            area += (times[i] - previousTime) * previousSurvival;
            areaTo[i] = area;
            previousTime = times[i];
            previousSurvival = survival[i];
            rowsBefore = i + 1;
        }
        double total = area + (tau - previousTime) * previousSurvival;
        double variance = 0;
        for (int i = 0; i < rowsBefore; i++) {
            double n = atRisk[i];
            double d = events[i];
            if (d > 0 && n > d) {
                double after = total - areaTo[i];
                variance += after * after * d / (n * (n - d));
            }
        }
        double se = Math.sqrt(variance);
        return new RestrictedMean(tau, total, variance, se, total - z * se, total + z * se, level);
    }

    /**
     * The interval type of this table.
     *
     * @return the type
     */
    public ConfidenceIntervalType intervalType() {
        return type;
    }

    /**
     * The confidence level of this table's intervals.
     *
     * @return the level, for example 0.95
     */
    public double confidenceLevel() {
        return level;
    }

    /**
     * The unit of the times, when the data stated one.
     *
     * @return the unit or empty
     */
    public Optional<TimeScale> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * The times of the rows.
     *
     * @return a copy
     */
    public double[] times() {
        return times.clone();
    }

    /**
     * The survival estimates of the rows.
     *
     * @return a copy
     */
    public double[] survivals() {
        return survival.clone();
    }

    private int rowAtOrBefore(double t) {
        Args.notNaN("t", t);
        int i = Arrays.binarySearch(times, t);
        if (i >= 0) {
            return i;
        }
        return -i - 2;
    }

    private static double varianceOf(double s, double g) {
        return s == 0 ? Double.NaN : s * s * g;
    }

    private double lowerOf(double s, double g) {
        return s == 0 ? Double.NaN : type.lower(s, g, z);
    }

    private double upperOf(double s, double g) {
        return s == 0 ? Double.NaN : type.upper(s, g, z);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Kaplan-Meier: %,d subjects, %s events%s%s, %s; %s %s intervals%s%n",
                subjects, Format.count(totalEvents()), weighted ? " (weighted: total " + Format.count(totalWeight) + ")"
                        : "", lateEntry ? ", late entry" : "", median(), Format.level(level),
                type == ConfidenceIntervalType.LOG ? "log" : "log-log", unit == null ? "" : ", time in " + unit));
        String lowerHead = "lower " + Format.level(level);
        String upperHead = "upper " + Format.level(level);
        sb.append(String.format(Locale.ROOT, "%10s %9s %8s %8s %9s %9s %10s %10s%n", "time", "at risk", "events",
                "censored", "survival", "std.err", lowerHead, upperHead));
        int n = times.length;
        for (int i = 0; i < n; i++) {
            if (n > PRINT_ALL && i == PRINT_HEAD) {
                sb.append(String.format(Locale.ROOT, "%10s (%,d more rows)%n", "...", n - PRINT_HEAD - PRINT_TAIL));
                i = n - PRINT_TAIL;
            }
            sb.append(String.format(Locale.ROOT, "%10s %9s %8s %8s %9.6f %9.6f %10.6f %10.6f%n",
                    Format.number(times[i]), Format.count(atRisk[i]), Format.count(events[i]),
                    Format.count(censored[i]), survival[i], standardError(i), lower(i), upper(i)));
        }
        return sb.toString();
    }
}
