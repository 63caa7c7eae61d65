package io.retention4j.loyalty.goal;

import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.program.GoalDefinition;
import io.retention4j.loyalty.program.GoalKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a customer stands on one goal as of an instant. Immutable.
 *
 * <p>The numbers, per kind of goal (all periods are calendar periods in the program's zone; "the
 * current period" is the one containing {@code asOf}):
 * <ul>
 *   <li>{@link GoalKind#SPEND_TARGET}: {@code progress} = net spend of the current period, in the
 *       program's currency: the sum of the amounts of the purchases recorded in the period up to
 *       {@code asOf}, minus the amounts of those purchases refunded up to {@code asOf}. A refund
 *       counts against the period of the purchase it refunds, so progress is never negative and a
 *       refund of an earlier period's purchase does not lower this period. 0 when the period has no
 *       purchase. {@code target} = the goal's target.</li>
 *   <li>{@link GoalKind#STREAK}: {@code progress} = the current run, in months: the number of
 *       consecutive covered calendar months ending with the current month when it is covered, else
 *       ending with the previous month (the customer still has until the end of this month to keep
 *       the run); 0 when neither is covered. A month is covered when it has a purchase of a positive
 *       amount that is not fully refunded by {@code asOf}. {@code target} = the goal's count.</li>
 *   <li>{@link GoalKind#CHALLENGE}: {@code progress} = the number of events of the goal's type
 *       recorded in the current period up to {@code asOf} (0 when none). {@code target} = the goal's
 *       count.</li>
 * </ul>
 *
 * @param customerId   the customer
 * @param goal         the goal
 * @param asOf         the instant the progress is measured at
 * @param periodStart  the first local date of the current period (for STREAK: of the current month)
 * @param deadline     the instant by which the next step must happen, exclusive: for SPEND_TARGET and
 *                     CHALLENGE the end of the current period (the first instant of the next one); for
 *                     STREAK the end of the current month when it is not covered yet, else the end of
 *                     the next month (the month the run continues in)
 * @param progress     see above; non-negative, in {@code unit}
 * @param target       see above; positive, in {@code unit}
 * @param unit         the unit of progress and target: the program's currency code, {@code months}, or
 *                     {@code <eventType> events}
 * @param monthCovered STREAK: whether the current month is already covered; false for the other kinds
 * @param completedAt  when the goal was completed (for SPEND_TARGET and CHALLENGE: in the current
 *                     period; for STREAK: ever), or null when it was not
 */
public record GoalProgress(String customerId, GoalDefinition goal, Instant asOf, LocalDate periodStart, Instant deadline,
                           BigDecimal progress, BigDecimal target, String unit, boolean monthCovered,
                           Instant completedAt) {
    /**
     * Validates the fields.
     *
     * @param customerId   non-blank
     * @param goal         not null
     * @param asOf         not null
     * @param periodStart  not null
     * @param deadline     after {@code asOf}
     * @param progress     non-negative
     * @param target       positive
     * @param unit         non-blank
     * @param monthCovered false unless the goal is a STREAK
     * @param completedAt  not after {@code asOf}, or null
     */
    public GoalProgress {
        Require.notBlank("goalProgress.customerId", customerId);
        Require.notNull("goalProgress.goal", goal);
        String where = "goal progress of '" + goal.id() + "' for '" + customerId + "' ";
        Require.notNull(where + "asOf", asOf);
        Require.notNull(where + "periodStart", periodStart);
        Require.notNull(where + "deadline", deadline);
        if (!deadline.isAfter(asOf)) {
            throw new IllegalArgumentException(where + "deadline " + deadline + " must be after asOf " + asOf);
        }
        Require.nonNegative(where + "progress", progress);
        Require.positive(where + "target", target);
        Require.notBlank(where + "unit", unit);
        if (monthCovered && goal.kind() != GoalKind.STREAK) {
            throw new IllegalArgumentException(where + "monthCovered is only for STREAK goals, the goal is " + goal.kind());
        }
        if (completedAt != null && completedAt.isAfter(asOf)) {
            throw new IllegalArgumentException(where + "completedAt " + completedAt + " must not be after asOf " + asOf);
        }
    }

    /** @return the goal's id */
    public String goalId() {
        return goal.id();
    }

    /** @return the goal's kind */
    public GoalKind kind() {
        return goal.kind();
    }

    /**
     * What is still missing.
     *
     * @return {@code max(0, target - progress)}, in {@code unit}; zero once the target is reached
     */
    public BigDecimal remaining() {
        BigDecimal left = target.subtract(progress);
        return left.signum() > 0 ? left : BigDecimal.ZERO;
    }

    /**
     * How far along the goal is.
     *
     * @return {@code 100 * min(progress, target) / target}, in percent, from 0 (no progress) to 100
     *         (target reached); never NaN since the target is positive
     */
    public double percent() {
        return progress.min(target).doubleValue() * 100.0 / target.doubleValue();
    }

    /** @return whether the goal was completed (in the current period for SPEND_TARGET and CHALLENGE, ever for STREAK) */
    public boolean completed() {
        return completedAt != null;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(customerId).append(' ').append(goal.id()).append(" (").append(goal.kind())
                .append(goal.kind() == GoalKind.STREAK ? ", month of " : ", period from ").append(periodStart)
                .append(") as of ").append(asOf).append(": ").append(progress.toPlainString()).append(" of ")
                .append(target.toPlainString()).append(' ').append(unit)
                .append(String.format(Locale.ROOT, " (%.1f%%)", percent()));
        if (goal.kind() == GoalKind.STREAK) {
            s.append(monthCovered ? ", this month covered" : ", this month not covered yet");
        }
        if (completedAt != null) {
            s.append(", completed ").append(completedAt);
        } else {
            s.append(", ").append(remaining().toPlainString()).append(" to go by ").append(deadline);
        }
        return s.toString();
    }
}
