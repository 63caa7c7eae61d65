package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;
import java.util.List;

/** Every condition of a non-empty list. */
record AllOf(List<Condition> conditions) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        for (Condition c : conditions) {
            if (!c.test(profile)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return Conditions.join(conditions, " and ");
    }
}
