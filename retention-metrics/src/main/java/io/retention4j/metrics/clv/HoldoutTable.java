package io.retention4j.metrics.clv;

import io.retention4j.core.summary.CalibrationHoldout;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.util.Locale;
import java.util.Objects;

/**
 * Calibration/holdout validation of a transaction model: customers are binned by their
 * calibration frequency x (bins 0, 1, ..., k-1 and a last bin of x &gt;= k), and in each bin the
 * mean number of purchase periods actually made in the holdout is set against the model's mean
 * conditional expectation {@code E[Y(t*) | x, t_x, T]}, t* being the holdout length (the
 * "conditional expectations" plot of Fader, Hardie &amp; Lee 2005; lifetimes'
 * {@code plot_calibration_purchases_vs_holdout_purchases}; BTYD's
 * {@code PlotFreqVsConditionalExpectedFrequency} with {@code censor = k}).
 *
 * <p>Per-customer accuracy over all n customers, with a_i the actual holdout purchase periods and
 * e_i the expectation: MAE {@code Σ|a_i - e_i| / n}, RMSE {@code sqrt(Σ(a_i - e_i)² / n)}, and the
 * Pearson correlation of a and e. Counts are purchase periods (same-period purchases merged, as in
 * the {@link CalibrationHoldout}). The model must have been fitted on the split's calibration
 * summary (or on the same kind of data); recency, T and the holdout length are converted into the
 * model's unit. Immutable and thread-safe.
 */
public final class HoldoutTable {
    /** The default number of single-frequency bins: 0..6 and 7+, as in the BG/NBD paper's figure. */
    public static final int DEFAULT_CENSOR = 7;

    private final String model;
    private final int censor;
    private final int[] customers;
    private final double[] actualSum;
    private final double[] expectedSum;
    private final double actualTotal;
    private final double expectedTotal;
    private final double mae;
    private final double rmse;
    private final double correlation;
    private final double duration;
    private final TimeScale unit;
    private final int n;

