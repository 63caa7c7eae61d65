package io.retention4j.loyalty.personalize;

import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.segment.Condition;
import io.retention4j.loyalty.internal.Require;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Predicate;

/**
 * A named test over a customer profile, for choosing a message register or an offer's eligibility.
 * {@code toString()} is the description.
 */
public interface ProfileRule {
    /**
     * Whether the profile meets the rule.
     *
     * @param profile a profile
     * @return true when it does
     */
    boolean test(CustomerProfile profile);

    /**
     * A rule from a predicate with a description.
     *
     * @param description what the rule says, e.g. {@code "B2B account"}
     * @param predicate   the test
     * @return the rule
     */
    static ProfileRule of(String description, Predicate<CustomerProfile> predicate) {
        Require.notBlank("description", description);
        Require.notNull("predicate", predicate);
        return new ProfileRule() {
            @Override
            public boolean test(CustomerProfile profile) {
                return predicate.test(profile);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /**
     * A rule from one of core's segment conditions.
     *
     * @param condition e.g. {@code Conditions.totalSpend().atLeast(500)}
     * @return the rule, described as the condition
     */
    static ProfileRule of(Condition condition) {
        Require.notNull("condition", condition);
        return of(condition.toString(), condition::test);
    }

    /**
     * An attribute equals a value (e.g. {@code customerType = b2b}).
     *
     * @param key   the attribute
     * @param value the value
     * @return the rule
     */
    static ProfileRule attribute(String key, String value) {
        Require.notBlank("key", key);
        Require.notNull("value", value);
        return of("attribute " + key + " = " + value, p -> value.equals(p.attributes().get(key)));
    }

    /**
     * The customer's age in whole years at the profile's {@code asOf} (in the profile's zone) is in
     * {@code [min, max]}; false when the birthday is unknown.
     *
     * @param min the least age
     * @param max the greatest age, at least {@code min}
     * @return the rule
     * @throws IllegalArgumentException when {@code min < 0} or {@code max < min}
     */
    static ProfileRule ageBetween(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("age band must have 0 <= min <= max, got " + min + ".." + max);
        }
        return of("age " + min + ".." + max, p -> {
            if (p.birthday().isEmpty()) {
                return false;
            }
            LocalDate today = LocalDate.ofInstant(p.asOf(), p.zone());
            int age = Period.between(p.birthday().get(), today).getYears();
            return age >= min && age <= max;
        });
    }
}
