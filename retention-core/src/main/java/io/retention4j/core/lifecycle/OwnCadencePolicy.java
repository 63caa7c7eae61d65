package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import java.util.Objects;

/**
 * Dormancy by the customer's own cadence: a customer who usually buys every 10 days is asleep much
 * sooner than one who buys twice a year. With m = the median gap between the customer's
 * consecutive purchase days ({@link PurchaseHistory#medianGapDays()}) and s = days since the last
 * purchase day, the level is CHURNED when {@code s > churnedMultiple * m}, else DORMANT when
 * {@code s > dormantMultiple * m}, else AT_RISK when {@code s > atRiskMultiple * m}, else ACTIVE
 * (products in double arithmetic; "more than k times the median gap", so a customer exactly on
 * the boundary day is not yet at that level).
 *
 * <p>Customers with fewer than {@link #minPurchaseDays()} purchase days (always one-time buyers,
 * who have no gap) have no cadence of their own: the {@link #fallback()} fixed thresholds grade them.
 *
 * <p>Immutable and thread-safe.
 */
public final class OwnCadencePolicy implements DormancyPolicy {
    private final double atRiskMultiple;
    private final double dormantMultiple;
    private final double churnedMultiple;
    private final int minPurchaseDays;
    private final FixedInactivityPolicy fallback;

    private OwnCadencePolicy(Builder b) {
        this.atRiskMultiple = b.atRiskMultiple;
        this.dormantMultiple = b.dormantMultiple;
        this.churnedMultiple = b.churnedMultiple;
        this.minPurchaseDays = b.minPurchaseDays;
        this.fallback = b.fallback;
    }

    /**
     * The defaults: at risk beyond 2, dormant beyond 3, churned beyond 6 median gaps; a cadence from 2
     * purchase days on; {@link FixedInactivityPolicy#defaults()} for one-time buyers.
     *
     * @return the policy
     */
    public static OwnCadencePolicy defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The multiple of the median gap beyond which a customer is at risk.
     *
     * @return the multiple
     */
    public double atRiskMultiple() {
        return atRiskMultiple;
    }

    /**
     * The multiple of the median gap beyond which a customer is dormant.
     *
     * @return the multiple
     */
    public double dormantMultiple() {
        return dormantMultiple;
    }

    /**
     * The multiple of the median gap beyond which a customer is churned.
     *
     * @return the multiple
     */
    public double churnedMultiple() {
        return churnedMultiple;
    }

    /**
     * The fewest purchase days that give a customer a cadence of their own.
     *
     * @return the minimum, at least 2
     */
    public int minPurchaseDays() {
        return minPurchaseDays;
    }

    /**
     * The fixed thresholds for customers with fewer than {@link #minPurchaseDays()} purchase days.
     *
     * @return the fallback policy
     */
    public FixedInactivityPolicy fallback() {
        return fallback;
    }

    /**
     * The multiple of a level.
     *
     * @param level a level
     * @return its multiple of the median gap; 0 for ACTIVE
     */
    public double multiple(DormancyLevel level) {
        switch (level) {
            case AT_RISK:
                return atRiskMultiple;
            case DORMANT:
                return dormantMultiple;
            case CHURNED:
                return churnedMultiple;
            default:
                return 0;
        }
    }

    private boolean usesFallback(PurchaseHistory history) {
        return history.purchaseDays() < minPurchaseDays;
    }

    @Override
    public DormancyLevel level(PurchaseHistory history, long day) {
        long days = Days.since(history, day);
        if (usesFallback(history)) {
            return fallback.levelAfter(days);
        }
        double median = history.medianGapDays();
        if (days > churnedMultiple * median) {
            return DormancyLevel.CHURNED;
        }
        if (days > dormantMultiple * median) {
            return DormancyLevel.DORMANT;
        }
        return days > atRiskMultiple * median ? DormancyLevel.AT_RISK : DormancyLevel.ACTIVE;
    }

