/**
 * Referrals: a customer (the referrer) brings a friend, and the program's
 * {@link io.retention4j.loyalty.program.ReferralTerms} reward either or both of them. The engine runs
 * {@link io.retention4j.loyalty.referral.ReferralRewards} inside the friend's commands and answers
 * {@code LoyaltyEngine.referrals(referrerId)} with a {@link io.retention4j.loyalty.referral.ReferralSummary}.
 *
 * <h2>Codes</h2>
 * A referral code is the referrer's customer id, compared exactly
 * ({@link io.retention4j.loyalty.referral.ReferralRewards#referrerOf}); the friend enrols with it
 * ({@code Enrolment.referredWith(code)}) and it is stored on the friend's ENROL entry. So the referrer of
 * a friend is known from the friend's journal alone, without an index of codes beside the store, and
 * every command on the friend locks the referrer too and writes both journals in one atomic commit.
 * Callers who hand out opaque or vanity codes keep their own code-to-customer map and pass the
 * customer id.
 *
 * <h2>Occasions</h2>
 * The trigger names the friend's actions that are occasions: {@code SIGN_UP} (the enrolment),
 * {@code FIRST_PURCHASE} (the friend's first PURCHASE entry; a later purchase never counts as first,
 * even if the first was refunded) or {@code EVERY_PURCHASE} (each purchase). A sign-up or first-purchase
 * occasion is decided once per friend; a retried command (same key) is replayed by the engine and
 * decides nothing again. Each occasion is either rewarded or skipped, and both are written to the
 * journals (MARK entries, shown by {@code explain}) and reported as {@code REFERRAL_REWARD} actions.
 *
 * <h2>Guards</h2>
 * In this order, the first that applies skips the occasion, with its reason ({@code skipped: <reason>}
 * in the MARK note and the action detail):
 * <ol>
 *   <li><b>self-referral</b>: the code names the friend;</li>
 *   <li><b>unknown referrer</b>: the code names no enrolled customer at the occasion (the referrer may
 *       enrol later; with {@code EVERY_PURCHASE} later purchases then pay);</li>
 *   <li><b>same person</b>: referrer and friend share the normalised value of an identity attribute
 *       ({@link io.retention4j.loyalty.referral.ReferralRewards#normalise});</li>
 *   <li><b>referred twice</b>: the friend shares an identity value with a friend already rewarded for
 *       the same referrer (a second account of one person). The referrer's journal keeps a hash of each
 *       rewarded friend's identity values for this. Two different referrers of one person cannot be
 *       told apart without an index over all customers, which the store does not keep: callers who
 *       need that check it before enrolment. A friend id has one referrer by construction (the code is
 *       fixed at enrolment, and enrolment is once);</li>
 *   <li><b>cap reached</b>: the referrer already has {@code maxPerReferrer} rewarded referrals (distinct
 *       friends). With {@code EVERY_PURCHASE} a friend counts once, at their first rewarded purchase; later
 *       purchases of a counted friend pay even when the cap has been reached since.</li>
 * </ol>
 * Because a command on a friend holds the referrer's lock, two friends of one referrer are decided one
 * after the other, so the cap holds under concurrency.
 *
 * <h2>Credit and refunds</h2>
 * With {@code afterPending} (and a program pending period), rewards are pending lots released when the
 * period, counted from the occasion, ends ({@code confirm} of the friend's order releases the order's own
 * points only). If the order that earned them is refunded in full while they are pending, the rewards of
 * both sides are cancelled (REVERSE entries under the refund, a {@code cancelled} MARK and actions with
 * negative points); the referral still counts toward the cap and the first purchase stays used. A partial
 * refund, or a full refund after the rewards were released or when they were credited at once, takes
 * nothing back (a {@code kept} action says so): referral rewards never draw on other lots, and the
 * refund of the friend's own purchase points is the engine's ordinary proportional reversal. Referral
 * lots do not count as qualifying points for tiers.
 */
package io.retention4j.loyalty.referral;
