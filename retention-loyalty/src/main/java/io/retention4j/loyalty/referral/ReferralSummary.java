package io.retention4j.loyalty.referral;

import io.retention4j.loyalty.internal.Require;
import java.util.List;

/**
 * A customer's record as a referrer, as of an instant, from their journal alone.
 *
 * @param referrerId      the referrer
 * @param cap             the program's most rewarded referrals per referrer ({@code maxPerReferrer}); 0 for no cap
 * @param rewardedFriends the friends with at least one rewarded occasion, in the order of their first reward;
 *                        their number is what the cap limits (a referral whose rewards a refund cancelled
 *                        still counts)
 * @param rewards         the number of rewarded occasions: one per friend for sign-up and first-purchase
 *                        triggers, one per paying purchase for every-purchase; 0 when none
 * @param pointsEarned    points the referrer was credited for referrals, less the points cancelled: the sum
 *                        of the referrer's referral lots' points minus {@code pointsCancelled}, pending
 *                        included, whatever became of them later (spent, expired); 0 when none
 * @param pointsPending   of {@code pointsEarned}, the points still pending: the remaining points of
 *                        referral lots whose pending period has not ended; 0 when none
 * @param pointsCancelled points of pending referral rewards taken back because the friend's order was refunded
 *                        in full; 0 when none
 * @param skipped         every occasion skipped with the referrer recognised, in order (self-referrals and
 *                        unknown referrers are recorded on the friend only, see the friend's explain)
 */
public record ReferralSummary(String referrerId, int cap, List<String> rewardedFriends, int rewards, long pointsEarned,
                              long pointsPending, long pointsCancelled, List<SkippedReferral> skipped) {
    /**
     * Validates the fields and copies the lists.
     *
     * @param referrerId      non-blank
     * @param cap             non-negative
     * @param rewardedFriends not null
     * @param rewards         at least the number of rewarded friends
     * @param pointsEarned    non-negative
     * @param pointsPending   between 0 and {@code pointsEarned}
     * @param pointsCancelled non-negative
     * @param skipped         not null
     */
    public ReferralSummary {
        Require.notBlank("referralSummary.referrerId", referrerId);
        Require.nonNegative("referralSummary.cap", cap);
        rewardedFriends = List.copyOf(Require.notNull("referralSummary.rewardedFriends", rewardedFriends));
        if (rewards < rewardedFriends.size()) {
            throw new IllegalArgumentException("referralSummary.rewards must be at least the " + rewardedFriends.size()
                    + " rewarded friends, got " + rewards);
        }
        Require.nonNegative("referralSummary.pointsEarned", pointsEarned);
        Require.nonNegative("referralSummary.pointsPending", pointsPending);
        if (pointsPending > pointsEarned) {
            throw new IllegalArgumentException("referralSummary.pointsPending (" + pointsPending
                    + ") must not exceed pointsEarned (" + pointsEarned + ")");
        }
        Require.nonNegative("referralSummary.pointsCancelled", pointsCancelled);
        skipped = List.copyOf(Require.notNull("referralSummary.skipped", skipped));
    }

    /**
     * The number of rewarded referrals, the quantity the cap limits.
     *
     * @return {@code rewardedFriends().size()}
     */
    public int rewarded() {
        return rewardedFriends.size();
    }

    /**
     * Whether further friends' referrals will be skipped for the cap.
     *
     * @return {@code cap > 0 && rewarded() >= cap}
     */
    public boolean capReached() {
        return cap > 0 && rewarded() >= cap;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("referrals of ").append(referrerId).append(": ").append(rewarded())
                .append(" rewarded");
        if (cap > 0) {
            s.append(" of at most ").append(cap);
        }
        if (!rewardedFriends.isEmpty()) {
            s.append(' ').append(rewardedFriends);
        }
        s.append(", ").append(rewards).append(rewards == 1 ? " reward, " : " rewards, ").append(pointsEarned)
                .append(" points earned");
        if (pointsPending > 0) {
            s.append(" (").append(pointsPending).append(" pending)");
        }
        if (pointsCancelled > 0) {
            s.append(", ").append(pointsCancelled).append(" cancelled");
        }
        s.append(", ").append(skipped.size()).append(" skipped");
        skipped.forEach(k -> s.append("\n  skipped ").append(k));
        return s.toString();
    }
}
