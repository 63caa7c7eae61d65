package io.retention4j.core.lifecycle;

import io.retention4j.core.time.TimeScale;

/**
 * A model of whether a customer is still "alive" (has not silently stopped buying), given their
 * purchase history: the contract through which lifecycle policies and the loyalty module use the
 * BTYD models of retention-metrics (BG/NBD, Pareto/NBD, MBG/NBD implement it) without depending on
 * that module.
 *
 * <p>History convention: x repeat purchases after the first one, t_x the time of the last purchase
 * and T the customer's age, both measured from the first purchase in {@link #unit()} (the BTYD
 * summary of {@link io.retention4j.core.summary.RfmSummary}). Implementations are immutable and
 * thread-safe.
 */
public interface AliveProbability {
    /**
     * The unit of every time argument.
     *
     * @return the unit
     */
    TimeScale unit();

    /**
     * P(alive | x, t_x, T).
     *
     * @param x  repeat purchases, {@code >= 0}
     * @param tx time of the last purchase, in 0..T (ignored when x = 0)
     * @param T  age
     * @return the probability, in [0, 1]
     */
    double probabilityAlive(int x, double tx, double T);

    /**
     * P(no purchase in (T, T + t] | x, t_x, T): dead, or alive without buying.
     *
     * @param t  the horizon, {@code >= 0}
     * @param x  repeat purchases
     * @param tx time of the last purchase
     * @param T  age
     * @return the probability, in [0, 1]
     */
    double probabilityNoPurchase(double t, int x, double tx, double T);
}
