package io.retention4j.core.segment;

import io.retention4j.core.profile.CustomerProfile;
import java.util.List;

/** A category as the customer's favourite (first of the top categories), or among the top categories. */
record CategoryCondition(String category, boolean favouriteOnly) implements Condition {
    @Override
    public boolean test(CustomerProfile profile) {
        List<String> top = profile.topCategories();
        return favouriteOnly ? !top.isEmpty() && top.get(0).equals(category) : top.contains(category);
    }

    @Override
    public String toString() {
        return (favouriteOnly ? "topCategory '" : "boughtCategory '") + category + "'";
    }
}
