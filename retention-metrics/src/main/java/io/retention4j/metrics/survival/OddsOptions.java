package io.retention4j.metrics.survival;

import java.util.Locale;

/**
 * How churn odds ratios are smoothed, screened and bounded. Immutable; each wither validates its
 * value and says the allowed range.
 *
 * <ul>
 *   <li>pseudo-count k, added to every cell of the 2x2 table before the odds ratio and its standard
 *   error are computed: 1 by default (add-one smoothing, as issue 4 asks); 0.5 is the
 *   Haldane-Anscombe correction proper.</li>
 *   <li>minimum cell count: a table with any raw cell below it is flagged insufficient and left out
 *   of the ranking (default 5, the usual rule of thumb for normal approximations of 2x2 tables).</li>
 *   <li>confidence level of the Woolf interval (default 0.95).</li>
 * </ul>
 */
public final class OddsOptions {
    private static final OddsOptions DEFAULTS = new OddsOptions(1.0, 5, 0.95);

    private final double pseudoCount;
    private final int minimumCellCount;
    private final double level;

    private OddsOptions(double pseudoCount, int minimumCellCount, double level) {
        this.pseudoCount = pseudoCount;
        this.minimumCellCount = minimumCellCount;
        this.level = level;
    }

    /**
     * The defaults: pseudo-count 1, minimum cell count 5, level 0.95.
     *
     * @return the defaults
     */
    public static OddsOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The pseudo-count added to each cell.
     *
     * @param value in (0, 10]; 0.5 for Haldane-Anscombe, 1 for add-one
     * @return new options
     */
    public OddsOptions pseudoCount(double value) {
        if (!(value > 0 && value <= 10)) {
            throw new IllegalArgumentException("pseudoCount must be in (0, 10], got " + value);
        }
        return new OddsOptions(value, minimumCellCount, level);
    }

    /**
     * The minimum raw count every cell needs for the table to be ranked.
     *
     * @param value {@code >= 0} (0 ranks every table)
     * @return new options
     */
    public OddsOptions minimumCellCount(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("minimumCellCount must be >= 0, got " + value);
        }
        return new OddsOptions(pseudoCount, value, level);
    }

    /**
     * The confidence level of the intervals.
     *
     * @param value in (0, 1)
     * @return new options
     */
    public OddsOptions level(double value) {
        return new OddsOptions(pseudoCount, minimumCellCount, Args.level(value));
    }

    /**
     * The pseudo-count.
     *
     * @return k
     */
    public double pseudoCount() {
        return pseudoCount;
    }

    /**
     * The minimum cell count.
     *
     * @return the count
     */
    public int minimumCellCount() {
        return minimumCellCount;
    }

    /**
     * The confidence level.
     *
     * @return the level
     */
    public double level() {
        return level;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OddsOptions[pseudo-count %s, minimum cell count %d, level %s]",
                Format.number(pseudoCount), minimumCellCount, Format.number(level));
    }
}
