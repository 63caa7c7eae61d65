/**
 * A loyalty program as data: {@link io.retention4j.loyalty.program.LoyaltyProgram} and the records it
 * is made of, built in code ({@link io.retention4j.loyalty.program.LoyaltyProgram#builder(String)}) or
 * read from JSON ({@link io.retention4j.loyalty.program.LoyaltyProgram#fromJson(String)}).
 *
 * <p>A program states its zone (every day, week, month, year, birthday, cap period and expiry is
 * local to it) and its currency, and holds:
 * <ul>
 *   <li>the tier ladder ({@link io.retention4j.loyalty.program.TierPolicy}): tiers from lowest to
 *       highest, each qualified by requirements ({@link io.retention4j.loyalty.program.Requirement}) on
 *       spend, orders, qualifying points or event counts over a window
 *       ({@link io.retention4j.loyalty.program.TierWindow}), with a downgrade policy, a grace period,
 *       invitation-only tiers and benefits as data ({@link io.retention4j.loyalty.program.TierBenefits});
 *       tiers that overlap are rejected;</li>
 *   <li>earn rules ({@link io.retention4j.loyalty.program.EarnRule}): a base rate per currency unit with
 *       a rounding mode, multipliers by category, product, channel or date range, fixed points per event,
 *       each with an optional {@link io.retention4j.loyalty.program.Cap};</li>
 *   <li>expiry ({@link io.retention4j.loyalty.program.ExpiryPolicy}) and the pending (returns) period;</li>
 *   <li>the reward catalogue ({@link io.retention4j.loyalty.program.Reward}), the spend order of lots
 *       and the refund policy;</li>
 *   <li>referral terms, goals and time-driven campaign triggers.</li>
 * </ul>
 *
 * <p>Every record validates itself on construction and names the field, the bad value and what is
 * allowed; a JSON document goes through the same constructors, so code and documents accept exactly
 * the same programs, and a bad document gets a
 * {@link io.retention4j.loyalty.program.ProgramFormatException} naming the JSON path. All types here
 * are immutable and safe to share between threads.
 */
package io.retention4j.loyalty.program;