    private HoldoutTable(String model, int censor, int[] customers, double[] actualSum, double[] expectedSum,
                         double[] actual, double[] expected, double duration, TimeScale unit) {
        this.model = model;
        this.censor = censor;
        this.customers = customers;
        this.actualSum = actualSum;
        this.expectedSum = expectedSum;
        this.duration = duration;
        this.unit = unit;
        this.n = actual.length;
        double a = 0;
        double e = 0;
        double abs = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            a += actual[i];
            e += expected[i];
            abs += Math.abs(actual[i] - expected[i]);
            sq += (actual[i] - expected[i]) * (actual[i] - expected[i]);
        }
        this.actualTotal = a;
        this.expectedTotal = e;
        this.mae = abs / n;
        this.rmse = Math.sqrt(sq / n);
        this.correlation = pearson(actual, expected, a / n, e / n);
    }

    /**
     * The table with bins 0..6 and 7+.
     *
     * @param split the calibration/holdout split
     * @param model a transaction model fitted on the calibration period
     * @return the table
     * @throws IllegalArgumentException when the split has no customers
     */
    public static HoldoutTable of(CalibrationHoldout split, TransactionModel model) {
        return of(split, model, DEFAULT_CENSOR);
    }

    /**
     * The table with bins 0..censor-1 and "censor+".
     *
     * @param split  the calibration/holdout split
     * @param model  a transaction model fitted on the calibration period
     * @param censor the first frequency pooled into the last bin, 1 .. 1,000
     * @return the table
     * @throws IllegalArgumentException when the split has no customers or censor is out of range
     */
    public static HoldoutTable of(CalibrationHoldout split, TransactionModel model, int censor) {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(model, "model");
        if (censor < 1 || censor > 1000) {
            throw new IllegalArgumentException("censor must be in 1..1000, got " + censor);
        }
        RfmSummary calibration = split.calibration();
        if (calibration.size() == 0) {
            throw new IllegalArgumentException("the calibration/holdout split has no customers");
        }
        double t = split.durationHoldout() * Units.factor(calibration.unit(), model.unit());
        double[] expected = model.conditionalExpectedPurchases(t, calibration);
        double[] actual = new double[expected.length];
        int[] customers = new int[censor + 1];
        double[] actualSum = new double[censor + 1];
        double[] expectedSum = new double[censor + 1];
        for (int i = 0; i < expected.length; i++) {
            int bin = Math.min(calibration.frequency(i), censor);
            actual[i] = split.frequencyHoldout(i);
            customers[bin]++;
            actualSum[bin] += actual[i];
            expectedSum[bin] += expected[i];
        }
        return new HoldoutTable(model.name(), censor, customers, actualSum, expectedSum, actual, expected, t,
                model.unit());
    }

    private static double pearson(double[] a, double[] e, double meanA, double meanE) {
        double sab = 0;
        double saa = 0;
        double see = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - meanA;
            double de = e[i] - meanE;
            sab += da * de;
            saa += da * da;
            see += de * de;
        }
        return saa > 0 && see > 0 ? sab / Math.sqrt(saa * see) : Double.NaN;
    }

    /**
     * The number of bins: censor + 1.
     *
     * @return the count
     */
    public int bins() {
        return customers.length;
    }

    /**
     * The label of a bin: its frequency, or "k+" for the last.
     *
     * @param bin 0 .. bins() - 1
     * @return the label
     */
    public String label(int bin) {
        return bin == censor ? censor + "+" : Integer.toString(bin);
    }

    /**
     * The number of customers in a bin.
     *
     * @param bin 0 .. bins() - 1
     * @return the count
     */
    public int customers(int bin) {
        return customers[bin];
    }

    /**
     * The mean number of holdout purchase periods of the bin's customers.
     *
     * @param bin 0 .. bins() - 1
     * @return the mean; NaN for a bin without customers (nothing to average)
     */
    public double actualMean(int bin) {
        return customers[bin] == 0 ? Double.NaN : actualSum[bin] / customers[bin];
    }

    /**
     * The mean of E[Y(t*) | x, t_x, T] over the bin's customers.
     *
     * @param bin 0 .. bins() - 1
     * @return the mean; NaN for a bin without customers
     */
    public double expectedMean(int bin) {
        return customers[bin] == 0 ? Double.NaN : expectedSum[bin] / customers[bin];
    }

    /**
     * The number of customers.
     *
     * @return n, {@code >= 1}
     */
    public int size() {
        return n;
    }

    /**
     * The holdout purchase periods of all customers.
     *
     * @return Σ a_i
     */
    public double actualTotal() {
        return actualTotal;
    }

    /**
     * The expected holdout purchases of all customers.
     *
     * @return Σ e_i
     */
    public double expectedTotal() {
        return expectedTotal;
    }

    /**
     * The mean absolute error per customer.
     *
     * @return {@code Σ|a_i - e_i| / n}, in purchases
     */
    public double meanAbsoluteError() {
        return mae;
    }

    /**
     * The root mean squared error per customer.
     *
     * @return {@code sqrt(Σ(a_i - e_i)² / n)}, in purchases
     */
    public double rootMeanSquaredError() {
        return rmse;
    }

    /**
     * The Pearson correlation of actual and expected holdout purchases over customers.
     *
     * @return the correlation, in [-1, 1]; NaN when either column is constant (for example nobody
     *         bought in the holdout), where it is undefined
     */
    public double correlation() {
        return correlation;
    }

    /**
     * The holdout length t*, in the model's unit.
     *
     * @return t*
     */
    public double durationHoldout() {
        return duration;
    }

    /**
     * The model's unit.
     *
     * @return the unit of t*
     */
    public TimeScale unit() {
        return unit;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Holdout check of %s: %,d customers, holdout %.2f %s%n", model, n, duration, unit));
        sb.append(String.format(Locale.ROOT, "  %-9s %9s %10s %10s%n", "cal. freq", "customers", "actual",
                "expected"));
        for (int bin = 0; bin < bins(); bin++) {
            sb.append(String.format(Locale.ROOT, "  %-9s %,9d %10s %10s%n", label(bin), customers[bin],
                    format(actualMean(bin)), format(expectedMean(bin))));
        }
        sb.append(String.format(Locale.ROOT, "  %-9s %,9d %10.1f %10.1f%n", "total", n, actualTotal, expectedTotal));
        sb.append(String.format(Locale.ROOT, "  per customer: MAE %.4f, RMSE %.4f, correlation %s%n", mae, rmse,
                format(correlation)));
        return sb.toString();
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
