package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.metrics.internal.RowGroups;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The input of the {@link GammaGammaModel Gamma-Gamma spend model}: per repeat buyer the number of
 * repeat purchases x ({@code >= 1}) and their mean value m̄ (the summary's monetary value: the mean
 * value of the repeat purchase periods, first purchase excluded), with an optional weight (how many
 * customers a row stands for). Values are in a currency of the caller's choice; the model keeps it.
 *
 * <p>Identical (x, m̄) rows are merged on construction and their weights added, so a fit costs time
 * in the number of distinct rows. The distinct frequencies are indexed so that a likelihood
 * evaluates its gamma functions once per distinct x.
 *
 * <p>Rules, checked row by row with a message naming the row (or the customer, for a summary):
 * {@code x >= 1}; m̄ finite and {@code > 0} (the model is a density on positive values: a zero or
 * negative mean has likelihood 0); weights finite and positive; at least one row. From a summary,
 * customers with x = 0 have no repeat purchases to average and are left out and counted
 * ({@link #excludedWithoutRepeat()}). Immutable and thread-safe.
 */
public final class SpendData {
    private final int[] x;
    private final double[] meanSpend;
    private final double[] logMeanSpend;
    private final double[] weight;
    private final double totalWeight;
    private final int inputRows;
    private final int excludedWithoutRepeat;
    private final int excludedNonPositive;
    private final int[] distinctX;
    private final int[] xIndex;

    private SpendData(int[] x, double[] meanSpend, double[] weight, int inputRows, int excludedWithoutRepeat,
                      int excludedNonPositive) {
        this.x = x;
        this.meanSpend = meanSpend;
        this.weight = weight;
        this.inputRows = inputRows;
        this.excludedWithoutRepeat = excludedWithoutRepeat;
        this.excludedNonPositive = excludedNonPositive;
        this.logMeanSpend = new double[x.length];
        double w = 0;
        for (int i = 0; i < x.length; i++) {
            logMeanSpend[i] = Math.log(meanSpend[i]);
            w += weight[i];
        }
        this.totalWeight = w;
        this.distinctX = Arrays.stream(x).distinct().sorted().toArray();
        this.xIndex = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            xIndex[i] = Arrays.binarySearch(distinctX, x[i]);
        }
    }

    /**
     * The repeat buyers of a summary: customers with x = 0 are left out (and counted); every
     * customer with x &gt; 0 must have a positive monetary value.
     *
     * @param summary an RFM summary
     * @return the data
     * @throws IllegalArgumentException naming the first repeat buyer whose monetary value is not
     *                                  positive, or when no customer has a repeat purchase
     */
    public static SpendData of(RfmSummary summary) {
        return fromSummary(summary, false);
    }

    /**
     * The repeat buyers of a summary whose mean repeat spend is positive: customers with x = 0 and
     * repeat buyers whose monetary value is zero (for example, only free items after the first
     * purchase) are both left out and counted ({@link #excludedWithoutRepeat()},
     * {@link #excludedNonPositiveSpend()}).
     *
     * @param summary an RFM summary
     * @return the data
     * @throws IllegalArgumentException when no customer is left
     */
    public static SpendData ofPositiveSpend(RfmSummary summary) {
        return fromSummary(summary, true);
    }

    private static SpendData fromSummary(RfmSummary summary, boolean skipNonPositive) {
        Objects.requireNonNull(summary, "summary");
        int n = summary.size();
        int[] xs = new int[n];
        double[] ms = new double[n];
        int kept = 0;
        int noRepeat = 0;
        int nonPositive = 0;
        for (int i = 0; i < n; i++) {
            int f = summary.frequency(i);
            double m = summary.monetaryValue(i);
            if (f == 0) {
                noRepeat++;
                continue;
            }
            if (!(m > 0) || Double.isInfinite(m)) {
                if (skipNonPositive && !Double.isNaN(m) && !Double.isInfinite(m)) {
                    nonPositive++;
                    continue;
                }
                throw new IllegalArgumentException("mean repeat spend must be a positive finite number, got " + m
                        + " for customer '" + summary.customerId(i) + "' (row " + i + ", frequency " + f
                        + "): the Gamma-Gamma model has no density at zero or negative values"
                        + (skipNonPositive ? "" : "; use SpendData.ofPositiveSpend to leave such customers out"));
            }
            xs[kept] = f;
            ms[kept] = m;
            kept++;
        }
        if (kept == 0) {
            throw new IllegalArgumentException("no repeat buyer with positive spend in the summary (" + n
                    + " customers, " + noRepeat + " without a repeat purchase, " + nonPositive
                    + " with zero spend): the Gamma-Gamma model needs customers with x > 0");
        }
        return compress(Arrays.copyOf(xs, kept), Arrays.copyOf(ms, kept), null, noRepeat, nonPositive);
    }

    /**
     * Data from columns, one repeat buyer per row.
     *
     * @param x         repeat purchases per customer, {@code >= 1}
     * @param meanSpend mean value of those purchases per customer, positive and finite
     * @return the data
     * @throws IllegalArgumentException naming the first bad row
     */
    public static SpendData of(int[] x, double[] meanSpend) {
        return of(x, meanSpend, null);
    }

    /**
     * Data from weighted rows: row i stands for {@code weights[i]} customers with the same statistics.
     *
     * @param x         repeat purchases per row, {@code >= 1}
     * @param meanSpend mean value of those purchases per row, positive and finite
     * @param weights   positive finite weight per row, or null for all 1
     * @return the data
     * @throws IllegalArgumentException naming the first bad row
     */
    public static SpendData of(int[] x, double[] meanSpend, double[] weights) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(meanSpend, "meanSpend");
        int n = x.length;
        if (meanSpend.length != n || (weights != null && weights.length != n)) {
            throw new IllegalArgumentException("column lengths differ: x " + n + ", meanSpend " + meanSpend.length
                    + (weights == null ? "" : ", weights " + weights.length));
        }
        if (n == 0) {
            throw new IllegalArgumentException("no customers: the spend data needs at least one row");
        }
        for (int i = 0; i < n; i++) {
            String where = " (row " + i + ": x=" + x[i] + ", meanSpend=" + meanSpend[i] + ")";
            if (x[i] < 1) {
                throw new IllegalArgumentException("frequency x must be >= 1: the Gamma-Gamma model averages "
                        + "repeat purchases, and customers without one have no mean spend" + where);
            }
            if (!(meanSpend[i] > 0) || Double.isInfinite(meanSpend[i])) {
                throw new IllegalArgumentException("mean spend must be a positive finite number: the Gamma-Gamma "
                        + "model has no density at zero or negative values" + where);
            }
            double w = weights == null ? 1 : weights[i];
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight must be a positive finite number, got " + w + where);
            }
        }
        return compress(x, meanSpend, weights, 0, 0);
    }

    private static SpendData compress(int[] x, double[] m, double[] weights, int noRepeat, int nonPositive) {
        int n = x.length;
        RowGroups groups = RowGroups.of(n, new RowGroups.Key() {
            @Override
            public long hash(int i) {
                return x[i] * 31L + Double.doubleToLongBits(m[i]);
            }

            @Override
            public boolean same(int i, int j) {
                return x[i] == x[j] && m[i] == m[j];
            }
        });
        int rows = groups.groups();
        int[] outX = new int[rows];
        double[] outM = new double[rows];
        double[] outW = new double[rows];
        for (int g = 0; g < rows; g++) {
            outX[g] = x[groups.firstRow(g)];
            outM[g] = m[groups.firstRow(g)];
        }
        for (int i = 0; i < n; i++) {
            outW[groups.groupOf(i)] += weights == null ? 1 : weights[i];
        }
        return new SpendData(outX, outM, outW, n, noRepeat, nonPositive);
    }

    /**
     * The number of distinct rows after compression.
     *
     * @return the row count
     */
    public int rows() {
        return x.length;
    }

    /**
     * The number of input rows before compression (for a summary: the repeat buyers kept).
     *
     * @return the count
     */
    public int inputRows() {
        return inputRows;
    }

    /**
     * The number of customers the data stands for: the sum of the weights.
     *
     * @return the total weight
     */
    public double customers() {
        return totalWeight;
    }

    /**
     * How many customers of the summary were left out because they made no repeat purchase (x = 0).
     *
     * @return the count; 0 for data built from arrays
     */
    public int excludedWithoutRepeat() {
        return excludedWithoutRepeat;
    }

    /**
     * How many repeat buyers of the summary were left out by {@link #ofPositiveSpend} because their
     * mean repeat spend was zero or negative.
     *
     * @return the count; 0 unless built by {@link #ofPositiveSpend}
     */
    public int excludedNonPositiveSpend() {
        return excludedNonPositive;
    }

    /**
     * Frequency of row i.
     *
     * @param i a row
     * @return x, {@code >= 1}
     */
    public int x(int i) {
        return x[i];
    }

    /**
     * Mean repeat spend of row i.
     *
     * @param i a row
     * @return m̄, positive
     */
    public double meanSpend(int i) {
        return meanSpend[i];
    }

    /**
     * Weight of row i.
     *
     * @param i a row
     * @return the number of customers with these statistics
     */
    public double weight(int i) {
        return weight[i];
    }

    /**
     * The weighted mean of m̄ over customers: {@code Σ w_i m̄_i / Σ w_i}.
     *
     * @return the mean repeat spend of the repeat buyers
     */
    public double averageMeanSpend() {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += weight[i] * meanSpend[i];
        }
        return s / totalWeight;
    }

    double logMeanSpend(int i) {
        return logMeanSpend[i];
    }

    int[] distinctX() {
        return distinctX;
    }

    int xIndex(int i) {
        return xIndex[i];
    }

    @Override
    public String toString() {
        String excluded = excludedWithoutRepeat == 0 && excludedNonPositive == 0 ? ""
                : String.format(Locale.ROOT, "; left out: %,d without a repeat purchase%s", excludedWithoutRepeat,
                        excludedNonPositive == 0 ? "" : String.format(Locale.ROOT,
                                ", %,d with zero mean spend", excludedNonPositive));
        return String.format(Locale.ROOT, "SpendData[%,.0f repeat buyers in %,d distinct rows (%,d input rows), "
                        + "mean spend %.2f, %d distinct x%s]", totalWeight, rows(), inputRows, averageMeanSpend(),
                distinctX.length, excluded);
    }
}
