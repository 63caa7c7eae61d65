package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;

/**
 * A manual correction of a customer's points: positive credits a lot (with the program's expiry),
 * negative draws from lots and cannot overdraw.
 *
 * @param key        the idempotency key
 * @param customerId the customer
 * @param points     non-zero
 * @param reason     why, shown in explain
 */
public record Adjustment(String key, String customerId, long points, String reason) {
    /**
     * Validates the fields.
     *
     * @param key        non-blank
     * @param customerId non-blank
     * @param points     non-zero
     * @param reason     non-blank
     */
    public Adjustment {
        Require.notBlank("adjustment.key", key);
        Require.notBlank("adjustment", key, "customerId", customerId);
        if (points == 0) {
            throw new IllegalArgumentException("adjustment '" + key + "' points must not be 0");
        }
        Require.notBlank("adjustment", key, "reason", reason);
    }

    String fingerprint() {
        return "adjust|" + customerId + "|" + points + "|" + reason;
    }
}
