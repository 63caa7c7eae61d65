package io.retention4j.loyalty.program;

import io.retention4j.core.lifecycle.DormancyPolicy;
import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.OwnCadencePolicy;
import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * When a customer counts as dormant for the win-back trigger: one of core's dormancy policies as
 * data, so a program in JSON can name it. The campaign trigger asks core's
 * {@link io.retention4j.core.lifecycle.Lifecycle} with {@link #policy()}, so loyalty and core agree
 * on every customer's dormancy. Days are calendar days in the program's zone, counted from the last
 * purchase day (core's {@code PurchaseHistory} semantics).
 *
 * @param kind            which policy
 * @param atRiskDays      FIXED_INACTIVITY: days without purchase from which a customer is at risk; OWN_CADENCE: the
 *                        same for the fallback of customers with too few purchase days. 0 with the other two 0 means
 *                        core's defaults (60, 90, 180)
 * @param dormantDays     days without purchase from which a customer is dormant (as above), or 0 for the default
 * @param churnedDays     days without purchase from which a customer is churned (as above), or 0 for the default
 * @param atRiskMultiple  OWN_CADENCE: at risk beyond this many median gaps; null for core's default (2); FIXED: null
 * @param dormantMultiple OWN_CADENCE: dormant beyond this many median gaps; null for core's default (3); FIXED: null
 * @param churnedMultiple OWN_CADENCE: churned beyond this many median gaps; null for core's default (6); FIXED: null
 * @param minPurchaseDays OWN_CADENCE: the fewest purchase days that give a customer a cadence of their own; 0 for
 *                        core's default (2); FIXED: 0
 */
public record DormancyRule(DormancyKind kind, int atRiskDays, int dormantDays, int churnedDays,
                           BigDecimal atRiskMultiple, BigDecimal dormantMultiple, BigDecimal churnedMultiple,
                           int minPurchaseDays) {
    /**
     * Validates the fields by building the core policy (so its checks and messages apply).
     *
     * @param kind            not null
     * @param atRiskDays      all three days 0, or {@code 1 <= atRiskDays < dormantDays < churnedDays}
     * @param dormantDays     see {@code atRiskDays}
     * @param churnedDays     see {@code atRiskDays}
     * @param atRiskMultiple  OWN_CADENCE: all three null, or {@code 0 < atRisk < dormant < churned}; FIXED: null
     * @param dormantMultiple see {@code atRiskMultiple}
     * @param churnedMultiple see {@code atRiskMultiple}
     * @param minPurchaseDays OWN_CADENCE: 0 or at least 2; FIXED: 0
     */
    public DormancyRule {
        Require.notNull("campaigns.dormancy.kind", kind);
        boolean anyMultiple = atRiskMultiple != null || dormantMultiple != null || churnedMultiple != null;
        if (kind == DormancyKind.FIXED_INACTIVITY && (anyMultiple || minPurchaseDays != 0)) {
            throw new IllegalArgumentException("campaigns.dormancy: multiples and minPurchaseDays apply to OWN_CADENCE"
                    + " only, got " + atRiskMultiple + ", " + dormantMultiple + ", " + churnedMultiple + " and "
                    + minPurchaseDays + " for FIXED_INACTIVITY");
        }
        if (anyMultiple && (atRiskMultiple == null || dormantMultiple == null || churnedMultiple == null)) {
            throw new IllegalArgumentException("campaigns.dormancy: give all three multiples or none, got "
                    + atRiskMultiple + ", " + dormantMultiple + ", " + churnedMultiple);
        }
        try {
            build(kind, atRiskDays, dormantDays, churnedDays, atRiskMultiple, dormantMultiple, churnedMultiple,
                    minPurchaseDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("campaigns.dormancy: " + e.getMessage(), e);
        }
    }

    /**
     * Fixed inactivity thresholds.
     *
     * @param atRiskDays  at least 1
     * @param dormantDays more than {@code atRiskDays}
     * @param churnedDays more than {@code dormantDays}
     * @return the rule
     */
    public static DormancyRule fixed(int atRiskDays, int dormantDays, int churnedDays) {
        return new DormancyRule(DormancyKind.FIXED_INACTIVITY, atRiskDays, dormantDays, churnedDays, null, null, null, 0);
    }

    /**
     * The fixed-inactivity rule that {@link CampaignRules#dormantAfterDays()} stands for: dormant from
     * {@code d} days without purchase, at risk from {@code floor(2d / 3)}, churned from {@code 2d}
     * (core's defaults 60, 90, 180 scaled to {@code d}).
     *
     * @param d at least 2
     * @return the rule
     */
    public static DormancyRule afterDays(int d) {
        if (d < 2) {
            throw new IllegalArgumentException("campaigns.dormantAfterDays must be at least 2 (the at-risk threshold"
                    + " floor(2d/3) must be at least 1 day), got " + d);
        }
        return fixed(2 * d / 3, d, Math.multiplyExact(2, d));
    }

    /**
     * Own-cadence thresholds with core's fallback for one-time buyers (60, 90, 180 days) and a cadence from
     * 2 purchase days on.
     *
     * @param atRiskMultiple  positive
     * @param dormantMultiple more than {@code atRiskMultiple}
     * @param churnedMultiple more than {@code dormantMultiple}
     * @return the rule
     */
    public static DormancyRule ownCadence(double atRiskMultiple, double dormantMultiple, double churnedMultiple) {
        return new DormancyRule(DormancyKind.OWN_CADENCE, 0, 0, 0, BigDecimal.valueOf(atRiskMultiple),
                BigDecimal.valueOf(dormantMultiple), BigDecimal.valueOf(churnedMultiple), 0);
    }

    /**
     * The core policy this rule describes.
     *
     * @return a {@link FixedInactivityPolicy} or an {@link OwnCadencePolicy}
     */
    public DormancyPolicy policy() {
        return build(kind, atRiskDays, dormantDays, churnedDays, atRiskMultiple, dormantMultiple, churnedMultiple,
                minPurchaseDays);
    }

    private static DormancyPolicy build(DormancyKind kind, int atRiskDays, int dormantDays, int churnedDays,
                                        BigDecimal atRiskMultiple, BigDecimal dormantMultiple,
                                        BigDecimal churnedMultiple, int minPurchaseDays) {
        FixedInactivityPolicy fixed = atRiskDays == 0 && dormantDays == 0 && churnedDays == 0
                ? FixedInactivityPolicy.defaults() : FixedInactivityPolicy.of(atRiskDays, dormantDays, churnedDays);
        if (kind == DormancyKind.FIXED_INACTIVITY) {
            return fixed;
        }
        OwnCadencePolicy.Builder cadence = OwnCadencePolicy.builder().fallback(fixed);
        if (atRiskMultiple != null) {
            cadence.multiples(atRiskMultiple.doubleValue(), dormantMultiple.doubleValue(), churnedMultiple.doubleValue());
        }
        if (minPurchaseDays != 0) {
            cadence.minPurchaseDays(minPurchaseDays);
        }
        return cadence.build();
    }

    @Override
    public String toString() {
        return policy().toString();
    }
}
