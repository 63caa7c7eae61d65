package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;

/**
 * One entry of an item's neighbour list: "customers who bought X also bought {@code itemId}".
 *
 * @param itemId  the neighbour item
 * @param score   the similarity ({@link SimilarityMeasure}), as stored (a {@code float})
 * @param support the number of customers with both items
 */
public record Neighbour(String itemId, double score, int support) {
    /**
     * Validates the fields.
     *
     * @param itemId  non-blank
     * @param score   positive
     * @param support positive
     */
    public Neighbour {
        Require.notBlank("neighbour.itemId", itemId);
        if (!(score > 0)) {
            throw new IllegalArgumentException("neighbour '" + itemId + "' score must be positive, got " + score);
        }
        Require.positive("neighbour '" + itemId + "' support", support);
    }

    @Override
    public String toString() {
        return itemId + " (" + String.format(java.util.Locale.ROOT, "%.4f", score) + ", " + support + " customers)";
    }
}
