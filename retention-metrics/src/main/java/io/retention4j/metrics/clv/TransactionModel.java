package io.retention4j.metrics.clv;

import io.retention4j.core.lifecycle.AliveProbability;
import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;

/**
 * A continuous-time model of repeat purchasing and dropout ("buy till you die"): BG/NBD, MBG/NBD,
 * Pareto/NBD. Every time argument and result is in the model's {@link #unit()}: the unit of the
 * data it was fitted on.
 *
 * <p>Conventions: x is the number of repeat purchases in (0, T], t_x the time of the last one
 * (0 when x = 0, and then ignored), T the customer's age, all measured from the first purchase.
 * Scalar methods reject x &lt; 0, non-finite times, t_x outside [0, T] and negative horizons with an
 * {@link IllegalArgumentException}. Models are immutable and thread-safe. Every transaction model
 * is an {@link AliveProbability}, so retention-core's lifecycle policies and the loyalty module can
 * use it without depending on this module.
 */
public interface TransactionModel extends FittedModel, AliveProbability {

    /**
     * The unit of every time argument and result.
     *
     * @return the unit
     */
    @Override
    TimeScale unit();

    /**
     * E[X(t)]: the expected number of repeat purchases in (0, t] of a customer just acquired.
     *
     * @param t a horizon {@code >= 0}
     * @return the expectation (0 at t = 0)
     */
    double expectedPurchases(double t);

    /**
     * E[Y(t) | x, t_x, T]: the expected number of purchases in (T, T + t] of a customer with this
     * history.
     *
     * @param t  a horizon {@code >= 0}
     * @param x  repeat purchases so far
     * @param tx time of the last purchase
     * @param T  age
     * @return the expectation
     */
    double conditionalExpectedPurchases(double t, int x, double tx, double T);

    /**
     * P(alive | x, t_x, T): the probability that the customer has not dropped out by T.
     *
     * @param x  repeat purchases so far
     * @param tx time of the last purchase
     * @param T  age
     * @return the probability, in [0, 1]
     */
    @Override
    double probabilityAlive(int x, double tx, double T);

    /**
     * P(X(t) = n): the probability that a customer just acquired makes exactly n repeat purchases in
     * (0, t].
     *
     * @param n a count {@code >= 0}
     * @param t a horizon {@code >= 0}
     * @return the probability
     */
    double probabilityOfPurchases(int n, double t);

    /**
     * P(Y(t) = 0 | x, t_x, T): the probability that a customer with this history makes no purchase in
     * (T, T + t], because they have dropped out or because they simply do not buy.
     *
     * @param t  a horizon {@code >= 0}
     * @param x  repeat purchases so far
     * @param tx time of the last purchase
     * @param T  age
     * @return the probability
     */
    @Override
    double probabilityNoPurchase(double t, int x, double tx, double T);

    /**
     * The log-likelihood of one customer's history.
     *
     * @param x  repeat purchases
     * @param tx time of the last purchase
     * @param T  age
     * @return ln L(parameters | x, t_x, T)
     */
    double logLikelihood(int x, double tx, double T);

    /**
     * Simulates customers observed for the given ages, with a seeded generator.
     *
     * @param T    the age of each customer, in the model's unit
     * @param seed the seed; the same seed gives the same customers
     * @return the customers
     */
    SimulatedCustomers simulate(double[] T, long seed);

    /**
     * E[Y(t) | x, t_x, T] for every distinct row of the data (see {@link BtydData#expand} to spread
     * them to customers).
     *
     * @param t    a horizon {@code >= 0}
     * @param data the customers, in the model's unit
     * @return one expectation per distinct row
     */
    default double[] conditionalExpectedPurchases(double t, BtydData data) {
        Units.requireSame(this, data.unit());
        return perRow(data, i -> conditionalExpectedPurchases(t, data.x(i), data.tx(i), data.T(i)));
    }

    /**
     * P(alive) for every distinct row of the data.
     *
     * @param data the customers, in the model's unit
     * @return one probability per distinct row
     */
    default double[] probabilityAlive(BtydData data) {
        Units.requireSame(this, data.unit());
        return perRow(data, i -> probabilityAlive(data.x(i), data.tx(i), data.T(i)));
    }

    /**
     * E[Y(t) | x, t_x, T] for every customer of a summary, in summary order. Recency and T are
     * converted from the summary's unit to the model's; {@code t} is in the model's unit.
     *
     * @param t       a horizon {@code >= 0}, in the model's unit
     * @param summary the customers
     * @return one expectation per summary row
     */
    default double[] conditionalExpectedPurchases(double t, RfmSummary summary) {
        BtydData data = Units.toModelUnit(this, summary);
        return data.expand(conditionalExpectedPurchases(t, data));
    }

    /**
     * P(alive) for every customer of a summary, in summary order (units converted as in
     * {@link #conditionalExpectedPurchases(double, RfmSummary)}).
     *
     * @param summary the customers
     * @return one probability per summary row
     */
    default double[] probabilityAlive(RfmSummary summary) {
        BtydData data = Units.toModelUnit(this, summary);
        return data.expand(probabilityAlive(data));
    }

    /**
     * P(alive) over a grid: frequency 0..maxFrequency by recency 0..T in {@code recencySteps} equal
     * steps, at age T (the plot of Fader, Hardie &amp; Lee 2005). Rows with frequency 0 ignore recency.
     *
     * @param maxFrequency the largest frequency, {@code >= 0}
     * @param recencySteps the number of recency steps, {@code >= 1}
     * @param T            the age, {@code > 0}
     * @return the matrix
     */
    default FrequencyRecencyMatrix probabilityAliveMatrix(int maxFrequency, int recencySteps, double T) {
        return FrequencyRecencyMatrix.of("P(alive)", maxFrequency, recencySteps, T, this::probabilityAlive);
    }

    /**
     * E[Y(t) | x, t_x, T] over the grid of {@link #probabilityAliveMatrix}.
     *
     * @param t            a horizon {@code >= 0}
     * @param maxFrequency the largest frequency
     * @param recencySteps the number of recency steps
     * @param T            the age
     * @return the matrix
     */
    default FrequencyRecencyMatrix conditionalExpectedPurchasesMatrix(double t, int maxFrequency, int recencySteps,
                                                                    double T) {
        return FrequencyRecencyMatrix.of("E[Y(" + t + ")]", maxFrequency, recencySteps, T,
                (x, tx, age) -> conditionalExpectedPurchases(t, x, tx, age));
    }

    private static double[] perRow(BtydData data, java.util.function.IntToDoubleFunction f) {
        return PerRow.evaluate(data.rows(), f);
    }
}
