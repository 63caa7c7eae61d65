package io.retention4j.loyalty.personalize;

/** Why an item was recommended; the {@link Recommendation#basis() basis} names the evidence. */
public enum Reason {
    /** Similar to an item the customer bought; the basis is that item. */
    BOUGHT,
    /** Similar to an item the customer viewed (and did not buy); the basis is that item. */
    VIEWED,
    /** Popular in a category the customer browsed; the basis is the category. */
    VIEWED_CATEGORY,
    /** Popular with buyers in the customer's segment; the basis is the segment. */
    POPULAR_IN_SEGMENT,
    /** Popular with all buyers (no basis). */
    POPULAR
}
