package io.retention4j.metrics.internal;

/** Sample quantiles of sorted values. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The quantile of sorted values by linear interpolation between order statistics (Hyndman &amp;
     * Fan type 7, the default of R and NumPy): with n values, position {@code h = (n - 1) prob},
     * {@code v[floor h] + (h - floor h) (v[floor h + 1] - v[floor h])}.
     *
     * @param sorted values in ascending order, at least one
     * @param prob   the probability, in [0, 1]
     * @return the quantile
     */
    public static double ofSorted(double[] sorted, double prob) {
        double h = (sorted.length - 1) * prob;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double lower = sorted[lo];
        double upper = sorted[lo + 1];
        double fraction = h - lo;
        // equal or zero-weight infinite neighbours must not turn the result into NaN
        return fraction == 0 || lower == upper ? lower : lower + fraction * (upper - lower);
    }
}
