package io.retention4j.metrics.nps;

import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A Net Promoter Score with its sampling uncertainty.
 *
 * <p>Definitions, for n answers of which P are promoters (9-10), D detractors (0-6) and the rest
 * passives (7-8), with p = P / n and d = D / n:
 * <ul>
 *   <li>score = 100 (p - d), on a -100..100 scale;</li>
 *   <li>variance of the score = 100² (p + d - (p - d)²) / n (the multinomial variance of p - d),
 *       standard error its square root;</li>
 *   <li>confidence interval = score ± z · standard error (normal approximation; z = 1.96 for 95%),
 *       clipped to [-100, 100].</li>
 * </ul>
 * No answers (n = 0): score 0, variance and standard error {@code +∞}, and every confidence
 * interval the whole range [-100, 100]; {@link #isEmpty()} says so. No NaN is ever returned.
 *
 * <p>Immutable and thread-safe.
 */
public final class NpsResult {
    private final long promoters;
    private final long passives;
    private final long detractors;

    private NpsResult(long promoters, long passives, long detractors) {
        this.promoters = promoters;
        this.passives = passives;
        this.detractors = detractors;
    }

    /**
     * The result of given counts.
     *
     * @param promoters  answers 9-10, {@code >= 0}
     * @param passives   answers 7-8, {@code >= 0}
     * @param detractors answers 0-6, {@code >= 0}
     * @return the result
     */
    public static NpsResult of(long promoters, long passives, long detractors) {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got promoters " + promoters + ", passives "
                    + passives + ", detractors " + detractors);
        }
        return new NpsResult(promoters, passives, detractors);
    }

    /**
     * The number of answers.
     *
     * @return n
     */
    public long count() {
        return promoters + passives + detractors;
    }

    /**
     * Whether there are no answers.
     *
     * @return {@code count() == 0}
     */
    public boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Promoters (scores 9-10).
     *
     * @return the count
     */
    public long promoters() {
        return promoters;
    }

    /**
     * Passives (scores 7-8).
     *
     * @return the count
     */
    public long passives() {
        return passives;
    }

    /**
     * Detractors (scores 0-6).
     *
     * @return the count
     */
    public long detractors() {
        return detractors;
    }

    /**
     * The share of promoters.
     *
     * @return P / n, 0 when empty
     */
    public double promoterShare() {
        return isEmpty() ? 0 : (double) promoters / count();
    }

    /**
     * The share of detractors.
     *
     * @return D / n, 0 when empty
     */
    public double detractorShare() {
        return isEmpty() ? 0 : (double) detractors / count();
    }

    /**
     * The Net Promoter Score.
     *
     * @return 100 (P - D) / n in -100..100, 0 when empty
     */
    public double score() {
        return isEmpty() ? 0 : 100.0 * (promoters - detractors) / count();
    }

    /**
     * The sampling variance of the score.
     *
     * @return 100² (p + d - (p - d)²) / n, {@code +∞} when empty
     */
    public double variance() {
        if (isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double p = promoterShare();
        double d = detractorShare();
        return 10_000 * (p + d - (p - d) * (p - d)) / count();
    }

    /**
     * The standard error of the score.
     *
     * @return the square root of {@link #variance()}
     */
    public double standardError() {
        return Math.sqrt(variance());
    }

    /**
     * A two-sided confidence interval for the score (normal approximation, clipped to -100..100).
     *
     * @param level the confidence level, in (0, 1), e.g. 0.95
     * @return {lower, upper}
     */
    public double[] confidenceInterval(double level) {
        double z = zFor(level);
        if (isEmpty()) {
            return new double[] {-100, 100};
        }
        double half = z * standardError();
        return new double[] {Math.max(-100, score() - half), Math.min(100, score() + half)};
    }

    /**
     * The difference of this score and another, independent one (two groups or two periods).
     *
     * @param other the other result
     * @return this score minus the other, with its uncertainty
     */
    public NpsDifference minus(NpsResult other) {
        return new NpsDifference(this, other);
    }

    static double zFor(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        return new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + level / 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpsResult other && promoters == other.promoters && passives == other.passives
                && detractors == other.detractors;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(promoters) * 961 + Long.hashCode(passives) * 31 + Long.hashCode(detractors);
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "NPS[no answers]";
        }
        double[] ci = confidenceInterval(0.95);
        return String.format(Locale.ROOT, "NPS %.1f (95%% CI %.1f..%.1f, se %.2f) from %,d answers: "
                        + "%,d promoters (%.1f%%), %,d passives, %,d detractors (%.1f%%)",
                score(), ci[0], ci[1], standardError(), count(), promoters, 100 * promoterShare(), passives,
                detractors, 100 * detractorShare());
    }
}
