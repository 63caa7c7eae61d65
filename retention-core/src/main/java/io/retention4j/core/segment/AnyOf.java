package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;
import java.util.List;

/** At least one condition of a non-empty list. */
record AnyOf(List<Condition> conditions) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        for (Condition c : conditions) {
            if (c.test(profile)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return Conditions.join(conditions, " or ");
    }
}
