package io.retention4j.core.segment;

import io.retention4j.core.model.NpsClass;
import io.retention4j.core.profile.CustomerProfile;

/** The NPS class of the latest feedback score; a customer without feedback fails. */
record NpsCondition(NpsClass npsClass) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        return profile.npsClass().map(c -> c == npsClass).orElse(false);
    }

    @Override
    public String toString() {
        return "npsClass " + npsClass;
    }
}
