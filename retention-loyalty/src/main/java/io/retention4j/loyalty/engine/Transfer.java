package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;

/**
 * Points moved from one customer to another. The receiver gets one lot per lot drawn, each keeping
 * the expiry of the lot it came from, so a transfer neither creates nor extends points.
 *
 * @param key    the idempotency key
 * @param from   the giver
 * @param to     the receiver, not the giver
 * @param points positive
 */
public record Transfer(String key, String from, String to, long points) {
    /**
     * Validates the fields.
     *
     * @param key    non-blank
     * @param from   non-blank
     * @param to     non-blank, not {@code from}
     * @param points positive
     */
    public Transfer {
        Require.notBlank("transfer.key", key);
        Require.notBlank("transfer", key, "from", from);
        Require.notBlank("transfer", key, "to", to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("transfer '" + key + "' from and to are the same customer '" + from + "'");
        }
        Require.positive("transfer", key, "points", points);
    }

    String fingerprint() {
        return "transfer|" + from + "|" + to + "|" + points;
    }
}
