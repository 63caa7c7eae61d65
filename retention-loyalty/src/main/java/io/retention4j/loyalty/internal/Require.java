package io.retention4j.loyalty.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Argument checks for the loyalty module's records and builders. Every message names the field, the
 * offending value and what is allowed, so a caller finds bad input without a debugger.
 */
public final class Require {
    private Require() {
    }

    /**
     * Requires a non-null value.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @param <T>   the value's type
     * @return the value
     * @throws NullPointerException naming the field when the value is null
     */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /**
     * Requires a non-null string with at least one non-whitespace character.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @return the value
     * @throws NullPointerException     naming the field when the value is null
     * @throws IllegalArgumentException naming the field and the value when it is blank
     */
    public static String notBlank(String field, String value) {
        notNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
        }
        return value;
    }

    /**
     * Requires a non-null string with at least one non-whitespace character, naming the field as
     * {@code "<owner> '<id>' <field>"}; the name is built only when the check fails, so commands
     * validate their fields without building strings on the hot path.
     *
     * @param owner what the field belongs to, e.g. "purchase"
     * @param id    the owner's id, e.g. the order id
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws NullPointerException     naming the field when the value is null
     * @throws IllegalArgumentException naming the field and the value when it is blank
     */
    public static String notBlank(String owner, String id, String field, String value) {
        if (value == null || value.isBlank()) {
            notBlank(owner + " '" + id + "' " + field, value);
        }
        return value;
    }

    /**
     * Requires null or a non-blank string, naming the field as {@code "<owner> '<id>' <field>"}
     * only when the check fails.
     *
     * @param owner what the field belongs to
     * @param id    the owner's id
     * @param field the field's name
     * @param value the value or null
     * @return the value
     * @throws IllegalArgumentException naming the field and the value when it is blank
     */
    public static String nullOrNotBlank(String owner, String id, String field, String value) {
        if (value != null && value.isBlank()) {
            nullOrNotBlank(owner + " '" + id + "' " + field, value);
        }
        return value;
    }

    /**
     * Requires a non-null value, naming the field as {@code "<owner> '<id>' <field>"} only when
     * the check fails.
     *
     * @param owner what the field belongs to
     * @param id    the owner's id
     * @param field the field's name
     * @param value the value
     * @param <T>   the value's type
     * @return the value
     * @throws NullPointerException naming the field when the value is null
     */
    public static <T> T notNull(String owner, String id, String field, T value) {
        if (value == null) {
            notNull(owner + " '" + id + "' " + field, value);
        }
        return value;
    }

    /**
     * Requires {@code value > 0}, naming the field as {@code "<owner> '<id>' <field>"} only when
     * the check fails.
     *
     * @param owner what the field belongs to
     * @param id    the owner's id
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static long positive(String owner, String id, String field, long value) {
        if (value <= 0) {
            positive(owner + " '" + id + "' " + field, value);
        }
        return value;
    }

    /**
     * Requires a non-null {@code value > 0}, naming the field as {@code "<owner> '<id>' <field>"}
     * only when the check fails.
     *
     * @param owner what the field belongs to
     * @param id    the owner's id
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws NullPointerException     naming the field when the value is null
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static BigDecimal positive(String owner, String id, String field, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            positive(owner + " '" + id + "' " + field, value);
        }
        return value;
    }

    /**
     * Requires null or a non-blank string.
     *
     * @param field the field's name, for the message
     * @param value the value or null
     * @return the value
     * @throws IllegalArgumentException naming the field and the value when it is blank
     */
    public static String nullOrNotBlank(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must be absent or non-blank, got '" + value + "'");
        }
        return value;
    }

    /**
     * Requires {@code value > 0}.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static long positive(String field, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
        return value;
    }

    /**
     * Requires {@code value >= 0}.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be zero or positive, got " + value);
        }
        return value;
    }

    /**
     * Requires a non-null {@code value > 0}.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @return the value
     * @throws NullPointerException     naming the field when the value is null
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static BigDecimal positive(String field, BigDecimal value) {
        notNull(field, value);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value.toPlainString());
        }
        return value;
    }

    /**
     * Requires a non-null {@code value >= 0}.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @return the value
     * @throws NullPointerException     naming the field when the value is null
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        notNull(field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be zero or positive, got " + value.toPlainString());
        }
        return value;
    }

    /**
     * Copies a list, rejecting null elements and duplicate names.
     *
     * @param field  the list's name, for the message
     * @param values the elements
     * @param name   the name (id) of an element
     * @param <T>    the element type
     * @return an unmodifiable copy
     * @throws NullPointerException     naming the list or the null element's index
     * @throws IllegalArgumentException naming the list, the repeated name and its second index
     */
    public static <T> List<T> uniqueList(String field, Collection<T> values, Function<T, String> name) {
        notNull(field, values);
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (T value : values) {
            notNull(field + "[" + i + "]", value);
            String id = name.apply(value);
            if (!seen.add(id)) {
                throw new IllegalArgumentException(field + " has the id '" + id + "' twice (at index " + i + ")");
            }
            i++;
        }
        return List.copyOf(values);
    }
}
