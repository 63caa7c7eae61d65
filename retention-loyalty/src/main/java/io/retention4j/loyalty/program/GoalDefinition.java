package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * A goal customers work towards; completing it emits an action and may grant points or a tier.
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

    @Override
    public String toString() {
        String what = switch (kind) {
            case SPEND_TARGET -> "spend " + target.toPlainString() + " per " + period.name().toLowerCase(java.util.Locale.ROOT);
            case STREAK -> "a purchase in each of " + count + " consecutive months";
            case CHALLENGE -> count + " " + eventType + " events per " + period.name().toLowerCase(java.util.Locale.ROOT);
        };
        return id + ": " + what + (points > 0 ? ", +" + points + " points" : "") + (grantTier != null ? ", tier " + grantTier : "");
    }
}
