package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;

/** A profile quantity within bounds; a missing quantity fails. */
record FieldCondition(ProfileField field, NumberBounds bounds) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        return bounds.test(field.raw(profile));
    }

    @Override
    public String toString() {
        return field.fieldName() + " " + bounds;
    }
}
