/**
 * Goals customers work towards, and where they stand: short-term spend goals ("spend 3000 this
 * month to reach gold"), streaks ("a purchase in each of 12 consecutive calendar months = lifetime
 * membership") and challenges ("write 3 reviews this week"), configured as
 * {@link io.retention4j.loyalty.program.GoalDefinition}s of a program.
 *
 * <p>The engine completes goals inside its purchase and event commands (see
 * {@link io.retention4j.loyalty.goal.GoalTracker} for exactly what a completion writes and why a
 * later refund does not revoke it) and answers {@code LoyaltyEngine.goals(customerId, asOf)} with one
 * {@link io.retention4j.loyalty.goal.GoalProgress} per goal: progress, target, remaining, deadline,
 * percent and completion, each defined there. What is still missing for the next tier is
 * {@code LoyaltyEngine.tier(customerId).spendToNextTier()}.
 */
package io.retention4j.loyalty.goal;
