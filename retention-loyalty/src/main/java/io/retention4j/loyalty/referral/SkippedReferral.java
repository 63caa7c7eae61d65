package io.retention4j.loyalty.referral;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;

/**
 * An occasion on which a referral was not rewarded, and why.
 *
 * @param friendId the referred friend
 * @param at       when the occasion was decided
 * @param occasion the key of the friend's command that was the occasion: an order id, or
 *                 {@code enrol:<friend>} for a sign-up
 * @param reason   why the reward was skipped (self-referral, unknown referrer, same person, referred
 *                 twice, cap reached), in words
 */
public record SkippedReferral(String friendId, Instant at, String occasion, String reason) {
    /**
     * Validates the fields.
     *
     * @param friendId non-blank
     * @param at       not null
     * @param occasion non-blank
     * @param reason   non-blank
     */
    public SkippedReferral {
        Require.notBlank("skippedReferral.friendId", friendId);
        Require.notNull("skippedReferral.at", at);
        Require.notBlank("skippedReferral.occasion", occasion);
        Require.notBlank("skippedReferral.reason", reason);
    }

    @Override
    public String toString() {
        return friendId + " at " + at + " (" + occasion + "): " + reason;
    }
}
