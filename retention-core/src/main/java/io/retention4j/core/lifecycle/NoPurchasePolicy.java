package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;

/**
 * Dormancy by a model's probability that the customer makes no purchase in the next {@code t}
 * (the horizon, in the model's unit). With (x, t_x, T) the customer's BTYD history on the day (the
 * daily-period convention described at {@link AliveProbabilityPolicy}) and q =
 * {@link AliveProbability#probabilityNoPurchase(double, int, double, double) P(no purchase in
 * (T, T + t] | x, t_x, T)}, the level is CHURNED when {@code q > churnedAbove}, else DORMANT when
 * {@code q > dormantAbove}, else AT_RISK when {@code q > atRiskAbove}, else ACTIVE.
 *
 * <p>Unlike P(alive), q grows for one-time buyers too, so this policy flags them. The lifecycle's
 * replay assumes q does not decrease with T for fixed x and t_x, true of BG/NBD, MBG/NBD and
 * Pareto/NBD. A model answer outside 0..1 (or NaN) is an {@link IllegalStateException} naming the
 * customer.
 *
 * <p>Immutable and thread-safe when the model is.
 */
public final class NoPurchasePolicy extends ModelPolicy {
    private final double horizon;

    private NoPurchasePolicy(AliveProbability model, double horizon, double atRiskAbove, double dormantAbove,
                             double churnedAbove) {
        super(model, "P(no purchase in the next " + Days.number(horizon) + " " + model.unit() + ")",
                ProbabilityLevels.above("P(no purchase)", atRiskAbove, dormantAbove, churnedAbove));
        this.horizon = horizon;
    }

    @Override
    double formula(int x, double tx, double T) {
        return model().probabilityNoPurchase(horizon, x, tx, T);
    }

    /**
     * A policy with the default thresholds: at risk above 0.5, dormant above 0.7, churned above 0.9.
     *
     * @param model   the model
     * @param horizon t, in the model's unit, positive and finite
     * @return the policy
     */
    public static NoPurchasePolicy of(AliveProbability model, double horizon) {
        return of(model, horizon, 0.5, 0.7, 0.9);
    }

    /**
     * A policy with the given thresholds on P(no purchase in the next t).
     *
     * @param model        the model
     * @param horizon      t, in the model's unit, positive and finite
     * @param atRiskAbove  at risk when the probability is above this, in 0..1
     * @param dormantAbove dormant above this, in 0..1 and {@code > atRiskAbove}
     * @param churnedAbove churned above this, in 0..1 and {@code > dormantAbove}
     * @return the policy
     * @throws IllegalArgumentException naming the horizon or the threshold that is out of range or
     *                                  out of order
     */
    public static NoPurchasePolicy of(AliveProbability model, double horizon, double atRiskAbove,
                                      double dormantAbove, double churnedAbove) {
        Checks.notNull("model", model);
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            throw new IllegalArgumentException("horizon must be positive and finite (in the model's unit, "
                    + model.unit() + "), got " + horizon);
        }
        return new NoPurchasePolicy(model, horizon, atRiskAbove, dormantAbove, churnedAbove);
    }

    /**
     * The horizon t, in the model's unit.
     *
     * @return t
     */
    public double horizon() {
        return horizon;
    }

    /**
     * P(no purchase in the next t) of a customer on a day.
     *
     * @param history the purchase days
     * @param day     a local epoch day, {@code >= history.lastDay()}
     * @return the probability, in 0..1
     */
    public double probabilityNoPurchase(PurchaseHistory history, long day) {
        return probability(history, day);
    }
}
