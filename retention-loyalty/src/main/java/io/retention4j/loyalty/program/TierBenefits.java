package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tier gives, as data callers query ({@code engine.tier(customer).benefits()}). The engine
 * itself applies {@code earnMultiplier} (to base purchase points) and {@code birthdayBonusMultiplier}
 * (to the birthday bonus); the other fields are for the caller's systems.
 *
 * @param earnMultiplier          multiplies base purchase points: the tier adds
 *                                {@code base * (earnMultiplier - 1)} as its own entry; 1 for none
 * @param freeReturns             whether returns are free
 * @param dedicatedSupport        whether the customer gets dedicated support
 * @param birthdayBonusMultiplier multiplies the birthday bonus points; 1 for none
 * @param earlyAccess             whether the customer gets early access to sales and products
 * @param extras                  further named benefits (name to value), sorted by name
 */
public record TierBenefits(BigDecimal earnMultiplier, boolean freeReturns, boolean dedicatedSupport,
                           BigDecimal birthdayBonusMultiplier, boolean earlyAccess, Map<String, String> extras) {
    /** No benefits: multipliers 1, flags false, no extras. */
    public static final TierBenefits NONE = new TierBenefits(BigDecimal.ONE, false, false, BigDecimal.ONE, false, Map.of());

    /**
     * Validates the fields; null multipliers mean 1 and null extras mean none (so JSON may omit them).
     *
     * @param earnMultiplier          at least 1, or null
     * @param freeReturns             free returns
     * @param dedicatedSupport        dedicated support
     * @param birthdayBonusMultiplier at least 1, or null
     * @param earlyAccess             early access
     * @param extras                  non-blank names and values, or null
     */
    public TierBenefits {
        earnMultiplier = atLeastOne("benefits.earnMultiplier", earnMultiplier);
        birthdayBonusMultiplier = atLeastOne("benefits.birthdayBonusMultiplier", birthdayBonusMultiplier);
        TreeMap<String, String> sorted = new TreeMap<>();
        if (extras != null) {
            extras.forEach((k, v) -> sorted.put(Require.notBlank("benefits.extras key", k),
                    Require.notBlank("benefits.extras['" + k + "']", v)));
        }
        extras = java.util.Collections.unmodifiableMap(sorted);
    }

    private static BigDecimal atLeastOne(String field, BigDecimal value) {
        if (value == null) {
            return BigDecimal.ONE;
        }
        if (value.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException(field + " must be at least 1, got " + value.toPlainString());
        }
        return value;
    }

    /**
     * Benefits with an earn multiplier only.
     *
     * @param earnMultiplier at least 1
     * @return the benefits
     */
    public static TierBenefits earnMultiplier(String earnMultiplier) {
        return new TierBenefits(Decimals.parse("benefits.earnMultiplier", earnMultiplier), false, false, null, false, null);
    }
}
