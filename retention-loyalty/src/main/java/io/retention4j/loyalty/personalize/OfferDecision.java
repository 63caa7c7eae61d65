package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@link NextBestOffer} decided for one customer at one instant.
 *
 * @param customerId the customer
 * @param asOf       the instant
 * @param ranked     the eligible offers with a positive-enough expected value, best first (empty
 *                   when capped)
 * @param rejected   why each other offer was left out, as {@code "<offer>: <reason>"}
 * @param capped     why no offer may be made now (the frequency cap), or null
 */
public record OfferDecision(String customerId, Instant asOf, List<RankedOffer> ranked, List<String> rejected,
                            String capped) {
    /**
     * Validates and copies.
     *
     * @param customerId non-blank
     * @param asOf       not null
     * @param ranked     not null
     * @param rejected   not null
     * @param capped     null or non-blank; when set, {@code ranked} is empty
     */
    public OfferDecision {
        Require.notBlank("decision.customerId", customerId);
        Require.notNull("decision.asOf", asOf);
        ranked = List.copyOf(Require.notNull("decision.ranked", ranked));
        rejected = List.copyOf(Require.notNull("decision.rejected", rejected));
        Require.nullOrNotBlank("decision.capped", capped);
        if (capped != null && !ranked.isEmpty()) {
            throw new IllegalArgumentException("a capped decision ranks no offer");
        }
    }

    /**
     * The offer to make, if any.
     *
     * @return the best ranked offer, or empty
     */
    public Optional<RankedOffer> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Next best offer for ").append(customerId).append(" as of ").append(asOf)
                .append(": ");
        if (capped != null) {
            sb.append("none, ").append(capped);
        } else if (ranked.isEmpty()) {
            sb.append("none");
        } else {
            sb.append(ranked.get(0).offerId());
        }
        for (int i = 0; i < ranked.size(); i++) {
            sb.append("\n  ").append(i + 1).append(". ").append(ranked.get(i));
        }
        for (String r : rejected) {
            sb.append("\n  - ").append(r);
        }
        return sb.toString();
    }
}
