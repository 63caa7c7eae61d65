package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.util.Locale;

/**
 * An eligible offer with its expected value for one customer:
 * {@code expectedValue = responseProbability * customerValue - cost}.
 *
 * @param offerId             the offer
 * @param kind                what it gives
 * @param responseProbability P(respond), in [0, 1] (see {@link Offer})
 * @param customerValue       the customer's value V
 * @param cost                the offer's cost when accepted
 * @param expectedValue       {@code responseProbability * customerValue - cost}
 * @param why                 the boosts that applied, in words (empty when none)
 */
public record RankedOffer(String offerId, OfferKind kind, double responseProbability, double customerValue,
                          double cost, double expectedValue, String why) {
    /**
     * Validates the fields.
     *
     * @param offerId             non-blank
     * @param kind                not null
     * @param responseProbability in [0, 1]
     * @param customerValue       finite
     * @param cost                finite
     * @param expectedValue       finite
     * @param why                 not null
     */
    public RankedOffer {
        Require.notBlank("rankedOffer.offerId", offerId);
        Require.notNull("rankedOffer.kind", kind);
        Require.notNull("rankedOffer.why", why);
        if (!(responseProbability >= 0 && responseProbability <= 1) || !Double.isFinite(customerValue)
                || !Double.isFinite(cost) || !Double.isFinite(expectedValue)) {
            throw new IllegalArgumentException("ranked offer '" + offerId + "' has a probability outside [0, 1] or a"
                    + " non-finite number: p=" + responseProbability + ", V=" + customerValue + ", cost=" + cost
                    + ", EV=" + expectedValue);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s): EV = %.4f x %.2f - %.2f = %.2f%s", offerId, kind,
                responseProbability, customerValue, cost, expectedValue, why.isEmpty() ? "" : "; " + why);
    }
}
