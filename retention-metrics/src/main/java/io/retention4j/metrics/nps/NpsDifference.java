package io.retention4j.metrics.nps;

import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The difference between two independent Net Promoter Scores (two segments, or two periods with
 * different respondents): difference = score(a) - score(b), standard error = sqrt(var(a) + var(b)),
 * z = difference / standard error, two-sided p-value = 2 (1 - Φ(|z|)), confidence interval =
 * difference ± z_level · standard error. When either side has no answers the standard error is
 * {@code +∞}, z is 0, the p-value 1 and every interval the whole range [-200, 200].
 *
 * <p>Immutable and thread-safe.
 */
public final class NpsDifference {
    private final NpsResult a;
    private final NpsResult b;

    NpsDifference(NpsResult a, NpsResult b) {
        this.a = a;
        this.b = b;
    }

    /**
     * The first score minus the second.
     *
     * @return the difference, in NPS points
     */
    public double difference() {
        return a.score() - b.score();
    }

    /**
     * The standard error of the difference.
     *
     * @return {@code sqrt(var(a) + var(b))}
     */
    public double standardError() {
        return Math.sqrt(a.variance() + b.variance());
    }

    /**
     * The z statistic.
     *
     * @return difference / standard error, 0 when a side is empty
     */
    public double z() {
        double se = standardError();
        return Double.isInfinite(se) || se == 0 ? 0 : difference() / se;
    }

    /**
     * The two-sided p-value of "no difference".
     *
     * @return 2 (1 - Φ(|z|)); 1 when a side is empty
     */
    public double pValue() {
        if (Double.isInfinite(standardError())) {
            return 1;
        }
        if (standardError() == 0) {
            return difference() == 0 ? 1 : 0;
        }
        return 2 * new NormalDistribution(0, 1).cumulativeProbability(-Math.abs(z()));
    }

    /**
     * A two-sided confidence interval for the difference (clipped to -200..200).
     *
     * @param level the confidence level, in (0, 1)
     * @return {lower, upper}
     */
    public double[] confidenceInterval(double level) {
        double z = NpsResult.zFor(level);
        double se = standardError();
        if (Double.isInfinite(se)) {
            return new double[] {-200, 200};
        }
        return new double[] {Math.max(-200, difference() - z * se), Math.min(200, difference() + z * se)};
    }

    @Override
    public String toString() {
        double[] ci = confidenceInterval(0.95);
        return String.format(Locale.ROOT, "NPS difference %.1f (95%% CI %.1f..%.1f, se %.2f, z %.2f, p %.4f)",
                difference(), ci[0], ci[1], standardError(), z(), pValue());
    }
}
