package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tier ladder and how customers move on it.
 *
 * <p>Tiers are listed from lowest to highest. The first is the base tier: no requirements, not
 * invitation-only. Every qualifying tier above it must be strictly harder than the qualifying tier
 * below it: for each metric the lower tier requires, the higher tier requires at least as much, and
 * for at least one metric strictly more. Anything else would let one customer qualify for two
 * tiers in an order the ladder does not say (the tiers overlap) and is rejected.
 *
 * @param tiers     lowest first; at least one
 * @param window    the span requirements are counted over
 * @param downgrade when tiers are lost
 * @param grace     how long after a review decides a downgrade it takes effect (zero for at once)
 */
public record TierPolicy(List<Tier> tiers, TierWindow window, DowngradePolicy downgrade, Period grace) {
    /** One base tier called {@code member}, lifetime window, no downgrades. */
    public static final TierPolicy SINGLE_TIER = new TierPolicy(List.of(new Tier("member", null, false, null)),
            TierWindow.lifetime(), DowngradePolicy.NEVER, Period.ZERO);

    /**
     * Validates the ladder; null window means lifetime, null downgrade means never, null grace means zero.
     *
     * @param tiers     at least one, unique ids, base first, strictly increasing requirements
     * @param window    the window or null
     * @param downgrade the downgrade policy or null
     * @param grace     non-negative or null
     */
    public TierPolicy {
        tiers = Require.uniqueList("tiers", Require.notNull("tiers", tiers), Tier::id);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("tiers must list at least the base tier");
        }
        Tier base = tiers.get(0);
        if (!base.requirements().isEmpty() || base.invitationOnly()) {
            throw new IllegalArgumentException("the first tier ('" + base.id()
                    + "') is the base tier everyone holds: it must have no requirements and not be invitation-only, got "
                    + base);
        }
        Tier below = null;
        for (int i = 1; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.invitationOnly()) {
                if (!tier.requirements().isEmpty()) {
                    throw new IllegalArgumentException("tier '" + tier.id()
                            + "' is invitation-only, so it cannot have requirements, got " + tier.requirements());
                }
                continue;
            }
            if (tier.requirements().isEmpty()) {
                throw new IllegalArgumentException("tier '" + tier.id()
                        + "' overlaps the base tier: a tier above the base needs requirements or invitationOnly");
            }
            if (below != null) {
                checkHarder(below, tier);
            }
            below = tier;
        }
        window = window == null ? TierWindow.lifetime() : window;
        downgrade = downgrade == null ? DowngradePolicy.NEVER : downgrade;
        grace = grace == null ? Period.ZERO : grace;
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, got " + grace);
        }
    }

    private static void checkHarder(Tier lower, Tier higher) {
        Map<String, BigDecimal> higherMinimum = new HashMap<>();
        higher.requirements().forEach(r -> higherMinimum.put(r.measure(), r.minimum()));
        boolean strictlyMore = higher.requirements().size() > lower.requirements().size();
        for (Requirement r : lower.requirements()) {
            BigDecimal h = higherMinimum.get(r.measure());
            if (h == null || h.compareTo(r.minimum()) < 0) {
                throw new IllegalArgumentException("tiers '" + lower.id() + "' and '" + higher.id() + "' overlap: '"
                        + lower.id() + "' requires " + r + " but '" + higher.id() + "' above it "
                        + (h == null ? "has no " + r.measure() + " requirement" : "requires only " + r.measure() + " >= "
                        + h.toPlainString()) + "; a higher tier must require at least as much of every metric the tier "
                        + "below requires");
            }
            strictlyMore |= h.compareTo(r.minimum()) > 0;
        }
        if (!strictlyMore) {
            throw new IllegalArgumentException("tiers '" + lower.id() + "' and '" + higher.id()
                    + "' overlap: both require " + lower.requirements() + "; a higher tier must require more of some metric");
        }
    }

    /**
     * The position of a tier on the ladder.
     *
     * @param tierId a tier id
     * @return 0 for the base tier, increasing upward
     * @throws IllegalArgumentException naming the known tiers when there is no such tier
     */
    public int rank(String tierId) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).id().equals(tierId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + tierId + "', the program has "
                + tiers.stream().map(Tier::id).toList());
    }

    /**
     * The tier at a rank.
     *
     * @param rank 0 .. tiers().size() - 1
     * @return the tier
     */
    public Tier tier(int rank) {
        return tiers.get(rank);
    }
}
