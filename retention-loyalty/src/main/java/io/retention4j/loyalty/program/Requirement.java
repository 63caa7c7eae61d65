package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * One condition a customer must meet over the tier window to qualify for a tier: the window's
 * {@code metric} is at least {@code minimum}.
 *
 * @param metric    what is counted
 * @param eventType the event type counted when {@code metric} is {@link QualificationMetric#EVENTS}, else null
 * @param minimum   the least value that qualifies (currency units for spend, a count otherwise)
 */
public record Requirement(QualificationMetric metric, String eventType, BigDecimal minimum) {
    /**
     * Validates the fields.
     *
     * @param metric    not null
     * @param eventType non-blank for EVENTS, null otherwise
     * @param minimum   positive; a whole number for counts
     */
    public Requirement {
        Require.notNull("requirement.metric", metric);
        Require.positive("requirement.minimum", minimum);
        if (metric == QualificationMetric.EVENTS) {
            Require.notBlank("requirement.eventType", eventType);
        } else if (eventType != null) {
            throw new IllegalArgumentException("requirement.eventType is only for metric EVENTS, got '" + eventType
                    + "' with metric " + metric);
        }
        if (metric != QualificationMetric.SPEND && minimum.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("requirement.minimum for " + metric + " must be a whole number, got "
                    + minimum.toPlainString());
        }
    }

    /**
     * Net spend of at least {@code amount} in the window.
     *
     * @param amount currency units, positive
     * @return the requirement
     */
    public static Requirement spend(BigDecimal amount) {
        return new Requirement(QualificationMetric.SPEND, null, amount);
    }

    /**
     * Net spend of at least {@code amount} in the window.
     *
     * @param amount currency units as text (for example {@code "500.00"}), positive
     * @return the requirement
     */
    public static Requirement spend(String amount) {
        return spend(Decimals.parse("requirement.minimum", amount));
    }

    /**
     * At least {@code count} orders in the window.
     *
     * @param count positive
     * @return the requirement
     */
    public static Requirement orders(long count) {
        return new Requirement(QualificationMetric.ORDERS, null, BigDecimal.valueOf(count));
    }

    /**
     * At least {@code points} qualifying points in the window.
     *
     * @param points positive
     * @return the requirement
     */
    public static Requirement qualifyingPoints(long points) {
        return new Requirement(QualificationMetric.QUALIFYING_POINTS, null, BigDecimal.valueOf(points));
    }

    /**
     * At least {@code count} events of {@code eventType} in the window.
     *
     * @param eventType the event type, non-blank
     * @param count     positive
     * @return the requirement
     */
    public static Requirement events(String eventType, long count) {
        return new Requirement(QualificationMetric.EVENTS, eventType, BigDecimal.valueOf(count));
    }

    /** What is measured, for messages: {@code spend}, {@code orders}, {@code qualifying_points} or {@code review events}. */
    String measure() {
        return metric == QualificationMetric.EVENTS ? eventType + " events" : metric.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return measure() + " >= " + minimum.toPlainString();
    }
}
