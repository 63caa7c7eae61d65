package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One way to earn points. Each rule that applies to a purchase or event writes its own ledger entry
 * (and lot), named by the rule's id, so {@code explain} shows where every point came from and a cap
 * limits exactly one rule.
 *
 * <p>Purchase points, per purchase line of amount {@code a} (currency units):
 * <ul>
 *   <li>{@link EarnKind#BASE_RATE}: {@code round(a * pointsPerUnit)};</li>
 *   <li>each matching {@link EarnKind#MULTIPLIER} rule: {@code round(a * pointsPerUnit * (multiplier - 1))},
 *       summed over the purchase's matching lines before rounding;</li>
 *   <li>the tier's earn multiplier m: {@code round(a * pointsPerUnit * (m - 1))}, as rule {@code tier:<id>}.</li>
 * </ul>
 * Extras add up: a gold member (x1.5) on a double-points day earns base * 2.5. Each rule rounds with
 * its own rounding mode (DOWN unless set); the tier's extra, which is not a rule, rounds with the base
 * rule's mode. Negative results never occur.
 *
 * @param id            unique rule id, shown in entries
 * @param kind          the kind
 * @param pointsPerUnit BASE_RATE: points per currency unit, positive; else null
 * @param rounding      BASE_RATE and MULTIPLIER: how fractional points are rounded (null means DOWN)
 * @param multiplier    MULTIPLIER: greater than 1; else null
 * @param dimension     MULTIPLIER: the dimension matched, or null to match every line
 * @param value         MULTIPLIER: the dimension value matched (exact, case-sensitive); null iff dimension is null
 * @param from          MULTIPLIER: first local date (program zone) the rule applies, or null for no start
 * @param until         MULTIPLIER: last local date it applies (inclusive), or null for no end
 * @param eventType     EVENT: the event type; else null
 * @param points        EVENT: points per event, positive; else 0
 * @param cap           the most points per customer and period, or null for none
 */
public record EarnRule(String id, EarnKind kind, BigDecimal pointsPerUnit, RoundingMode rounding, BigDecimal multiplier,
                       Dimension dimension, String value, LocalDate from, LocalDate until, String eventType,
                       long points, Cap cap) {
    /**
     * Validates the fields for the kind; fields the kind does not use must be absent.
     *
     * @param id            non-blank
     * @param kind          not null
     * @param pointsPerUnit see the record description
     * @param rounding      see the record description
     * @param multiplier    see the record description
     * @param dimension     see the record description
     * @param value         see the record description
     * @param from          see the record description
     * @param until         see the record description
     * @param eventType     see the record description
     * @param points        see the record description
     * @param cap           see the record description
     */
    public EarnRule {
        Require.notBlank("earnRule.id", id);
        Require.notNull("earn rule '" + id + "' kind", kind);
        String where = "earn rule '" + id + "' (" + kind + ") ";
        if (kind == EarnKind.BASE_RATE) {
            Require.positive(where + "pointsPerUnit", pointsPerUnit);
        } else {
            absent(where + "pointsPerUnit", pointsPerUnit);
        }
        if (kind == EarnKind.MULTIPLIER) {
            Require.notNull(where + "multiplier", multiplier);
            if (multiplier.compareTo(BigDecimal.ONE) <= 0) {
                throw new IllegalArgumentException(where + "multiplier must be greater than 1, got "
                        + multiplier.toPlainString());
            }
            if ((dimension == null) != (value == null)) {
                throw new IllegalArgumentException(where + "needs both dimension and value or neither, got dimension "
                        + dimension + " and value " + value);
            }
            Require.nullOrNotBlank(where + "value", value);
            if (from != null && until != null && until.isBefore(from)) {
                throw new IllegalArgumentException(where + "until " + until + " is before from " + from);
            }
            if (dimension == null && from == null && until == null) {
                throw new IllegalArgumentException(where + "matches everything forever: give a dimension and value, "
                        + "a date range, or raise the base rate instead");
            }
        } else {
            absent(where + "multiplier", multiplier);
            absent(where + "dimension", dimension);
            absent(where + "value", value);
            absent(where + "from", from);
            absent(where + "until", until);
        }
        if (kind == EarnKind.EVENT) {
            Require.notBlank(where + "eventType", eventType);
            Require.positive(where + "points", points);
            absent(where + "rounding", rounding);
        } else {
            absent(where + "eventType", eventType);
            if (points != 0) {
                throw new IllegalArgumentException(where + "points is only for EVENT rules, got " + points);
            }
            rounding = rounding == null ? RoundingMode.DOWN : rounding;
            if (rounding == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException(where + "rounding UNNECESSARY would fail on fractional points; "
                        + "use DOWN, HALF_UP, HALF_EVEN, UP, FLOOR or CEILING");
            }
        }
    }

    private static void absent(String field, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(field + " does not apply to this kind of rule, got " + value);
        }
    }

    /**
     * Base points per currency unit, rounded down.
     *
     * @param id            the rule id
     * @param pointsPerUnit positive (for example {@code "1"} or {@code "0.5"})
     * @return the rule
     */
    public static EarnRule baseRate(String id, String pointsPerUnit) {
        return new EarnRule(id, EarnKind.BASE_RATE, Decimals.parse("earn rule '" + id + "' pointsPerUnit", pointsPerUnit),
                RoundingMode.DOWN, null, null, null, null, null, null, 0, null);
    }

    /**
     * Extra points on lines matching a dimension value.
     *
     * @param id         the rule id
     * @param dimension  the dimension
     * @param value      the value matched
     * @param multiplier greater than 1
     * @return the rule
     */
    public static EarnRule multiplier(String id, Dimension dimension, String value, String multiplier) {
        return new EarnRule(id, EarnKind.MULTIPLIER, null, null, Decimals.parse("earn rule '" + id + "' multiplier", multiplier),
                dimension, value, null, null, null, 0, null);
    }

    /**
     * A time-boxed bonus campaign: extra points on every purchase from {@code from} to {@code until}
     * (local dates in the program's zone, inclusive).
     *
     * @param id         the rule id
     * @param from       first day
     * @param until      last day
     * @param multiplier greater than 1
     * @return the rule
     */
    public static EarnRule campaign(String id, LocalDate from, LocalDate until, String multiplier) {
        return new EarnRule(id, EarnKind.MULTIPLIER, null, null, Decimals.parse("earn rule '" + id + "' multiplier", multiplier),
                null, null, from, until, null, 0, null);
    }

    /**
     * Fixed points per event.
     *
     * @param id        the rule id
     * @param eventType the event type
     * @param points    positive
     * @return the rule
     */
    public static EarnRule event(String id, String eventType, long points) {
        return new EarnRule(id, EarnKind.EVENT, null, null, null, null, null, null, null, eventType, points, null);
    }

    /**
     * This rule with a cap.
     *
     * @param points the most points per period
     * @param period the period
     * @return a copy with the cap
     */
    public EarnRule cappedAt(long points, CapPeriod period) {
        return new EarnRule(id, kind, pointsPerUnit, rounding, multiplier, dimension, value, from, until, eventType,
                this.points, new Cap(points, period));
    }

    /**
     * This rule with another rounding mode.
     *
     * @param mode the rounding mode
     * @return a copy
     */
    public EarnRule rounding(RoundingMode mode) {
        return new EarnRule(id, kind, pointsPerUnit, mode, multiplier, dimension, value, from, until, eventType,
                points, cap);
    }

    /**
     * Whether a MULTIPLIER rule's date range contains a local date.
     *
     * @param date the purchase's local date in the program's zone
     * @return true when no range is set or the date is inside it
     */
    public boolean activeOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(id).append(": ");
        switch (kind) {
            case BASE_RATE -> s.append(pointsPerUnit.toPlainString()).append(" per unit, rounded ").append(rounding);
            case MULTIPLIER -> {
                s.append('x').append(multiplier.toPlainString());
                if (dimension != null) {
                    s.append(" on ").append(dimension.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(value);
                }
                if (from != null || until != null) {
                    s.append(" from ").append(from == null ? "start" : from).append(" to ").append(until == null ? "end" : until);
                }
            }
            case EVENT -> s.append(points).append(" per ").append(eventType);
        }
        if (cap != null) {
            s.append(", ").append(cap);
        }
        return s.toString();
    }
}
