package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * A normal prior on the effect (absolute or relative, on the scale of the effect it is used
 * with), as GrowthBook's Bayesian engine states it: mean and variance, or flat (improper, infinite
 * variance: the posterior is then the normal likelihood of the estimate itself).
 *
 * @param mean     the prior mean of the effect, finite (0 for flat)
 * @param variance the prior variance, {@code > 0}; {@code +inf} for the flat prior
 */
public record GaussianPrior(double mean, double variance) {
    /**
     * Validates the fields.
     *
     * @param mean     finite
     * @param variance {@code > 0}, or {@code +inf} for flat
     */
    public GaussianPrior {
        Require.finite("prior mean", mean);
        if (!(variance > 0)) {
            throw new IllegalArgumentException("prior variance must be > 0 (or +inf for a flat prior), got "
                    + variance);
        }
    }

    /**
     * The flat (improper) prior.
     *
     * @return mean 0, variance {@code +inf}
     */
    public static GaussianPrior flat() {
        return new GaussianPrior(0, Double.POSITIVE_INFINITY);
    }

    /**
     * A proper prior given by its standard deviation (GrowthBook's default proper prior on the
     * relative effect is mean 0, standard deviation 0.3).
     *
     * @param mean              the prior mean, finite
     * @param standardDeviation {@code > 0}, finite
     * @return the prior
     */
    public static GaussianPrior of(double mean, double standardDeviation) {
        Require.positive("prior standard deviation", standardDeviation);
        return new GaussianPrior(mean, standardDeviation * standardDeviation);
    }

    /**
     * Whether the prior is flat.
     *
     * @return {@code variance == +inf}
     */
    public boolean isFlat() {
        return variance == Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return isFlat() ? "flat prior" : String.format(Locale.ROOT, "normal prior (mean %s, sd %s)",
                Text.number(mean), Text.number(Math.sqrt(variance)));
    }
}
