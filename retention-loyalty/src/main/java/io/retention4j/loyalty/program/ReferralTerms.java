package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.util.List;

/**
 * How referrals are rewarded. A referred friend enrols with a referral code (the referrer's customer
 * id); at each <em>occasion</em> the {@link #trigger} names (the friend's sign-up, first purchase or
 * every purchase) the engine either rewards the referral or skips it with a reason. The policies
 * (guards, pending credit, refunds) are stated in the {@code io.retention4j.loyalty.referral} package.
 *
 * @param referrerPoints     points credited to the referrer at each rewarded occasion; 0 for none
 * @param friendPoints       points credited to the referred friend at each rewarded occasion; 0 for none
 * @param trigger            the friend's action that is an occasion for the rewards
 * @param afterPending       true: the rewards are credited as pending lots, spendable once the program's
 *                           pending period (counted from the occasion) has passed, and cancelled if the
 *                           order that earned them is refunded in full before then; false (or a program
 *                           without a pending period): spendable at once and never taken back
 * @param maxPerReferrer     the most referrals rewarded per referrer over the referrer's whole membership,
 *                           counted as distinct friends with at least one rewarded occasion (so with
 *                           {@link ReferralTrigger#EVERY_PURCHASE} a friend counts once, however many
 *                           purchases pay); 0 for no cap
 * @param identityAttributes enrolment attributes (email, device, address, ...) that, when their normalised
 *                           values are equal for referrer and friend, mark the two as the same person, and
 *                           when equal for two friends of one referrer, mark the second as referred twice
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
        StringBuilder s = new StringBuilder().append(referrerPoints).append(" points to the referrer and ")
                .append(friendPoints).append(" to the friend at ").append(switch (trigger) {
                    case SIGN_UP -> "the friend's sign-up";
                    case FIRST_PURCHASE -> "the friend's first purchase";
                    case EVERY_PURCHASE -> "every purchase of the friend";
                });
        s.append(afterPending ? ", pending for the program's pending period" : ", spendable at once");
        s.append(maxPerReferrer == 0 ? ", no cap per referrer" : ", at most " + maxPerReferrer + " rewarded referral"
                + (maxPerReferrer == 1 ? "" : "s") + " per referrer");
        if (!identityAttributes.isEmpty()) {
            s.append(", same person if they share ").append(String.join(" or ", identityAttributes));
        }
        return s.toString();
    }
}
