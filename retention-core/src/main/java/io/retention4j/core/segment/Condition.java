package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;

/**
 * A named segment's membership test over a {@link CustomerProfile}: a comparison of a profile
 * quantity, an event count, an attribute, a tag, the NPS class or a favourite category, or an
 * and/or/not combination of conditions. Built with {@link Conditions} or read from JSON with
 * {@link RuleSegments#fromJson(String)}; immutable and thread-safe; {@code toString()} reads like
 * the rule, e.g. {@code totalSpend >= 500 and (tag 'vip' or events 'login' >= 10)}.
 */
public sealed interface Condition
        permits FieldCondition, EventCountCondition, AttributeCondition, TagCondition, NpsCondition,
        CategoryCondition, AllOf, AnyOf, NotCondition {

    /**
     * Whether a profile meets the condition.
     *
     * @param profile a profile
     * @return true when it does
     */
    boolean test(CustomerProfile profile);

    /**
     * Both this and another condition.
     *
     * @param other another condition
     * @return {@code this and other}
     */
    default Condition and(Condition other) {
        return Conditions.all(this, other);
    }

    /**
     * This or another condition.
     *
     * @param other another condition
     * @return {@code this or other}
     */
    default Condition or(Condition other) {
        return Conditions.any(this, other);
    }

    /**
     * The opposite of this condition.
     *
     * @return {@code not this}
     */
    default Condition negate() {
        return Conditions.not(this);
    }
}
