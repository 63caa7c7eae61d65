package io.retention4j.core.lifecycle;

import java.util.Objects;

/**
 * Dormancy by fixed inactivity: with s = days since the last purchase day (as-of day minus last
 * purchase day, calendar days in the lifecycle's zone; 0 on the day of a purchase), the level is
 * CHURNED when {@code s >= churnedDays}, else DORMANT when {@code s >= dormantDays}, else AT_RISK
 * when {@code s >= atRiskDays}, else ACTIVE. The same thresholds hold for every customer, one-time
 * buyers included.
 *
 * <p>Immutable and thread-safe.
 */
public final class FixedInactivityPolicy implements DormancyPolicy {
    private static final FixedInactivityPolicy DEFAULTS = new FixedInactivityPolicy(60, 90, 180);

    private final int atRiskDays;
    private final int dormantDays;
    private final int churnedDays;

    private FixedInactivityPolicy(int atRiskDays, int dormantDays, int churnedDays) {
        this.atRiskDays = atRiskDays;
        this.dormantDays = dormantDays;
        this.churnedDays = churnedDays;
    }

    /**
     * A policy with the given thresholds.
     *
     * @param atRiskDays  days without purchase from which a customer is at risk, {@code >= 1}
     * @param dormantDays days from which a customer is dormant, {@code > atRiskDays}
     * @param churnedDays days from which a customer is churned, {@code > dormantDays}
     * @return the policy
     * @throws IllegalArgumentException naming the threshold that is below 1 or out of order
     */
    public static FixedInactivityPolicy of(int atRiskDays, int dormantDays, int churnedDays) {
        if (atRiskDays < 1) {
            throw new IllegalArgumentException("atRiskDays must be >= 1 (days without purchase), got " + atRiskDays);
        }
        if (dormantDays <= atRiskDays) {
            throw new IllegalArgumentException("dormantDays must be > atRiskDays (" + atRiskDays + "), got "
                    + dormantDays);
        }
        if (churnedDays <= dormantDays) {
            throw new IllegalArgumentException("churnedDays must be > dormantDays (" + dormantDays + "), got "
                    + churnedDays);
        }
        return new FixedInactivityPolicy(atRiskDays, dormantDays, churnedDays);
    }

    /**
     * The defaults: at risk after 60 days without purchase, dormant after 90 ("three months"),
     * churned after 180.
     *
     * @return the policy
     */
    public static FixedInactivityPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Days without purchase from which a customer is at risk.
     *
     * @return the threshold
     */
    public int atRiskDays() {
        return atRiskDays;
    }

    /**
     * Days without purchase from which a customer is dormant.
     *
     * @return the threshold
     */
    public int dormantDays() {
        return dormantDays;
    }

    /**
     * Days without purchase from which a customer is churned.
     *
     * @return the threshold
     */
    public int churnedDays() {
        return churnedDays;
    }

    /**
     * The threshold of a level.
     *
     * @param level a level
     * @return its threshold in days; 0 for ACTIVE
     */
    public int thresholdDays(DormancyLevel level) {
        switch (level) {
            case AT_RISK:
                return atRiskDays;
            case DORMANT:
                return dormantDays;
            case CHURNED:
                return churnedDays;
            default:
                return 0;
        }
    }

    /** The level after {@code days} days without purchase. */
    DormancyLevel levelAfter(long days) {
        if (days >= churnedDays) {
            return DormancyLevel.CHURNED;
        }
        if (days >= dormantDays) {
            return DormancyLevel.DORMANT;
        }
        return days >= atRiskDays ? DormancyLevel.AT_RISK : DormancyLevel.ACTIVE;
    }

    /** The reason for {@link #levelAfter(long)}. */
    String explainAfter(long days) {
        DormancyLevel level = levelAfter(days);
        if (level == DormancyLevel.ACTIVE) {
            return "no purchase for " + days + " days < at-risk threshold " + atRiskDays + " days (fixed inactivity)";
        }
        return "no purchase for " + days + " days >= " + level.label() + " threshold " + thresholdDays(level)
                + " days (fixed inactivity)";
    }

    @Override
    public DormancyLevel level(PurchaseHistory history, long day) {
        return levelAfter(Days.since(history, day));
    }

    @Override
    public String explain(PurchaseHistory history, long day) {
        return explainAfter(Days.since(history, day));
    }

    @Override
    public long firstDayAtLevel(PurchaseHistory history, DormancyLevel level, long limitDay) {
        long day = history.lastDay() + thresholdDays(level);
        return day <= limitDay ? day : NEVER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixedInactivityPolicy p && p.atRiskDays == atRiskDays && p.dormantDays == dormantDays
                && p.churnedDays == churnedDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(atRiskDays, dormantDays, churnedDays);
    }

    @Override
    public String toString() {
        return "fixed inactivity: at risk from " + atRiskDays + ", dormant from " + dormantDays + ", churned from "
                + churnedDays + " days without purchase";
    }
}
