package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import java.util.Map;
import java.util.Optional;

/**
 * A transaction model simple enough to compute by hand: every customer buys at Poisson rate λ per
 * unit forever (no dropout, no heterogeneity), so E[Y(t)] = E[X(t)] = λ t, P(alive) = 1 and
 * P(X(t) = n) = e^(-λt) (λt)^n / n!.
 */
final class PoissonStub implements TransactionModel {
    private final double lambda;
    private final TimeScale unit;

    PoissonStub(double lambda, TimeScale unit) {
        this.lambda = lambda;
        this.unit = unit;
    }

    @Override
    public String name() {
        return "Poisson";
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of("lambda", lambda);
    }

    @Override
    public Optional<FitReport> report() {
        return Optional.empty();
    }

    @Override
    public TimeScale unit() {
        return unit;
    }

    @Override
    public double expectedPurchases(double t) {
        return lambda * t;
    }

    @Override
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        return lambda * t;
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        return 1;
    }

    @Override
    public double probabilityOfPurchases(int n, double t) {
        double logP = -lambda * t + n * Math.log(lambda * t);
        for (int k = 2; k <= n; k++) {
            logP -= Math.log(k);
        }
        return n == 0 ? Math.exp(-lambda * t) : Math.exp(logP);
    }

    @Override
    public double probabilityNoPurchase(double t, int x, double tx, double T) {
        return Math.exp(-lambda * t);
    }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        return x * Math.log(lambda) - lambda * T;
    }

    @Override
    public SimulatedCustomers simulate(double[] T, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int n = T.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            alive[i] = true;
            for (double time = -Math.log1p(-random.nextDouble()) / lambda; time <= T[i];
                 time -= Math.log1p(-random.nextDouble()) / lambda) {
                x[i]++;
                tx[i] = time;
            }
        }
        return new SimulatedCustomers(x, tx, T.clone(), alive, unit);
    }
}
