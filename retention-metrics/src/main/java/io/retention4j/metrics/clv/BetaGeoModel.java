package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters and the formulas that BG/NBD and MBG/NBD share: purchases at Poisson rate
 * λ ~ Gamma(r, rate α) while alive, dropout with probability p ~ Beta(a, b) after each repeat
 * purchase and, for MBG/NBD, also at time 0. The subclasses give P(alive) and the expectations.
 */
abstract sealed class BetaGeoModel implements TransactionModel permits BgNbdModel, MbgNbdModel {
    private final double r;
    private final double alpha;
    private final double a;
    private final double b;
    private final TimeScale unit;
    private final FitReport report;
    private final boolean dropoutAtStart;

    BetaGeoModel(double r, double alpha, double a, double b, TimeScale unit, FitReport report,
                 boolean dropoutAtStart) {
        this.r = ClvArgs.positive("r", r);
        this.alpha = ClvArgs.positive("alpha", alpha);
        this.a = ClvArgs.positive("a", a);
        this.b = ClvArgs.positive("b", b);
        this.unit = Objects.requireNonNull(unit, "unit");
        this.report = report;
        this.dropoutAtStart = dropoutAtStart;
    }

    /**
     * r.
     *
     * @return the shape of the purchase-rate distribution
     */
    public final double r() {
        return r;
    }

    /**
     * alpha.
     *
     * @return the scale (rate) of the purchase-rate distribution, in the unit's inverse
     */
    public final double alpha() {
        return alpha;
    }

    /**
     * a.
     *
     * @return the first shape of the dropout-probability distribution
     */
    public final double a() {
        return a;
    }

    /**
     * b.
     *
     * @return the second shape of the dropout-probability distribution
     */
    public final double b() {
        return b;
    }

    /**
     * The log-likelihood of the fit, summed over customers.
     *
     * @return the log-likelihood
     * @throws IllegalStateException for a model built from parameters
     */
    public final double logLikelihood() {
        return report().orElseThrow(() -> new IllegalStateException("this model was not fitted")).logLikelihood();
    }

    @Override
    public final TimeScale unit() {
        return unit;
    }

    @Override
    public final Map<String, Double> parameters() {
        return Parameters.named(BgNbd.PARAMETERS, r, alpha, a, b);
    }

    @Override
    public final Optional<FitReport> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public final double probabilityOfPurchases(int n, double t) {
        ClvArgs.count(n);
        ClvArgs.horizon(t);
        return BetaGeoProcess.probabilityOfPurchases(r, alpha, a, b, dropoutAtStart, n, t);
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code 1 - P(alive) + P(alive) ((α+T)/(α+T+t))^(r+x)}: an alive customer drops out only
     * after a purchase, so buys nothing in t with the NBD probability of no purchase.
     */
    @Override
    public final double probabilityNoPurchase(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        double alive = probabilityAlive(x, tx, T);
        return (1 - alive) + alive * Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t)));
    }

    @Override
    public final double logLikelihood(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        return BgNbdLikelihood.logLikelihood(r, alpha, a, b, dropoutAtStart, x, tx, T);
    }

    @Override
    public final SimulatedCustomers simulate(double[] T, long seed) {
        return BetaGeoProcess.simulate(r, alpha, a, b, dropoutAtStart, T, seed, unit);
    }

    @Override
    public final String toString() {
        String head = String.format(Locale.ROOT, "%s[r=%.6f, alpha=%.6f, a=%.6f, b=%.6f; unit %s]", name(), r, alpha, a,
                b, unit);
        return report == null ? head : head + "\n" + report;
    }
}
