package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;

/**
 * One arm of an {@link OfferExperiment}: its share of the covered customers and the bonus points its
 * customers get instead of the trigger's default points.
 *
 * @param name    the variant's name, unique in the experiment: letters, digits, '.', '_' and '-' only (it is
 *                written into journal marks, see {@code io.retention4j.loyalty.campaign.CampaignMark})
 * @param weight  its share of the covered customers, in {@code 0..1}; the weights of an experiment sum to 1
 * @param points  the bonus points of the offer (for a birthday, before the tier's birthday multiplier); 0 for an
 *                offer without points; always 0 for the holdout
 * @param holdout whether this is the holdout group: its customers get nothing (no points, no offer action), which is
 *                recorded with a mark and a {@code HELD_OUT} action
 */
public record OfferVariant(String name, BigDecimal weight, long points, boolean holdout) {
    /**
     * Validates the fields.
     *
     * @param name    an identifier (see above)
     * @param weight  in {@code 0..1}
     * @param points  non-negative; 0 for the holdout
     * @param holdout whether it is the holdout
     */
    public OfferVariant {
        OfferExperiment.identifier("campaigns.experiments variant name", name);
        Require.nonNegative("campaigns.experiments variant '" + name + "' weight", weight);
        if (weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("campaigns.experiments variant '" + name + "' weight must be in 0..1, got "
                    + weight.toPlainString());
        }
        Require.nonNegative("campaigns.experiments variant '" + name + "' points", points);
        if (holdout && points != 0) {
            throw new IllegalArgumentException("campaigns.experiments variant '" + name + "' is the holdout, which gets"
                    + " nothing: points must be 0, got " + points);
        }
    }

    /**
     * A variant that offers points.
     *
     * @param name   an identifier
     * @param weight in {@code 0..1}
     * @param points non-negative
     * @return the variant
     */
    public static OfferVariant of(String name, double weight, long points) {
        return new OfferVariant(name, BigDecimal.valueOf(weight), points, false);
    }

    /**
     * The holdout group.
     *
     * @param name   an identifier
     * @param weight in {@code 0..1}
     * @return the variant
     */
    public static OfferVariant holdout(String name, double weight) {
        return new OfferVariant(name, BigDecimal.valueOf(weight), 0, true);
    }

    @Override
    public String toString() {
        return name + " " + weight.stripTrailingZeros().toPlainString() + (holdout ? " (holdout)" : " " + points + " points");
    }
}
