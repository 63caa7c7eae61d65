package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;
import java.util.Set;

/**
 * An attribute's value among some values, or (values null) the attribute present or absent.
 * Values compare exactly (case-sensitive).
 */
record AttributeCondition(String key, Set<String> values, boolean present) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        String v = profile.attributes().get(key);
        return values == null ? (v != null) == present : v != null && values.contains(v);
    }

    @Override
    public String toString() {
        if (values == null) {
            return "attribute '" + key + "' " + (present ? "present" : "absent");
        }
        return values.size() == 1 ? "attribute '" + key + "' = '" + values.iterator().next() + "'"
                : "attribute '" + key + "' in " + values;
    }
}
