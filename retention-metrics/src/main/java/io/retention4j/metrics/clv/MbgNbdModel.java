package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;

/**
 * The MBG/NBD model of Batislam, Denizel &amp; Filiztekin (2007), with the corrections of Wagner
 * &amp; Hoppe (2008): as BG/NBD (purchases at Poisson rate λ ~ Gamma(r, rate α) while alive, dropout
 * with probability p ~ Beta(a, b) after each repeat purchase), except that a customer may also drop
 * out at time 0, right after the first purchase. So a customer without repeat purchases need not be
 * alive. Parameter order: r, alpha, a, b. Times are in {@link #unit()}. Immutable and thread-safe.
 *
 * <p>Formulas, with s = 1 (the time-0 dropout chance) where BG/NBD has 0:
 * <ul>
 * <li>likelihood: {@code Γ(r+x) α^r / Γ(r) · B(a, b+x+1)/B(a, b) · [(α+T)^-(r+x) + a/(b+x) (α+t_x)^-(r+x)]};
 * <li>P(alive | x, t_x, T) {@code = 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x))}, for x = 0 too;
 * <li>E[X(t)] {@code = b/(a-1) [1 - (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))]};
 * <li>E[Y(t) | x, t_x, T] {@code = P(alive) (a+b+x)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]};
 * <li>P(X(t) = n) {@code = B(a, b+n+1)/B(a, b) NBD(n) + B(a+1, b+n)/B(a, b) P(NBD >= n)}, NBD the
 *     negative binomial count of purchases in t with shape r and success probability α/(α+t);
 * <li>P(Y(t) = 0 | x, t_x, T) {@code = 1 - P(alive) + P(alive) ((α+T)/(α+T+t))^(r+x)}.
 * </ul>
 * Where a is within 1e-4 of 1 the expectations are integrals over p by quadrature (see
 * {@link BetaMixture}).
 */
public final class MbgNbdModel extends BetaGeoModel {

    MbgNbdModel(double r, double alpha, double a, double b, TimeScale unit, FitReport report) {
        super(r, alpha, a, b, unit, report, true);
    }

    /**
     * A model with known parameters.
     *
     * @param r     shape of the purchase-rate distribution, positive
     * @param alpha scale (rate) of the purchase-rate distribution, in the unit's inverse, positive
     * @param a     first shape of the dropout-probability distribution, positive
     * @param b     second shape of the dropout-probability distribution, positive
     * @param unit  the time unit the rates refer to
     * @return the model
     */
    public static MbgNbdModel of(double r, double alpha, double a, double b, TimeScale unit) {
        return new MbgNbdModel(r, alpha, a, b, unit, null);
    }

    @Override
    public String name() {
        return MbgNbd.NAME;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The time-0 dropout happens with mean probability a/(a+b); a customer who survives it buys
     * like a BG/NBD customer whose p is drawn from Beta(a, b+1).
     */
    @Override
    public double expectedPurchases(double t) {
        ClvArgs.horizon(t);
        return b() / (a() + b()) * BetaMixture.expectedPurchases(r(), alpha(), a(), b() + 1, t);
    }

    /**
     * {@inheritDoc}
     *
     * <p>An alive customer has survived x + 1 dropout chances, so p given the history is
     * Beta(a, b+x+1) and λ is Gamma(r+x, α+T).
     */
    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        ClvArgs.history(x, tx, T);
        return probabilityAlive(x, tx, T) * BetaMixture.expectedPurchases(r() + x, alpha() + T, a(), b() + x + 1, t);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        double logOdds = Math.log(a()) - Math.log(b() + x)
                + (r() + x) * (Math.log(alpha() + T) - Math.log(alpha() + tx));
        return 1 / (1 + Math.exp(logOdds));
    }
}
