package io.retention4j.metrics.rates;

import java.util.Locale;

/**
 * Customer churn and retention between two consecutive periods.
 *
 * <p>Definitions: the base is the customers active (at least one purchase) in period p-1;
 * retained are those of them also active in period p; churned = base - retained;
 * churn rate = churned / base; retention rate = retained / base = 1 - churn rate. With an empty base
 * the churn rate is 0 and the retention rate 1 (nobody could leave).
 *
 * @param base     customers active in the earlier period
 * @param retained of those, customers active in the later period
 */
public record ChurnRate(long base, long retained) {

    /**
     * Validates the counts.
     *
     * @param base     customers active in the earlier period, {@code >= 0}
     * @param retained of those, customers active in the later period, {@code 0..base}
     */
    public ChurnRate {
        if (base < 0 || retained < 0 || retained > base) {
            throw new IllegalArgumentException("need 0 <= retained <= base, got base " + base + ", retained "
                    + retained);
        }
    }

    /**
     * Customers lost.
     *
     * @return base - retained
     */
    public long churned() {
        return base - retained;
    }

    /**
     * The churn rate.
     *
     * @return churned / base, 0 when the base is empty
     */
    public double churnRate() {
        return base == 0 ? 0 : (double) churned() / base;
    }

    /**
     * The retention rate.
     *
     * @return retained / base, 1 when the base is empty
     */
    public double retentionRate() {
        return base == 0 ? 1 : (double) retained / base;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "churn %.2f%% (%,d of %,d), retention %.2f%%", 100 * churnRate(), churned(),
                base, 100 * retentionRate());
    }
}
