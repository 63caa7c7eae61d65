package io.retention4j.metrics.experiment;

import java.util.Locale;

/**
 * A conversion count: {@code converted} of {@code exposed} units did the thing (bought again,
 * stayed, clicked).
 *
 * <p>Definitions: rate = converted / exposed (0 when nobody was exposed); per-unit variance =
 * rate (1 - rate), the Bernoulli variance with denominator n, as GrowthBook's stats engine uses it;
 * the variance of the rate is that divided by n.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProportionStatistic implements ArmStatistic {
    private final long converted;
    private final long exposed;

    private ProportionStatistic(long converted, long exposed) {
        this.converted = converted;
        this.exposed = exposed;
    }

    /**
     * The statistic of given counts.
     *
     * @param converted units that converted, {@code 0 <= converted <= exposed}
     * @param exposed   units exposed, {@code >= 0}
     * @return the statistic
     * @throws IllegalArgumentException for negative counts or more conversions than exposures
     */
    public static ProportionStatistic of(long converted, long exposed) {
        if (converted < 0 || exposed < 0 || converted > exposed) {
            throw new IllegalArgumentException("need 0 <= converted <= exposed, got converted " + converted
                    + ", exposed " + exposed);
        }
        return new ProportionStatistic(converted, exposed);
    }

    /**
     * Units that converted.
     *
     * @return the count
     */
    public long converted() {
        return converted;
    }

    /**
     * Units exposed.
     *
     * @return the count
     */
    @Override
    public long n() {
        return exposed;
    }

    /**
     * The conversion rate.
     *
     * @return converted / exposed, 0 when nobody was exposed
     */
    @Override
    public double mean() {
        return exposed == 0 ? 0 : (double) converted / exposed;
    }

    /**
     * The per-unit Bernoulli variance.
     *
     * @return rate (1 - rate), 0 when nobody was exposed
     */
    @Override
    public double variance() {
        double p = mean();
        return p * (1 - p);
    }

    /**
     * The sum of both arms' counts (for pooling partitions or periods).
     *
     * @param other another count (unchanged)
     * @return the pooled count
     */
    public ProportionStatistic plus(ProportionStatistic other) {
        return of(converted + other.converted, exposed + other.exposed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProportionStatistic other && converted == other.converted && exposed == other.exposed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(converted) * 31 + Long.hashCode(exposed);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d / %,d = %s", converted, exposed, Text.percent(mean()));
    }
}
