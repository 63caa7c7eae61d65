package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;

/**
 * Points spent: units of a catalogue reward, or a number of points at checkout.
 *
 * @param key        the idempotency key
 * @param customerId the customer
 * @param rewardId   the reward, or null for plain points
 * @param units      reward units (1 or more); ignored (1) for plain points
 * @param points     plain points to spend (positive) when {@code rewardId} is null; else 0
 */
public record Redemption(String key, String customerId, String rewardId, int units, long points) {
    /**
     * Validates the fields.
     *
     * @param key        non-blank
     * @param customerId non-blank
     * @param rewardId   null or non-blank
     * @param units      positive
     * @param points     positive exactly when rewardId is null
     */
    public Redemption {
        Require.notBlank("redemption.key", key);
        Require.notBlank("redemption", key, "customerId", customerId);
        Require.nullOrNotBlank("redemption", key, "rewardId", rewardId);
        Require.positive("redemption", key, "units", units);
        if (rewardId == null) {
            Require.positive("redemption", key, "points", points);
        } else if (points != 0) {
            throw new IllegalArgumentException("redemption '" + key + "' names reward '" + rewardId
                    + "', so its cost comes from the catalogue; points must be 0, got " + points);
        }
    }

    /**
     * Units of a reward.
     *
     * @param key        the key
     * @param customerId the customer
     * @param rewardId   the reward
     * @param units      positive
     * @return the redemption
     */
    public static Redemption reward(String key, String customerId, String rewardId, int units) {
        return new Redemption(key, customerId, rewardId, units, 0);
    }

    /**
     * Plain points.
     *
     * @param key        the key
     * @param customerId the customer
     * @param points     positive
     * @return the redemption
     */
    public static Redemption points(String key, String customerId, long points) {
        return new Redemption(key, customerId, null, 1, points);
    }

    String fingerprint() {
        return "redeem|" + customerId + "|" + rewardId + "|" + units + "|" + points;
    }
}
