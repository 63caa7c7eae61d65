package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import java.util.Locale;
import java.util.Objects;

/**
 * The calibration-period fit check of a transaction model: how many customers made x repeat
 * purchases (x = 0, 1, ..., k-1 and a last bin of x &gt;= k), actually and according to the model.
 * The expected count of bin x is {@code Σ_i P(X(T_i) = x)}, summed exactly over customers (no
 * simulation), each customer observed for their own age T_i; the last bin gets
 * {@code Σ_i (1 - Σ_{x<k} P(X(T_i) = x))}, so the expected counts add up to the number of customers
 * (Fader, Hardie &amp; Lee 2005, Figure 2; lifetimes' {@code plot_period_transactions}, which
 * simulates instead). Ages are converted into the model's unit; customers are grouped by age, so
 * the cost is (distinct ages) × k probabilities. Immutable and thread-safe.
 */
public final class PeriodTransactions {
    private final String model;
    private final int censor;
    private final int[] actual;
    private final double[] expected;
    private final int n;

    private PeriodTransactions(String model, int censor, int[] actual, double[] expected, int n) {
        this.model = model;
        this.censor = censor;
        this.actual = actual;
        this.expected = expected;
        this.n = n;
    }

    /**
     * The histogram with bins 0..6 and 7+.
     *
     * @param summary the customers the model was fitted on
     * @param model   the fitted model
     * @return the comparison
     * @throws IllegalArgumentException when the summary is empty
     */
    public static PeriodTransactions of(RfmSummary summary, TransactionModel model) {
        return of(summary, model, HoldoutTable.DEFAULT_CENSOR);
    }

    /**
     * The histogram with bins 0..censor-1 and "censor+".
     *
     * @param summary the customers the model was fitted on
     * @param model   the fitted model
     * @param censor  the first frequency pooled into the last bin, 1 .. 1,000
     * @return the comparison
     * @throws IllegalArgumentException when the summary is empty or censor is out of range
     */
    public static PeriodTransactions of(RfmSummary summary, TransactionModel model, int censor) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(model, "model");
        if (censor < 1 || censor > 1000) {
            throw new IllegalArgumentException("censor must be in 1..1000, got " + censor);
        }
        if (summary.size() == 0) {
            throw new IllegalArgumentException("the summary has no customers");
        }
        int[] actual = new int[censor + 1];
        for (int i = 0; i < summary.size(); i++) {
            actual[Math.min(summary.frequency(i), censor)]++;
        }
        BtydData data = Units.toModelUnit(model, summary);
        double[] ages = data.distinctT();
        double[] customersOfAge = new double[ages.length];
        for (int row = 0; row < data.rows(); row++) {
            customersOfAge[data.tIndex(row)] += data.weight(row);
        }
        double[] expected = new double[censor + 1];
        for (int j = 0; j < ages.length; j++) {
            double below = 0;
            for (int x = 0; x < censor; x++) {
                double p = model.probabilityOfPurchases(x, ages[j]);
                below += p;
                expected[x] += customersOfAge[j] * p;
            }
            expected[censor] += customersOfAge[j] * Math.max(0, 1 - below);
        }
        return new PeriodTransactions(model.name(), censor, actual, expected, summary.size());
    }

    /**
     * The number of bins: censor + 1.
     *
     * @return the count
     */
    public int bins() {
        return actual.length;
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
     * The number of customers whose frequency falls in the bin.
     *
     * @param bin 0 .. bins() - 1
     * @return the count
     */
    public int actual(int bin) {
        return actual[bin];
    }

    /**
     * The expected number of customers in the bin: {@code Σ_i P(X(T_i) = x)} (or the tail for the last bin).
     *
     * @param bin 0 .. bins() - 1
     * @return the expected count
     */
    public double expected(int bin) {
        return expected[bin];
    }

    /**
     * The number of customers.
     *
     * @return n, {@code >= 1}
     */
    public int size() {
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Repeat purchases in calibration, actual vs %s: %,d customers%n", model, n));
        sb.append(String.format(Locale.ROOT, "  %-6s %9s %11s%n", "x", "actual", "expected"));
        for (int bin = 0; bin < bins(); bin++) {
            sb.append(String.format(Locale.ROOT, "  %-6s %,9d %11.1f%n", label(bin), actual[bin], expected[bin]));
        }
        return sb.toString();
    }
}
