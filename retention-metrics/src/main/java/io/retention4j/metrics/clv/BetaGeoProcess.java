package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.internal.LogMath;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.special.Beta;

/**
 * What BG/NBD and MBG/NBD share beyond the likelihood: while alive, a customer buys at Poisson rate
 * λ ~ Gamma(r, rate α) and drops out with probability p ~ Beta(a, b) right after each purchase; with
 * {@code dropoutAtStart} (MBG/NBD) also at time 0, before any repeat purchase.
 */
final class BetaGeoProcess {
    private BetaGeoProcess() {
    }

    /**
     * P(X(t) = n) for a customer just acquired. Given λ and p, with s = 1 for a dropout chance at
     * time 0 and N(t) ~ Poisson(λt): {@code (1-p)^(n+s) P(N(t) = n) + [n+s > 0] p (1-p)^(n+s-1) P(N(t) >= n)};
     * mixed over p and λ this is (FHL 2005 eq. 8; lifetimes' MBG/NBD formula for s = 1)
     * {@code B(a, b+n+s)/B(a, b) NBD(n) + [n+s > 0] B(a+1, b+n+s-1)/B(a, b) P(NBD >= n)}.
     */
    static double probabilityOfPurchases(double r, double alpha, double a, double b, boolean dropoutAtStart, int n,
                                         double t) {
        int s = dropoutAtStart ? 1 : 0;
        double logBeta = LogMath.logBeta(a, b);
        double z = t / (alpha + t);
        double logNbd = LogMath.logGamma(r + n) - LogMath.logGamma(r) - LogMath.logGamma(n + 1.0)
                + r * Math.log(alpha / (alpha + t)) + (n == 0 ? 0 : n * Math.log(z));
        double first = Math.exp(LogMath.logBeta(a, b + n + s) - logBeta + logNbd);
        if (n + s == 0) {
            return first;
        }
        // P(NBD(r, α/(α+t)) >= n) = I_z(n, r); 1 when n = 0
        double tail = n == 0 ? 1 : z == 0 ? 0 : Beta.regularizedBeta(z, n, r);
        return first + Math.exp(LogMath.logBeta(a + 1, b + n + s - 1) - logBeta) * tail;
    }

    /** Draws customers observed for ages T; the same seed gives the same customers. */
    static SimulatedCustomers simulate(double r, double alpha, double a, double b, boolean dropoutAtStart,
                                       double[] T, long seed, TimeScale unit) {
        ClvArgs.ages(T);
        RandomDataGenerator random = new RandomDataGenerator(seed);
        int n = T.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            double lambda = random.nextGamma(r, 1 / alpha);
            double p = random.nextBeta(a, b);
            boolean isAlive = !(dropoutAtStart && random.nextDouble() < p);
            double time = 0;
            while (isAlive) {
                time += random.nextExponential(1 / lambda);
                if (time > T[i]) {
                    break;
                }
                x[i]++;
                tx[i] = time;
                if (random.nextDouble() < p) {
                    isAlive = false; // drops out right after this purchase
                }
            }
            alive[i] = isAlive;
        }
        return new SimulatedCustomers(x, tx, T.clone(), alive, unit);
    }
}
