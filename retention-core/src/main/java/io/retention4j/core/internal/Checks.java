package io.retention4j.core.internal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Argument checks shared by the public records and builders. Every message names the field and the
 * offending value, so a caller can find the bad input without a debugger.
 */
public final class Checks {
    private Checks() {
    }

    /** Requires a non-null value. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /** Requires a non-null string with at least one non-whitespace character. */
    public static String notBlank(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
        }
        return value;
    }

    /** Requires null or a non-blank string (for optional text fields). */
    public static String nullOrNotBlank(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must be null (absent) or non-blank, got '" + value + "'");
        }
        return value;
    }

    /** Requires a finite double (neither NaN nor infinite). */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    /** Requires {@code lo <= value <= hi}. */
    public static int inRange(String field, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(field + " must be in " + lo + ".." + hi + ", got " + value);
        }
        return value;
    }

    /** Requires {@code value > 0}. */
    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
        return value;
    }

    /** Requires {@code value >= 0}. */
    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + value);
        }
        return value;
    }

    /**
     * Copies a string map into an unmodifiable map sorted by key (a stable, readable order for
     * {@code toString()}), rejecting null or blank keys and null values.
     */
    public static Map<String, String> stringMap(String field, Map<String, String> map) {
        notNull(field, map);
        if (map.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(field + " has a null or blank key "
                        + (key == null ? "null" : "'" + key + "'") + " (value '" + e.getValue() + "')");
            }
            if (e.getValue() == null) {
                throw new NullPointerException(field + "['" + key + "'] must not be null");
            }
            copy.put(key, e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }
}
