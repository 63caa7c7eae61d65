package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;

/**
 * Something the engine decided that the caller's systems act on (send a message, fulfil a reward).
 * The library sends nothing itself.
 *
 * @param type       what happened
 * @param customerId the customer concerned
 * @param at         when (the instant of the entry or trigger)
 * @param points     the points involved (credited, expiring, ...), 0 when none
 * @param detail     what exactly: the tier change, the reward, the goal, the reason a reward was skipped
 */
public record Action(ActionType type, String customerId, Instant at, long points, String detail) {
    /**
     * Validates the fields.
     *
     * @param type       not null
     * @param customerId non-blank
     * @param at         not null
     * @param points     any
     * @param detail     not null
     */
    public Action {
        Require.notNull("action.type", type);
        Require.notBlank("action.customerId", customerId);
        Require.notNull("action.at", at);
        Require.notNull("action.detail", detail);
    }

    @Override
    public String toString() {
        return at + " " + type + " " + customerId + (points != 0 ? " " + points + " points" : "") + ": " + detail;
    }
}
