package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.util.Locale;

/**
 * Counts of promoters, passives and detractors and the Net Promoter Score computed from them. (The
 * loyalty module depends on core only; retention-metrics' {@code nps} package has the same score with
 * variance and confidence intervals.)
 *
 * <p>A score 9 or 10 is a promoter, 7 or 8 passive, 0 to 6 a detractor (as core's
 * {@code Feedback.npsClass()}). {@code NPS = 100 * (promoters - detractors) / n} with
 * {@code n = promoters + passives + detractors}: percentage points from -100 to +100.
 *
 * @param promoters  scores 9-10, 0 or more
 * @param passives   scores 7-8, 0 or more
 * @param detractors scores 0-6, 0 or more
 */
public record NpsTally(int promoters, int passives, int detractors) {
    /** No scores. */
    public static final NpsTally EMPTY = new NpsTally(0, 0, 0);

    /**
     * Validates the counts.
     *
     * @param promoters  0 or more
     * @param passives   0 or more
     * @param detractors 0 or more
     */
    public NpsTally {
        Require.nonNegative("nps.promoters", promoters);
        Require.nonNegative("nps.passives", passives);
        Require.nonNegative("nps.detractors", detractors);
    }

    /**
     * The tally of some scores.
     *
     * @param scores scores 0..10
     * @return the tally
     * @throws IllegalArgumentException naming the index and value of a score outside 0..10
     */
    public static NpsTally of(int... scores) {
        NpsTally tally = EMPTY;
        for (int i = 0; i < scores.length; i++) {
            tally = tally.plus(Checks.inRange("scores[" + i + "]", scores[i], 0, 10));
        }
        return tally;
    }

    /**
     * This tally with one more score.
     *
     * @param score 0..10
     * @return a new tally
     */
    public NpsTally plus(int score) {
        Checks.inRange("score", score, 0, 10);
        return score >= 9 ? new NpsTally(promoters + 1, passives, detractors)
                : score >= 7 ? new NpsTally(promoters, passives + 1, detractors)
                : new NpsTally(promoters, passives, detractors + 1);
    }

    /**
     * The number of scores.
     *
     * @return {@code promoters + passives + detractors}
     */
    public int n() {
        return promoters + passives + detractors;
    }

    /**
     * The Net Promoter Score.
     *
     * @return {@code 100 * (promoters - detractors) / n} in points (-100..100); NaN when {@code n} is 0
     *         (no score, no NPS)
     */
    public double nps() {
        int n = n();
        return n == 0 ? Double.NaN : 100.0 * (promoters - detractors) / n;
    }

    /** A signed score with one decimal, or "n/a". */
    static String points(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.1f", value);
    }

    @Override
    public String toString() {
        return "NPS " + points(nps()) + " (n " + n() + ": " + promoters + " promoters, " + passives + " passives, "
                + detractors + " detractors)";
    }
}
