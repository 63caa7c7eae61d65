package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * A goal customers work towards; completing it emits a {@code GOAL_COMPLETED} action and may grant
 * points and a tier floor. Build one with {@link #spendTarget}, {@link #streak} or {@link #challenge}
 * and add the reward with {@link #withPoints} and {@link #withTier}; the engine's goal tracker
 * (package {@code io.retention4j.loyalty.goal}) measures progress and completes goals.
 *
 * <ul>
 *   <li>{@link GoalKind#SPEND_TARGET}: net spend (purchases of the period minus what of them was
 *       refunded) of at least {@code target} within one calendar {@code period} in the program's
 *       zone; completes at most once per period.</li>
 *   <li>{@link GoalKind#STREAK}: a purchase in each of {@code count} consecutive calendar months;
 *       completes once ever.</li>
 *   <li>{@link GoalKind#CHALLENGE}: at least {@code count} events of {@code eventType} within one
 *       calendar {@code period}; completes at most once per period.</li>
 * </ul>
 *
 * @param id          unique goal id
 * @param kind        the kind
 * @param period      SPEND_TARGET and CHALLENGE: the period progress counts over (DAY, WEEK, MONTH or YEAR); else null
 * @param target      SPEND_TARGET: the spend to reach, positive; else null
 * @param count       STREAK: consecutive months; CHALLENGE: events to do; else 0
 * @param eventType   CHALLENGE: the event type counted; else null
 * @param points      points granted on completion (0 for none)
 * @param grantTier   a tier id granted as a floor on completion, or null
 */
public record GoalDefinition(String id, GoalKind kind, CapPeriod period, BigDecimal target, int count, String eventType,
                             long points, String grantTier) {
    /**
     * Validates the fields for the kind.
     *
     * @param id        non-blank
     * @param kind      not null
     * @param period    see the record description
     * @param target    see the record description
     * @param count     see the record description
     * @param eventType see the record description
     * @param points    non-negative
     * @param grantTier tier id or null
     */
    public GoalDefinition {
        Require.notBlank("goal.id", id);
        Require.notNull("goal '" + id + "' kind", kind);
        String where = "goal '" + id + "' (" + kind + ") ";
        if (kind == GoalKind.STREAK) {
            if (period != null) {
                throw new IllegalArgumentException(where + "period does not apply (streaks count calendar months), got " + period);
            }
        } else {
            Require.notNull(where + "period", period);
            if (period == CapPeriod.FOREVER) {
                throw new IllegalArgumentException(where + "period must be DAY, WEEK, MONTH or YEAR, got FOREVER");
            }
        }
        if (kind == GoalKind.SPEND_TARGET) {
            Require.positive(where + "target", target);
        } else if (target != null) {
            throw new IllegalArgumentException(where + "target is only for SPEND_TARGET, got " + target);
        }
        if (kind == GoalKind.SPEND_TARGET ? count != 0 : count < 1) {
            throw new IllegalArgumentException(where + "count must be " + (kind == GoalKind.SPEND_TARGET ? "0" : "at least 1")
                    + ", got " + count);
        }
        if (kind == GoalKind.CHALLENGE) {
            Require.notBlank(where + "eventType", eventType);
        } else if (eventType != null) {
            throw new IllegalArgumentException(where + "eventType is only for CHALLENGE, got " + eventType);
        }
        Require.nonNegative(where + "points", points);
        Require.nullOrNotBlank(where + "grantTier", grantTier);
    }

    /**
     * A spend goal without a reward yet ("spend 3000 this month").
     *
     * @param id     the goal id
     * @param period DAY, WEEK (Monday to Sunday), MONTH or YEAR, in the program's zone
     * @param target the net spend to reach in the program's currency, positive (a decimal such as {@code "3000"})
     * @return the goal
     */
    public static GoalDefinition spendTarget(String id, CapPeriod period, String target) {
        Require.notNull("goal '" + id + "' target", target);
        return new GoalDefinition(id, GoalKind.SPEND_TARGET, period, new BigDecimal(target), 0, null, 0, null);
    }

    /**
     * A streak goal without a reward yet ("a purchase in each of 12 consecutive months").
     *
     * @param id     the goal id
     * @param months the consecutive calendar months with a purchase, at least 1
     * @return the goal
     */
    public static GoalDefinition streak(String id, int months) {
        return new GoalDefinition(id, GoalKind.STREAK, null, null, months, null, 0, null);
    }

    /**
     * A challenge without a reward yet ("write 3 reviews this week").
     *
     * @param id        the goal id
     * @param eventType the event type counted
     * @param count     the events to do per period, at least 1
     * @param period    DAY, WEEK (Monday to Sunday), MONTH or YEAR, in the program's zone
     * @return the goal
     */
    public static GoalDefinition challenge(String id, String eventType, int count, CapPeriod period) {
        return new GoalDefinition(id, GoalKind.CHALLENGE, period, null, count, eventType, 0, null);
    }

    /**
     * This goal granting points on completion.
     *
     * @param reward the points, non-negative (0 for none)
     * @return a copy with the points
     */
    public GoalDefinition withPoints(long reward) {
        return new GoalDefinition(id, kind, period, target, count, eventType, reward, grantTier);
    }

    /**
     * This goal raising the customer's tier floor on completion.
     *
     * @param tierId a tier of the program, or null for none
     * @return a copy with the tier
     */
    public GoalDefinition withTier(String tierId) {
        return new GoalDefinition(id, kind, period, target, count, eventType, points, tierId);
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case SPEND_TARGET -> "spend " + target.toPlainString() + " per " + period.name().toLowerCase(java.util.Locale.ROOT);
            case STREAK -> "a purchase in each of " + count + " consecutive months";
            case CHALLENGE -> count + " x " + eventType + " per " + period.name().toLowerCase(java.util.Locale.ROOT);
        };
        String reward = (points > 0 ? " +" + points + " points" : "") + (grantTier != null ? " tier " + grantTier : "");
        return id + ": " + what + (reward.isEmpty() ? "" : " ->" + reward);
    }
}
