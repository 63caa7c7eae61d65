package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.profile.CustomerProfile;

/**
 * A named segment defined by a condition over profiles.
 *
 * @param name      the segment name, non-blank
 * @param condition who belongs to it
 */
public record RuleSegment(String name, Condition condition) {
    /**
     * Validates the segment.
     *
     * @param name      the segment name, non-blank
     * @param condition the condition, non-null
     */
    public RuleSegment {
        Checks.notBlank("name", name);
        Checks.notNull("condition", condition);
    }

    /**
     * Whether a customer belongs to the segment.
     *
     * @param profile a profile
     * @return true when the condition holds
     */
    public boolean contains(CustomerProfile profile) {
        return condition.test(profile);
    }

    @Override
    public String toString() {
        return name + ": " + condition;
    }
}
