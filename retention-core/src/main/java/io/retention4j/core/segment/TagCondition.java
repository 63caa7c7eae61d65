package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;

/** A tag among the customer's tags ({@link Conditions#tagsOf(CustomerProfile)}). */
record TagCondition(String tag) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        return Conditions.tagsOf(profile).contains(tag);
    }

    @Override
    public String toString() {
        return "tag '" + tag + "'";
    }
}
