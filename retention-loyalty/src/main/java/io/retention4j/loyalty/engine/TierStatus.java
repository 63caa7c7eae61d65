package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer's tier as of an instant, with the window's activity and what is missing for the next tier.
 *
 * @param customerId       the customer
 * @param asOf             the instant
 * @param tier             the tier in force (the qualified tier or the manual floor, whichever is higher)
 * @param floor            the manual floor tier id, or null
 * @param windowSpend      net spend in the current tier window
 * @param windowOrders     net orders in the current tier window
 * @param qualifyingPoints qualifying points in the current tier window
 * @param nextTier         the next tier reachable by qualifying, or null at the top
 * @param missing          the next tier's requirements not met yet (empty when none or at the top)
 */
public record TierStatus(String customerId, Instant asOf, Tier tier, String floor, BigDecimal windowSpend,
                         long windowOrders, long qualifyingPoints, Tier nextTier, List<Requirement> missing) {
    /**
     * Copies the list.
     *
     * @param customerId       customer
     * @param asOf             instant
     * @param tier             tier
     * @param floor            floor or null
     * @param windowSpend      spend
     * @param windowOrders     orders
     * @param qualifyingPoints points
     * @param nextTier         next tier or null
     * @param missing          missing requirements
     */
    public TierStatus {
        missing = List.copyOf(missing);
    }

    /** @return the benefits of the tier in force */
    public TierBenefits benefits() {
        return tier.benefits();
    }

    /**
     * Spend still needed for the next tier's spend requirement.
     *
     * @return {@code minimum - windowSpend} of the missing SPEND requirement, or zero when none is missing
     */
    public BigDecimal spendToNextTier() {
        for (Requirement r : missing) {
            if (r.metric() == io.retention4j.loyalty.program.QualificationMetric.SPEND) {
                return r.minimum().subtract(windowSpend);
            }
        }
        return BigDecimal.ZERO;
    }

    @Override
    public String toString() {
        return customerId + " as of " + asOf + ": " + tier.id() + (floor != null ? " (floor " + floor + ")" : "")
                + "; window spend " + windowSpend.toPlainString() + ", orders " + windowOrders + ", qualifying points "
                + qualifyingPoints + (nextTier == null ? "; top tier" : "; next " + nextTier.id()
                + (missing.isEmpty() ? "" : " needs " + missing));
    }
}
