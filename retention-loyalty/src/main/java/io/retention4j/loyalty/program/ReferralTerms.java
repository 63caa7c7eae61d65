package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.util.List;

/**
 * How referrals are rewarded.
 *
 * @param referrerPoints      points for the referrer per qualifying action (0 for none)
 * @param friendPoints        points for the referred friend (0 for none)
 * @param trigger             the friend's action that earns the rewards
 * @param afterPending        true: the rewards are pending for the program's pending period like purchase points
 * @param maxPerReferrer      the most rewarded referrals per referrer, 0 for no cap
 * @param identityAttributes  customer attributes (email, device, address, ...) that, when equal for referrer and
 *                            friend, mark the referral as the same person and skip the rewards
 */
public record ReferralTerms(long referrerPoints, long friendPoints, ReferralTrigger trigger, boolean afterPending,
                            int maxPerReferrer, List<String> identityAttributes) {
    /**
     * Validates the fields; a null trigger means FIRST_PURCHASE, null attributes mean none.
     *
     * @param referrerPoints     non-negative
     * @param friendPoints       non-negative, and not both zero
     * @param trigger            trigger or null
     * @param afterPending       pending credit
     * @param maxPerReferrer     non-negative
     * @param identityAttributes non-blank names or null
     */
    public ReferralTerms {
        Require.nonNegative("referral.referrerPoints", referrerPoints);
        Require.nonNegative("referral.friendPoints", friendPoints);
        if (referrerPoints == 0 && friendPoints == 0) {
            throw new IllegalArgumentException("referral rewards nobody: referrerPoints and friendPoints are both 0");
        }
        trigger = trigger == null ? ReferralTrigger.FIRST_PURCHASE : trigger;
        Require.nonNegative("referral.maxPerReferrer", maxPerReferrer);
        identityAttributes = identityAttributes == null ? List.of()
                : Require.uniqueList("referral.identityAttributes", identityAttributes, a -> Require.notBlank("referral.identityAttributes", a));
    }

    @Override
    public String toString() {
        return referrerPoints + " to the referrer and " + friendPoints + " to the friend on "
                + trigger.name().toLowerCase(java.util.Locale.ROOT) + (afterPending ? " (after the pending period)" : "")
                + (maxPerReferrer > 0 ? ", at most " + maxPerReferrer + " per referrer" : "")
                + (identityAttributes.isEmpty() ? "" : ", same person when equal " + identityAttributes);
    }
}
