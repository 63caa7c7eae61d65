package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;

/** The number of events of a type (0 when none) within bounds. */
record EventCountCondition(String type, NumberBounds bounds) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        return bounds.test(profile.eventCounts().getOrDefault(type, 0L));
    }

    @Override
    public String toString() {
        return "events '" + type + "' " + bounds;
    }
}
