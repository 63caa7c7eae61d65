package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.util.Locale;

/**
 * One recommended item with its explanation.
 *
 * @param itemId the item
 * @param score  for {@link Reason#BOUGHT}, {@link Reason#VIEWED} and {@link Reason#VIEWED_CATEGORY}
 *               the recommender's score (see {@link Recommender}); for the popularity reasons the
 *               share of buyers who bought the item, in (0, 1]. Scores order items within a reason
 *               group only; the list order is the ranking.
 * @param reason why
 * @param basis  the item bought or viewed, the category or the segment; null for {@link Reason#POPULAR}
 */
public record Recommendation(String itemId, double score, Reason reason, String basis) {
    /**
     * Validates the fields.
     *
     * @param itemId non-blank
     * @param score  finite
     * @param reason not null
     * @param basis  null exactly when the reason is POPULAR
     */
    public Recommendation {
        Require.notBlank("recommendation.itemId", itemId);
        Require.notNull("recommendation '" + itemId + "' reason", reason);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("recommendation '" + itemId + "' score must be finite, got " + score);
        }
        if ((basis == null) != (reason == Reason.POPULAR)) {
            throw new IllegalArgumentException("recommendation '" + itemId + "' with reason " + reason
                    + (basis == null ? " needs a basis" : " takes no basis, got '" + basis + "'"));
        }
    }

    /**
     * The explanation in words.
     *
     * @return e.g. {@code "because you bought A"}, {@code "popular in your segment 'loyal'"}, {@code "popular"}
     */
    public String explanation() {
        return switch (reason) {
            case BOUGHT -> "because you bought " + basis;
            case VIEWED -> "because you viewed " + basis;
            case VIEWED_CATEGORY -> "because you viewed category " + basis;
            case POPULAR_IN_SEGMENT -> "popular in your segment '" + basis + "'";
            case POPULAR -> "popular";
        };
    }

    @Override
    public String toString() {
        return itemId + " " + String.format(Locale.ROOT, "%.4f", score) + " (" + explanation() + ")";
    }
}
