package io.retention4j.metrics.survival;

import java.util.Locale;

/**
 * Churn odds of customers who did something (an event type such as "opened a ticket" or "used
 * feature X") against those who did not: a 2x2 table and its odds ratio.
 *
 * <pre>
 *                 churned   retained
 *   did X            a          b
 *   did not          c          d
 * </pre>
 * With pseudo-count k ({@link OddsOptions}): odds ratio {@code OR = (a+k)(d+k) / ((b+k)(c+k))} (above 1:
 * customers who did X churn more); Woolf standard error of ln OR
 * {@code sqrt(1/(a+k) + 1/(b+k) + 1/(c+k) + 1/(d+k))}; interval {@code exp(ln OR ± z se)}; Woolf
 * z test {@code ln OR / se} with a two-sided normal p-value. The table is sufficient when every raw
 * cell is at least the minimum cell count.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChurnOdds {
    private final String label;
    private final long churnedWith;
    private final long retainedWith;
    private final long churnedWithout;
    private final long retainedWithout;
    private final OddsOptions options;
    private final double oddsRatio;
    private final double standardError;
    private final double lower;
    private final double upper;

    private ChurnOdds(String label, long a, long b, long c, long d, OddsOptions options) {
        this.label = label;
        this.churnedWith = a;
        this.retainedWith = b;
        this.churnedWithout = c;
        this.retainedWithout = d;
        this.options = options;
        double k = options.pseudoCount();
        this.oddsRatio = (a + k) * (d + k) / ((b + k) * (c + k));
        this.standardError = Math.sqrt(1 / (a + k) + 1 / (b + k) + 1 / (c + k) + 1 / (d + k));
        double z = Stats.z(options.level());
        this.lower = Math.exp(Math.log(oddsRatio) - z * standardError);
        this.upper = Math.exp(Math.log(oddsRatio) + z * standardError);
    }

    /**
     * The odds ratio of a 2x2 table.
     *
     * @param label           what "did X" is, for example the event type
     * @param churnedWith     a: did X and churned, {@code >= 0}
     * @param retainedWith    b: did X and did not churn, {@code >= 0}
     * @param churnedWithout  c: did not do X and churned, {@code >= 0}
     * @param retainedWithout d: did not do X and did not churn, {@code >= 0}
     * @param options         pseudo-count, minimum cell count, level
     * @return the odds
     * @throws IllegalArgumentException for a negative count
     */
    public static ChurnOdds of(String label, long churnedWith, long retainedWith, long churnedWithout,
                               long retainedWithout, OddsOptions options) {
        Args.notNull("label", label);
        Args.notNull("options", options);
        long[] cells = {churnedWith, retainedWith, churnedWithout, retainedWithout};
        String[] names = {"churnedWith", "retainedWith", "churnedWithout", "retainedWithout"};
        for (int i = 0; i < 4; i++) {
            if (cells[i] < 0) {
                throw new IllegalArgumentException(names[i] + " must be >= 0, got " + cells[i]);
            }
        }
        return new ChurnOdds(label, churnedWith, retainedWith, churnedWithout, retainedWithout, options);
    }

    /**
     * What "did X" is.
     *
     * @return the label (the event type)
     */
    public String label() {
        return label;
    }

    /**
     * a: customers who did X and churned.
     *
     * @return the count
     */
    public long churnedWith() {
        return churnedWith;
    }

    /**
     * b: customers who did X and did not churn.
     *
     * @return the count
     */
    public long retainedWith() {
        return retainedWith;
    }

    /**
     * c: customers who did not do X and churned.
     *
     * @return the count
     */
    public long churnedWithout() {
        return churnedWithout;
    }

    /**
     * d: customers who did not do X and did not churn.
     *
     * @return the count
     */
    public long retainedWithout() {
        return retainedWithout;
    }

    /**
     * The raw churn rate of customers who did X.
     *
     * @return {@code a / (a + b)}; NaN when nobody did X
     */
    public double churnRateWith() {
        return (double) churnedWith / (churnedWith + retainedWith);
    }

    /**
     * The raw churn rate of customers who did not do X.
     *
     * @return {@code c / (c + d)}; NaN when everybody did X
     */
    public double churnRateWithout() {
        return (double) churnedWithout / (churnedWithout + retainedWithout);
    }

    /**
     * The smoothed odds ratio.
     *
     * @return {@code (a+k)(d+k) / ((b+k)(c+k))}, positive and finite
     */
    public double oddsRatio() {
        return oddsRatio;
    }

    /**
     * The Woolf standard error of the log odds ratio.
     *
     * @return {@code sqrt(Σ 1/(cell + k))}
     */
    public double logOddsRatioStandardError() {
        return standardError;
    }

    /**
     * The lower end of the Woolf interval.
     *
     * @return {@code exp(ln OR - z se)}
     */
    public double lower() {
        return lower;
    }

    /**
     * The upper end of the Woolf interval.
     *
     * @return {@code exp(ln OR + z se)}
     */
    public double upper() {
        return upper;
    }

    /**
     * The two-sided p-value of the Woolf z test that the odds ratio is 1.
     *
     * @return {@code 2 Φ(-|ln OR / se|)}
     */
    public double pValue() {
        return Stats.twoSidedNormalP(Math.log(oddsRatio) / standardError);
    }

    /**
     * Whether every raw cell reaches the minimum cell count (only sufficient tables are ranked).
     *
     * @return the flag
     */
    public boolean sufficient() {
        long min = Math.min(Math.min(churnedWith, retainedWith), Math.min(churnedWithout, retainedWithout));
        return min >= options.minimumCellCount();
    }

    /**
     * The options the odds were computed with.
     *
     * @return the options
     */
    public OddsOptions options() {
        return options;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: churned %d of %d who did it vs %d of %d who did not, odds ratio %.3f "
                        + "[%.3f, %.3f]%s", label, churnedWith, churnedWith + retainedWith, churnedWithout,
                churnedWithout + retainedWithout, oddsRatio, lower, upper,
                sufficient() ? "" : " (a cell below " + options.minimumCellCount() + ": not ranked)");
    }
}
