package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.util.regex.Pattern;

/** Argument checks of the feedback package that {@link Require} does not have. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

    private Checks() {
    }

    /** An id of a survey, category or rule: letters, digits, '.', '_', ':' or '-'. */
    static String id(String field, String value) {
        Require.notBlank(field, value);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be letters, digits, '.', '_', ':' or '-', got '" + value + "'");
        }
        return value;
    }

    /** Requires {@code min <= value <= max}. */
    static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** Requires a positive duration. */
    static Duration positive(String field, Duration value) {
        Require.notNull(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be a positive duration, got " + value);
        }
        return value;
    }

    /** A duration as days, hours and minutes ({@code 2d 4h}, {@code 45m}); seconds only when present. */
    static String text(Duration d) {
        if (d.isNegative()) {
            return "-" + text(d.negated());
        }
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        StringBuilder s = new StringBuilder();
        if (days > 0) {
            s.append(days).append('d');
        }
        if (hours > 0) {
            s.append(s.length() > 0 ? " " : "").append(hours).append('h');
        }
        if (minutes > 0) {
            s.append(s.length() > 0 ? " " : "").append(minutes).append('m');
        }
        if (seconds > 0 || s.length() == 0) {
            s.append(s.length() > 0 ? " " : "").append(seconds).append('s');
        }
        return s.toString();
    }
}
