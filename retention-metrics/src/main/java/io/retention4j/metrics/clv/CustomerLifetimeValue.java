package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Customer lifetime value from a transaction model (BG/NBD, Pareto/NBD, MBG/NBD, ...) and the
 * {@link GammaGammaModel Gamma-Gamma spend model}: the discounted expected value of each customer's
 * purchases over a horizon, counted from the end of their observation.
 *
 * <p>Definition. With Δ the discounting period and K = horizon / Δ periods (both from
 * {@link ClvSettings}, converted into the transaction model's unit by their stated lengths), d the
 * discount rate per period, E[Y(t)] = E[Y(t) | x, t_x, T] the model's conditional expected number
 * of purchases in (T, T + t], and E[M] the Gamma-Gamma expected spend per purchase:
 * <pre>
 * value = E[M] · Σ_{k=1..K} (E[Y(kΔ)] - E[Y((k-1)Δ)]) / (1 + d)^k
 * </pre>
 * the sum being the discounted expected number of purchases. With d = 0 it is E[Y(KΔ)] · E[M].
 * Customers with x = 0 have no mean spend: E[M] is the Gamma-Gamma population mean
 * {@code p γ / (q - 1)} for them (what lifetimes also does, through a zero monetary value). The
 * spend model is assumed independent of the purchase process (the Gamma-Gamma assumption).
 *
 * <p>Relation to Python lifetimes' {@code GammaGammaFitter.customer_lifetime_value(model, frequency,
 * recency, T, monetary_value, time=12, discount_rate=0.01, freq="D")}: lifetimes sums the same
 * discounted increments with Δ = one "month" of {@code factor} model units, where factor is 30 for
 * {@code freq="D"}, 4.345 for "W", 720 for "H" and 1 for "M", over {@code time} such months, and
 * {@code discount_rate} per month. {@code freq} must name the unit the model was fitted in, but
 * nothing checks it: with the default "D" on a model in weeks, the "month" is 30 weeks. To reproduce
 * a lifetimes figure, state its Δ explicitly, for example for a model in days
 * {@code ClvSettings.horizon(12 * 30, TimeScale.DAYS).period(TimeScale.months(30)).discountRate(0.01)},
 * and for a model in weeks with {@code freq="W"} a period of {@code TimeScale.ofDays("", 4.345 * 7)}.
 *
 * <pre>{@code
 * CustomerLifetimeValue clv = CustomerLifetimeValue.of(bg, gg,
 *         ClvSettings.horizon(12, TimeScale.months(30)).discountRate(0.01));
 * ClvEstimates values = clv.estimate(rfm);
 * ClvIntervals ranges = clv.intervals(rfm, p -> BgNbdModel.of(p[0], p[1], p[2], p[3], bg.unit()), 200, 42L);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerLifetimeValue {
    private static final int PARALLEL_WORK = 1 << 14;

    private final TransactionModel purchases;
    private final GammaGammaModel spend;
    private final ClvSettings settings;
    private final double delta;

    private CustomerLifetimeValue(TransactionModel purchases, GammaGammaModel spend, ClvSettings settings) {
        this.purchases = purchases;
        this.spend = spend;
        this.settings = settings;
        this.delta = settings.periodIn(purchases.unit());
    }

    /**
     * A calculator.
     *
     * @param purchases a transaction model; its unit must have a fixed length (not calendar months)
     * @param spend     a spend model
     * @param settings  horizon, period and discount rate
     * @return the calculator
     * @throws IllegalArgumentException when the transaction model's unit is calendar months
     */
    public static CustomerLifetimeValue of(TransactionModel purchases, GammaGammaModel spend, ClvSettings settings) {
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(settings, "settings");
        return new CustomerLifetimeValue(purchases, spend, settings);
    }

    /**
     * The transaction model.
     *
     * @return the model
     */
    public TransactionModel purchases() {
        return purchases;
    }

    /**
     * The spend model.
     *
     * @return the model
     */
    public GammaGammaModel spend() {
        return spend;
    }

    /**
     * The settings.
     *
     * @return horizon, period and discount rate
     */
    public ClvSettings settings() {
        return settings;
    }

    /**
     * The discounting period Δ in the transaction model's unit.
     *
     * @return Δ, for example 30/7 for months of 30 days and a model in weeks
     */
    public double periodInModelUnits() {
        return delta;
    }

    /**
     * The discounted expected number of purchases of one customer:
     * {@code Σ_{k=1..K} (E[Y(kΔ)] - E[Y((k-1)Δ)]) / (1 + d)^k}.
     *
     * @param x  repeat purchases so far
     * @param tx time of the last one, in the model's unit
     * @param T  age, in the model's unit
     * @return the discounted purchase count ({@code >= 0})
     */
    public double discountedPurchases(int x, double tx, double T) {
        return discountedPurchases(purchases, x, tx, T, delta, settings.periods(), settings.discountRate());
    }

    /**
     * The lifetime value of one customer: {@code discountedPurchases(x, t_x, T) · E[M | x, m̄]}.
     *
     * @param x         repeat purchases so far
     * @param tx        time of the last one, in the model's unit
     * @param T         age, in the model's unit
     * @param meanSpend mean value of the repeat purchases (ignored when x = 0), {@code >= 0}
     * @return the value, in the spend model's currency
     * @throws IllegalArgumentException when the expected spend is infinite (q &lt;= 1 and x = 0)
     */
    public double value(int x, double tx, double T, double meanSpend) {
        return discountedPurchases(x, tx, T) * finiteSpend(x, meanSpend, "this customer");
    }

    /**
     * The lifetime value of every customer of a summary. Recency and T are converted from the
     * summary's unit to the model's; the summary's monetary value is m̄.
     *
     * <p>Large inputs (distinct rows × K of at least 16,384) are computed on the common fork-join pool.
     *
     * @param summary the customers, as of the moment from which value is counted
     * @return the estimates, in summary order
     * @throws IllegalArgumentException when the summary is empty, or naming a customer whose
     *                                  expected spend is infinite
     */
    public ClvEstimates estimate(RfmSummary summary) {
        Objects.requireNonNull(summary, "summary");
        BtydData data = Units.toModelUnit(purchases, summary);
        double[] perRow = new double[data.rows()];
        IntStream rows = IntStream.range(0, data.rows());
        if ((long) data.rows() * settings.periods() >= PARALLEL_WORK) {
            rows = rows.parallel();
        }
        rows.forEach(i -> perRow[i] = discountedPurchases(data.x(i), data.tx(i), data.T(i)));
        double[] det = data.expand(perRow);
        double[] em = new double[det.length];
        double[] value = new double[det.length];
        for (int i = 0; i < det.length; i++) {
            em[i] = finiteSpend(summary.frequency(i), summary.monetaryValue(i),
                    "customer '" + summary.customerId(i) + "' (row " + i + ")");
            value[i] = det[i] * em[i];
        }
        return new ClvEstimates(summary, value, det, em, toString());
    }

    /**
     * The lifetime value of every customer with a parametric-bootstrap interval. Each of
     * {@code draws} replicates draws the parameters of both models from the asymptotic normal
     * distribution of their logarithms (the covariances of their {@link FitReport}s, by the delta
     * method), rebuilds the models with those parameters and recomputes every customer's value; the interval is the
     * central {@code level} share of those values (linear interpolation between order statistics).
     * The draws come from one generator seeded with {@code seed}, so the result does not depend on
     * threads. Cost: draws × distinct rows × K evaluations of E[Y(t)], on the common fork-join pool;
     * memory beyond the result stays at draws × 64 numbers per worker. For a large customer base,
     * pass a summary of the customers that need intervals (for example the top ones, built with
     * {@code RfmSummary.fromArrays}): the models keep their fit on the whole base.
     *
     * @param summary the customers
     * @param draws   the number of replicates, 2 .. 100,000
     * @param seed    the seed
     * @return the values and 95% intervals
     * @throws IllegalArgumentException when a model was not fitted or its information matrix is
     *                                  singular
     */
    public ClvIntervals intervals(RfmSummary summary, int draws, long seed) {
        return intervals(summary, draws, 0.95, seed);
    }

    /**
     * As {@link #intervals(RfmSummary, int, long)} with a stated coverage level.
     *
     * @param summary the customers
     * @param draws   the number of replicates, 2 .. 100,000
     * @param level   the coverage, in (0, 1), for example 0.9
     * @param seed    the seed
     * @return the values and intervals
     */
    public ClvIntervals intervals(RfmSummary summary, int draws, double level, long seed) {
        Objects.requireNonNull(summary, "summary");
        if (draws < 2 || draws > 100_000) {
            throw new IllegalArgumentException("draws must be in 2..100000, got " + draws);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        ClvEstimates point = estimate(summary);
        return new ClvBootstrap(this).run(point, draws, level, seed);
    }

    static double discountedPurchases(TransactionModel model, int x, double tx, double T, double delta, int periods,
                                      double rate) {
        double sum = 0;
        double previous = 0;
        double discount = 1;
        double factor = 1 / (1 + rate);
        for (int k = 1; k <= periods; k++) {
            double cumulative = model.conditionalExpectedPurchases(k * delta, x, tx, T);
            discount *= factor;
            sum += (cumulative - previous) * discount;
            previous = cumulative;
        }
        return sum;
    }

    private double finiteSpend(int x, double meanSpend, String who) {
        double m = spend.conditionalExpectedSpend(x, meanSpend);
        if (Double.isInfinite(m)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the expected spend of %s (x = %d) is infinite: the Gamma-Gamma model has q = %.4f, and "
                            + "p x + q <= 1 leaves the posterior mean spend undefined", who, x, spend.q()));
        }
        return m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s + %s, %s; period = %.6g %s", purchases.name(), spend.name(), settings,
                delta, purchases.unit());
    }
}
