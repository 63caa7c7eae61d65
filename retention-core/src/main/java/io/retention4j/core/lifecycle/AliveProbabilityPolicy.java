package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;

/**
 * Dormancy by a model's probability that the customer is still alive. With (x, t_x, T) the
 * customer's BTYD history on the day, in the model's unit, and p = {@link
 * AliveProbability#probabilityAlive(int, double, double) P(alive | x, t_x, T)}, the level is
 * CHURNED when {@code p < churnedBelow}, else DORMANT when {@code p < dormantBelow}, else AT_RISK
 * when {@code p < atRiskBelow}, else ACTIVE.
 *
 * <p>The history follows the daily-period convention of
 * {@link io.retention4j.core.summary.RfmSummary}: with purchase days p_0 &lt; ... &lt; p_x, x is the
 * number of repeat purchase days, t_x the time from p_0 to p_x and T the time from p_0 to the day,
 * both in the model's {@link AliveProbability#unit() unit} ({@code TimeScale.WEEKS}: days / 7).
 * So as of the end of a summary's observation day, the model sees what {@code RfmSummary} gives.
 *
 * <p>Note: in BG/NBD and MBG/NBD-style models P(alive) of a one-time buyer (x = 0) is 1 forever, so
 * this policy never flags them; {@link NoPurchasePolicy} does. The lifecycle's replay assumes
 * P(alive) does not increase with T for fixed x and t_x, true of BG/NBD, MBG/NBD and Pareto/NBD.
 * A model answer outside 0..1 (or NaN) is an {@link IllegalStateException} naming the customer.
 *
 * <p>Immutable and thread-safe when the model is.
 */
public final class AliveProbabilityPolicy extends ModelPolicy {
    private static final String MEASURE = "P(alive)";

    private AliveProbabilityPolicy(AliveProbability model, ProbabilityLevels levels) {
        super(model, MEASURE, levels);
    }

    @Override
    double formula(int x, double tx, double T) {
        return model().probabilityAlive(x, tx, T);
    }

    /**
     * A policy with the default thresholds: at risk below 0.7, dormant below 0.5, churned below 0.3.
     *
     * @param model the model
     * @return the policy
     */
    public static AliveProbabilityPolicy of(AliveProbability model) {
        return of(model, 0.7, 0.5, 0.3);
    }

    /**
     * A policy with the given thresholds on P(alive).
     *
     * @param model        the model
     * @param atRiskBelow  at risk when P(alive) is below this, in 0..1
     * @param dormantBelow dormant below this, in 0..1 and {@code < atRiskBelow}
     * @param churnedBelow churned below this, in 0..1 and {@code < dormantBelow}
     * @return the policy
     * @throws IllegalArgumentException naming the threshold outside 0..1 or out of order
     */
    public static AliveProbabilityPolicy of(AliveProbability model, double atRiskBelow, double dormantBelow,
                                            double churnedBelow) {
        Checks.notNull("model", model);
        return new AliveProbabilityPolicy(model, ProbabilityLevels.below(MEASURE, atRiskBelow, dormantBelow,
                churnedBelow));
    }

    /**
     * P(alive) of a customer on a day.
     *
     * @param history the purchase days
     * @param day     a local epoch day, {@code >= history.lastDay()}
     * @return the probability, in 0..1
     */
    public double probabilityAlive(PurchaseHistory history, long day) {
        return probability(history, day);
    }
}
