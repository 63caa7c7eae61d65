package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The lifetime value of every customer of a summary, in summary order (see
 * {@link CustomerLifetimeValue} for the definitions). Values are in the currency of the spend
 * model; there is at least one customer (an empty summary is rejected). Immutable and thread-safe.
 */
public final class ClvEstimates {
    private final RfmSummary summary;
    private final double[] value;
    private final double[] discountedPurchases;
    private final double[] expectedSpend;
    private final String description;

    ClvEstimates(RfmSummary summary, double[] value, double[] discountedPurchases, double[] expectedSpend,
                 String description) {
        this.summary = summary;
        this.value = value;
        this.discountedPurchases = discountedPurchases;
        this.expectedSpend = expectedSpend;
        this.description = description;
    }

    /**
     * The number of customers.
     *
     * @return the summary's size
     */
    public int size() {
        return value.length;
    }

    /**
     * The id of the customer in row i.
     *
     * @param i a row of the summary
     * @return the id
     */
    public String customerId(int i) {
        return summary.customerId(i);
    }

    /**
     * The lifetime value of row i: {@code discountedPurchases(i) × expectedSpend(i)}.
     *
     * @param i a row
     * @return the value, in currency units
     */
    public double value(int i) {
        return value[i];
    }

    /**
     * The discounted expected number of purchases of row i over the horizon:
     * {@code Σ_k (E[Y(kΔ)] - E[Y((k-1)Δ)]) / (1 + d)^k}.
     *
     * @param i a row
     * @return the discounted purchase count
     */
    public double discountedPurchases(int i) {
        return discountedPurchases[i];
    }

    /**
     * The expected spend per purchase of row i, E[M | x, m̄] (the population mean for x = 0).
     *
     * @param i a row
     * @return the spend, in currency units
     */
    public double expectedSpend(int i) {
        return expectedSpend[i];
    }

    /**
     * Every customer's value, in summary order.
     *
     * @return a copy
     */
    public double[] values() {
        return value.clone();
    }

    /**
     * The value of the whole customer base: the sum of the values.
     *
     * @return the total, in currency units
     */
    public double total() {
        double s = 0;
        for (double v : value) {
            s += v;
        }
        return s;
    }

    /**
     * One customer's estimate.
     *
     * @param i a row
     * @return the estimate
     */
    public ClvEstimate get(int i) {
        return new ClvEstimate(summary.customerId(i), value[i], discountedPurchases[i], expectedSpend[i]);
    }

    /**
     * The customers of highest value, highest first (ties in summary order).
     *
     * @param n how many, {@code >= 0}; fewer when the summary is smaller
     * @return the estimates
     */
    public List<ClvEstimate> top(int n) {
        List<ClvEstimate> out = new ArrayList<>();
        for (int i : topRows(value, n)) {
            out.add(get(i));
        }
        return out;
    }

    /** The rows of the n largest values, largest first, ties in row order. */
    static int[] topRows(double[] values, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed())
                .limit(n).mapToInt(Integer::intValue).toArray();
    }

    RfmSummary summary() {
        return summary;
    }

    String description() {
        return description;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Customer lifetime value of %,d customers, total %,.2f (%s)%n", size(), total(), description));
        sb.append(String.format(Locale.ROOT, "  %-12s %12s %12s %12s%n", "customer", "value", "purchases",
                "spend"));
        for (ClvEstimate e : top(10)) {
            sb.append(String.format(Locale.ROOT, "  %-12s %12.2f %12.4f %12.2f%n", abbreviate(e.customerId()),
                    e.value(), e.discountedPurchases(), e.expectedSpend()));
        }
        if (size() > 10) {
            sb.append("  ... ").append(size() - 10).append(" more (top 10 by value shown)\n");
        }
        return sb.toString();
    }

    static String abbreviate(String id) {
        return id.length() <= 12 ? id : id.substring(0, 11) + "~";
    }
}
