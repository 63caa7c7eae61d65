package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;

/** The opposite of a condition. */
record NotCondition(Condition condition) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        return !condition.test(profile);
    }

    @Override
    public String toString() {
        return "not " + Conditions.wrap(condition);
    }
}
