package io.retention4j.core.model;

import io.retention4j.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A known customer: who they are, when they signed up, and what the caller knows about them.
 *
 * <p>Customers that appear only in transaction or event logs need no {@code Customer} record; this
 * record adds what the logs cannot know (sign-up date, birthday, attributes such as country or plan).
 *
 * @param id         the customer id, non-blank; the same id the logs use
 * @param signup     when the customer signed up (or was first known), non-null
 * @param birthday   the customer's birthday, or {@code null} when unknown
 * @param attributes free-form attributes (for example {@code country=DE}), never null; copied into an
 *                   unmodifiable map sorted by key
 */
public record Customer(String id, Instant signup, LocalDate birthday, Map<String, String> attributes) {

    /**
     * Creates a customer, validating every field.
     *
     * @param id         the customer id, non-blank
     * @param signup     when the customer signed up, non-null
     * @param birthday   the birthday, or null when unknown
     * @param attributes free-form attributes, non-null; null or blank keys and null values are rejected
     */
    public Customer {
        Checks.notBlank("Customer.id", id);
        Checks.notNull("Customer.signup", signup);
        attributes = Checks.stringMap("Customer.attributes", attributes);
    }

    /**
     * A customer with a sign-up instant and nothing else known.
     *
     * @param id     the customer id
     * @param signup when the customer signed up
     * @return the customer
     */
    public static Customer of(String id, Instant signup) {
        return new Customer(id, signup, null, Map.of());
    }

    /**
     * The birthday, if known.
     *
     * @return the birthday or empty
     */
    public Optional<LocalDate> birthdayIfKnown() {
        return Optional.ofNullable(birthday);
    }

    /**
     * This customer with the given birthday.
     *
     * @param newBirthday the birthday, or {@code null} for unknown
     * @return a copy with the birthday replaced
     */
    public Customer withBirthday(LocalDate newBirthday) {
        return new Customer(id, signup, newBirthday, attributes);
    }

    /**
     * This customer with the given attributes (replacing the current ones).
     *
     * @param newAttributes the attributes
     * @return a copy with the attributes replaced
     */
    public Customer withAttributes(Map<String, String> newAttributes) {
        return new Customer(id, signup, birthday, newAttributes);
    }
}
