package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * A catalogue reward customers redeem points for.
 *
 * @param id               unique reward id
 * @param name             display name
 * @param kind             what it is
 * @param cost             points per unit, positive
 * @param value            the money value (for DISCOUNT) or null
 * @param perCustomerLimit the most units one customer may redeem ever, 0 for no limit
 * @param stock            units available to all customers together, or null for unlimited
 * @param minimumTier      the lowest tier id allowed to redeem, or null for everyone
 */
public record Reward(String id, String name, RewardKind kind, long cost, BigDecimal value, int perCustomerLimit,
                     Long stock, String minimumTier) {
    /**
     * Validates the fields; a null name means the id, a null kind means PERK.
     *
     * @param id               non-blank
     * @param name             display name or null
     * @param kind             kind or null
     * @param cost             positive
     * @param value            non-negative or null
     * @param perCustomerLimit non-negative
     * @param stock            non-negative or null
     * @param minimumTier      a tier id (checked by the program) or null
     */
    public Reward {
        Require.notBlank("reward.id", id);
        name = name == null ? id : Require.notBlank("reward '" + id + "' name", name);
        kind = kind == null ? RewardKind.PERK : kind;
        Require.positive("reward '" + id + "' cost", cost);
        if (value != null) {
            Require.nonNegative("reward '" + id + "' value", value);
        }
        Require.nonNegative("reward '" + id + "' perCustomerLimit", perCustomerLimit);
        if (stock != null) {
            Require.nonNegative("reward '" + id + "' stock", stock);
        }
        Require.nullOrNotBlank("reward '" + id + "' minimumTier", minimumTier);
    }

    /**
     * A reward with no limits.
     *
     * @param id   the id
     * @param kind the kind
     * @param cost points per unit
     * @return the reward
     */
    public static Reward of(String id, RewardKind kind, long cost) {
        return new Reward(id, null, kind, cost, null, 0, null, null);
    }

    /**
     * This reward with limited stock.
     *
     * @param units units available to all customers
     * @return a copy
     */
    public Reward withStock(long units) {
        return new Reward(id, name, kind, cost, value, perCustomerLimit, units, minimumTier);
    }

    /**
     * This reward with a per-customer limit.
     *
     * @param units the most units per customer
     * @return a copy
     */
    public Reward withPerCustomerLimit(int units) {
        return new Reward(id, name, kind, cost, value, units, stock, minimumTier);
    }

    @Override
    public String toString() {
        return id + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", " + cost + " points"
                + (perCustomerLimit > 0 ? ", " + perCustomerLimit + " per customer" : "")
                + (stock != null ? ", stock " + stock : "") + (minimumTier != null ? ", tier " + minimumTier + "+" : "") + ")";
    }
}