    @Override
    public String explain(PurchaseHistory history, long day) {
        long days = Days.since(history, day);
        int n = history.purchaseDays();
        if (usesFallback(history)) {
            return n + (n == 1 ? " purchase day" : " purchase days") + " (own cadence needs " + minPurchaseDays
                    + "), fallback: " + fallback.explainAfter(days);
        }
        double median = history.medianGapDays();
        DormancyLevel level = level(history, day);
        String cadence = "own cadence over " + n + " purchase days";
        if (level == DormancyLevel.ACTIVE) {
            return "no purchase for " + days + " days <= " + Days.number(atRiskMultiple) + " x median gap "
                    + Days.number(median) + " days = " + Days.number(atRiskMultiple * median) + " days (at-risk limit; "
                    + cadence + ")";
        }
        double k = multiple(level);
        return "no purchase for " + days + " days > " + Days.number(k) + " x median gap " + Days.number(median)
                + " days = " + Days.number(k * median) + " days (" + level.label() + " threshold; " + cadence + ")";
    }

    @Override
    public long firstDayAtLevel(PurchaseHistory history, DormancyLevel level, long limitDay) {
        if (usesFallback(history)) {
            return fallback.firstDayAtLevel(history, level, limitDay);
        }
        long last = history.lastDay();
        if (level == DormancyLevel.ACTIVE) {
            return last <= limitDay ? last : NEVER;
        }
        // the first whole number of days s with s > p is floor(p) + 1
        double p = multiple(level) * history.medianGapDays();
        if (limitDay < last || p >= limitDay - last) {
            return NEVER;
        }
        return last + (long) p + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OwnCadencePolicy p && p.atRiskMultiple == atRiskMultiple
                && p.dormantMultiple == dormantMultiple && p.churnedMultiple == churnedMultiple
                && p.minPurchaseDays == minPurchaseDays && p.fallback.equals(fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(atRiskMultiple, dormantMultiple, churnedMultiple, minPurchaseDays, fallback);
    }

    @Override
    public String toString() {
        return "own cadence: at risk beyond " + Days.number(atRiskMultiple) + ", dormant beyond "
                + Days.number(dormantMultiple) + ", churned beyond " + Days.number(churnedMultiple)
                + " x the median gap between purchase days (from " + minPurchaseDays + " purchase days; otherwise "
                + fallback + ")";
    }

    /** Options for {@link OwnCadencePolicy}; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private double atRiskMultiple = 2;
        private double dormantMultiple = 3;
        private double churnedMultiple = 6;
        private int minPurchaseDays = 2;
        private FixedInactivityPolicy fallback = FixedInactivityPolicy.defaults();

        private Builder() {
        }

        /**
         * The multiples of the median gap beyond which a customer is at risk, dormant and churned
         * (default 2, 3, 6).
         *
         * @param atRisk  positive and finite
         * @param dormant finite, {@code > atRisk}
         * @param churned finite, {@code > dormant}
         * @return this builder
         * @throws IllegalArgumentException naming the multiple that is not positive and finite or is
         *                                  out of order
         */
        public Builder multiples(double atRisk, double dormant, double churned) {
            if (!(atRisk > 0) || !Double.isFinite(atRisk)) {
                throw new IllegalArgumentException("atRisk multiple must be positive and finite, got " + atRisk);
            }
            Checks.finite("dormant multiple", dormant);
            Checks.finite("churned multiple", churned);
            if (dormant <= atRisk) {
                throw new IllegalArgumentException("dormant multiple must be > atRisk multiple (" + atRisk + "), got "
                        + dormant);
            }
            if (churned <= dormant) {
                throw new IllegalArgumentException("churned multiple must be > dormant multiple (" + dormant
                        + "), got " + churned);
            }
            this.atRiskMultiple = atRisk;
            this.dormantMultiple = dormant;
            this.churnedMultiple = churned;
            return this;
        }

        /**
         * The fewest purchase days that give a customer a cadence of their own (default 2: one gap).
         * Raise it to judge only customers with a steadier median.
         *
         * @param n {@code >= 2}
         * @return this builder
         */
        public Builder minPurchaseDays(int n) {
            this.minPurchaseDays = Checks.inRange("minPurchaseDays", n, 2, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The fixed thresholds for customers with too few purchase days (default
         * {@link FixedInactivityPolicy#defaults()}).
         *
         * @param policy the fallback
         * @return this builder
         */
        public Builder fallback(FixedInactivityPolicy policy) {
            this.fallback = Checks.notNull("fallback", policy);
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public OwnCadencePolicy build() {
            return new OwnCadencePolicy(this);
        }
    }
}
