package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the NPS of customers moved after their feedback, for customers whose case was resolved against
 * those whose case was not: does closing the loop pay?
 *
 * <p><b>Definition</b>, as of an instant {@code asOf}, over the responses to NPS surveys given
 * ({@link Response#at()}) at or before {@code asOf}:
 * <ol>
 *   <li>A customer's <em>before</em> response is their earliest NPS response (ties: the smallest
 *       response id); its case is the customer's <em>anchor</em> case.</li>
 *   <li>Their <em>after</em> response is their latest NPS response given strictly after the before
 *       response (a follow-up survey, the next quarterly NPS, ...).</li>
 *   <li>The customer is in the <em>resolved</em> group when the anchor case was RESOLVED or CLOSED at
 *       the instant of the after response (from the case's history: a fix the customer could have
 *       noticed before answering again), otherwise in the <em>not resolved</em> group. Customers with no
 *       after response yet are counted as {@code awaiting} in the group of the anchor's state at
 *       {@code asOf}, and are in no tally or mean.</li>
 * </ol>
 * Per group: {@code before} and {@code after} tally the paired customers' before and after scores;
 * {@code meanBefore}, {@code meanAfter} are the mean scores (0..10 points) and
 * {@code meanChange = meanAfter - meanBefore}, equal to the mean of the per-customer changes; the NPS
 * values are {@link NpsTally#nps()} of the tallies and {@code npsChange = after.nps - before.nps}. With
 * no paired customer, means and NPS values are NaN.
 *
 * @param asOf        the instant
 * @param resolved    customers whose anchor case was resolved before they answered again
 * @param notResolved the other customers
 */
public record NpsMovement(Instant asOf, Group resolved, Group notResolved) {
    /**
     * Validates the fields.
     *
     * @param asOf        not null
     * @param resolved    not null
     * @param notResolved not null
     */
    public NpsMovement {
        Require.notNull("npsMovement.asOf", asOf);
        Require.notNull("npsMovement.resolved", resolved);
        Require.notNull("npsMovement.notResolved", notResolved);
    }

    /**
     * One group's movement.
     *
     * @param customers  customers with a before and an after response
     * @param awaiting   customers with a before response and no after response yet
     * @param before     the tally of the paired customers' before scores
     * @param after      the tally of their after scores
     * @param meanBefore the mean before score, 0..10; NaN when {@code customers} is 0
     * @param meanAfter  the mean after score, 0..10; NaN when {@code customers} is 0
     */
    public record Group(int customers, int awaiting, NpsTally before, NpsTally after, double meanBefore,
                        double meanAfter) {
        /**
         * Validates the fields.
         *
         * @param customers  the size of both tallies
         * @param awaiting   0 or more
         * @param before     not null
         * @param after      not null
         * @param meanBefore 0..10, or NaN when {@code customers} is 0
         * @param meanAfter  0..10, or NaN when {@code customers} is 0
         */
        public Group {
            Require.nonNegative("group.awaiting", awaiting);
            Require.notNull("group.before", before);
            Require.notNull("group.after", after);
            if (before.n() != customers || after.n() != customers) {
                throw new IllegalArgumentException("group tallies must count the " + customers + " customers, got "
                        + before.n() + " and " + after.n());
            }
        }

        /**
         * The mean change of the score.
         *
         * @return {@code meanAfter - meanBefore} in points of the 0..10 scale; NaN when {@code customers} is 0
         */
        public double meanChange() {
            return meanAfter - meanBefore;
        }

        /**
         * The change of the NPS.
         *
         * @return {@code after.nps() - before.nps()} in NPS points; NaN when {@code customers} is 0
         */
        public double npsChange() {
            return after.nps() - before.nps();
        }

        @Override
        public String toString() {
            return customers + " customers answered again (" + awaiting + " not yet): mean score "
                    + mean(meanBefore) + " -> " + mean(meanAfter) + " (" + NpsTally.points(meanChange()) + "), NPS "
                    + NpsTally.points(before.nps()) + " -> " + NpsTally.points(after.nps()) + " ("
                    + NpsTally.points(npsChange()) + ")";
        }

        private static String mean(double value) {
            return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
        }
    }

    /**
     * The movement over some cases.
     *
     * @param cases      the cases (responses to other surveys are ignored)
     * @param npsSurveys the ids of the NPS surveys
     * @param asOf       the instant
     * @return the movement
     */
    public static NpsMovement of(Collection<FeedbackCase> cases, Set<String> npsSurveys, Instant asOf) {
        Require.notNull("cases", cases);
        Require.notNull("npsSurveys", npsSurveys);
        Require.notNull("asOf", asOf);
        Comparator<FeedbackCase> byTime = Comparator.comparing((FeedbackCase c) -> c.response().at())
                .thenComparing(FeedbackCase::id);
        Map<String, FeedbackCase> first = new HashMap<>();
        for (FeedbackCase c : cases) {
            if (answersNps(c, npsSurveys, asOf)) {
                first.merge(c.customerId(), c, (a, b) -> byTime.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, FeedbackCase> last = new HashMap<>();
        for (FeedbackCase c : cases) {
            FeedbackCase anchor = answersNps(c, npsSurveys, asOf) ? first.get(c.customerId()) : null;
            if (anchor != null && c.response().at().isAfter(anchor.response().at())) {
                last.merge(c.customerId(), c, (a, b) -> byTime.compare(a, b) >= 0 ? a : b);
            }
        }
        Accumulator resolved = new Accumulator();
        Accumulator notResolved = new Accumulator();
        for (FeedbackCase anchor : first.values()) {
            FeedbackCase after = last.get(anchor.customerId());
            if (after == null) {
                CaseState now = anchor.stateAt(asOf);
                (now != null && now.resolved() ? resolved : notResolved).awaiting++;
            } else {
                CaseState then = anchor.stateAt(after.response().at());
                (then != null && then.resolved() ? resolved : notResolved).add(anchor.response().score(),
                        after.response().score());
            }
        }
        return new NpsMovement(asOf, resolved.group(), notResolved.group());
    }

    private static boolean answersNps(FeedbackCase c, Set<String> npsSurveys, Instant asOf) {
        return npsSurveys.contains(c.response().surveyId()) && c.response().score() != null
                && !c.response().at().isAfter(asOf);
    }

    /** Sums of one group. */
    private static final class Accumulator {
        int awaiting;
        NpsTally before = NpsTally.EMPTY;
        NpsTally after = NpsTally.EMPTY;
        long sumBefore;
        long sumAfter;

        void add(int scoreBefore, int scoreAfter) {
            before = before.plus(scoreBefore);
            after = after.plus(scoreAfter);
            sumBefore += scoreBefore;
            sumAfter += scoreAfter;
        }

        Group group() {
            int n = before.n();
            return new Group(n, awaiting, before, after, n == 0 ? Double.NaN : (double) sumBefore / n,
                    n == 0 ? Double.NaN : (double) sumAfter / n);
        }
    }

    @Override
    public String toString() {
        return "NPS movement as of " + asOf + "\n  resolved:     " + resolved + "\n  not resolved: " + notResolved;
    }
}
