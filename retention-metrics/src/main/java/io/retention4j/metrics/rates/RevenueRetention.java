package io.retention4j.metrics.rates;

import java.util.Locale;

/**
 * Revenue retention of the customers who bought in period p-1, measured in period p.
 *
 * <p>Definitions, summing over the customers with revenue &gt; 0 in p-1 (the base): start revenue
 * R0 = their revenue in p-1; end revenue R1 = their revenue in p (expansion included);
 * retained revenue Rr = sum of min(revenue in p, revenue in p-1) (expansion capped, so only losses
 * count); gross revenue retention GRR = Rr / R0; net revenue retention NRR = R1 / R0;
 * revenue churn rate = 1 - GRR (lost plus contracted revenue over R0). Revenue is net of refunds;
 * a negative revenue in p counts as 0 retained. With no base revenue GRR and NRR are 1 and the
 * revenue churn rate is 0.
 *
 * @param startRevenue    R0
 * @param retainedRevenue Rr
 * @param endRevenue      R1
 */
public record RevenueRetention(double startRevenue, double retainedRevenue, double endRevenue) {

    /**
     * Validates the sums.
     *
     * @param startRevenue    R0, finite and {@code >= 0}
     * @param retainedRevenue Rr, finite, in 0..R0
     * @param endRevenue      R1, finite
     */
    public RevenueRetention {
        if (!Double.isFinite(startRevenue) || !Double.isFinite(retainedRevenue) || !Double.isFinite(endRevenue)
                || startRevenue < 0 || retainedRevenue < 0 || retainedRevenue > startRevenue * (1 + 1e-12)) {
            throw new IllegalArgumentException("need finite sums with 0 <= retained <= start, got start "
                    + startRevenue + ", retained " + retainedRevenue + ", end " + endRevenue);
        }
    }

    /**
     * Gross revenue retention.
     *
     * @return Rr / R0, 1 when R0 = 0
     */
    public double grossRevenueRetention() {
        return startRevenue == 0 ? 1 : retainedRevenue / startRevenue;
    }

    /**
     * Net revenue retention.
     *
     * @return R1 / R0, 1 when R0 = 0
     */
    public double netRevenueRetention() {
        return startRevenue == 0 ? 1 : endRevenue / startRevenue;
    }

    /**
     * Revenue churn rate.
     *
     * @return 1 - GRR
     */
    public double revenueChurnRate() {
        return 1 - grossRevenueRetention();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GRR %.2f%%, NRR %.2f%%, revenue churn %.2f%% (base revenue %.2f)",
                100 * grossRevenueRetention(), 100 * netRevenueRetention(), 100 * revenueChurnRate(), startRevenue);
    }
}
