package io.retention4j.metrics.experiment;

/**
 * Accumulates a {@link ProportionStatistic}: one call per exposed unit with whether it converted.
 * Mergeable; not thread-safe itself. {@link #result()} does not reset.
 */
public final class ProportionAccumulator {
    private long converted;
    private long exposed;

    /** An empty accumulator. */
    public ProportionAccumulator() {
    }

    /**
     * Adds one exposed unit.
     *
     * @param didConvert whether it converted
     * @return this accumulator
     */
    public ProportionAccumulator add(boolean didConvert) {
        exposed++;
        if (didConvert) {
            converted++;
        }
        return this;
    }

    /**
     * Adds counted units.
     *
     * @param convertedUnits units that converted, {@code 0 <= convertedUnits <= exposedUnits}
     * @param exposedUnits   units exposed, {@code >= 0}
     * @return this accumulator
     * @throws IllegalArgumentException for negative counts or more conversions than exposures
     */
    public ProportionAccumulator add(long convertedUnits, long exposedUnits) {
        ProportionStatistic.of(convertedUnits, exposedUnits);
        converted += convertedUnits;
        exposed += exposedUnits;
        return this;
    }

    /**
     * Adds another accumulator's counts (the other is unchanged).
     *
     * @param other an accumulator
     * @return this accumulator
     */
    public ProportionAccumulator merge(ProportionAccumulator other) {
        converted += other.converted;
        exposed += other.exposed;
        return this;
    }

    /**
     * The counts so far.
     *
     * @return the result
     */
    public ProportionStatistic result() {
        return ProportionStatistic.of(converted, exposed);
    }
}
