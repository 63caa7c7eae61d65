package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.List;

/**
 * A customer's recommendations, best first.
 *
 * @param customerId the customer
 * @param asOf       the instant (only history before it counted)
 * @param items      the recommendations, best first; may be shorter than asked when the catalogue
 *                   has fewer eligible items
 */
public record Recommendations(String customerId, Instant asOf, List<Recommendation> items) {
    /**
     * Validates and copies.
     *
     * @param customerId non-blank
     * @param asOf       not null
     * @param items      not null, no null elements
     */
    public Recommendations {
        Require.notBlank("recommendations.customerId", customerId);
        Require.notNull("recommendations.asOf", asOf);
        items = List.copyOf(Require.notNull("recommendations.items", items));
    }

    /**
     * The recommended item ids, best first.
     *
     * @return the ids
     */
    public List<String> itemIds() {
        return items.stream().map(Recommendation::itemId).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Recommendations for ").append(customerId).append(" as of ").append(asOf)
                .append(':');
        for (int i = 0; i < items.size(); i++) {
            sb.append("\n  ").append(i + 1).append(". ").append(items.get(i));
        }
        if (items.isEmpty()) {
            sb.append(" none");
        }
        return sb.toString();
    }
}
