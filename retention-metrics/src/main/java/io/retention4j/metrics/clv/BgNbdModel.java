package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way":
 * while alive, a customer buys at Poisson rate λ ~ Gamma(r, rate α); after each repeat purchase
 * the customer drops out with probability p ~ Beta(a, b). Parameter order: r, alpha, a, b.
 *
 * <p>Formulas (equation numbers of the paper): likelihood (6), P(X(t) = n) (8), E[X(t)] (9),
 * E[Y(t) | x, t_x, T] (10) and P(alive | x, t_x, T) = 1 / (1 + 1{x&gt;0} a/(b+x-1)
 * ((α+T)/(α+t_x))^(r+x)). Times are in {@link #unit()}. Immutable and thread-safe.
 */
public final class BgNbdModel extends BetaGeoModel {

    BgNbdModel(double r, double alpha, double a, double b, TimeScale unit, FitReport report) {
        super(r, alpha, a, b, unit, report, false);
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
    public static BgNbdModel of(double r, double alpha, double a, double b, TimeScale unit) {
        return new BgNbdModel(r, alpha, a, b, unit, null);
    }

    @Override
    public String name() {
        return BgNbd.NAME;
    }

    @Override
    public double expectedPurchases(double t) {
        ClvArgs.horizon(t);
        return BetaMixture.expectedPurchases(r(), alpha(), a(), b(), t);
    }

    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        ClvArgs.horizon(t);
        ClvArgs.history(x, tx, T);
        return probabilityAlive(x, tx, T) * BetaMixture.expectedPurchases(r() + x, alpha() + T, a(), b() + x, t);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        ClvArgs.history(x, tx, T);
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a()) - Math.log(b() + x - 1)
                + (r() + x) * (Math.log(alpha() + T) - Math.log(alpha() + tx));
        return 1 / (1 + Math.exp(logOdds));
    }
}
