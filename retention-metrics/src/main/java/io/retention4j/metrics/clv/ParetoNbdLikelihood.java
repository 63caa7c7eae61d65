package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Objective;
import io.retention4j.metrics.internal.RowChunks;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The Pareto/NBD negative log-likelihood over compressed data and its analytic gradient in
 * (r, α, s, β). Per customer, with the terms of {@link ParetoNbdA0}:
 * <pre>
 * ln L = ln Γ(r+x) - ln Γ(r) + r ln α + s ln β + logAddExp(ℓ1, ln(s/(r+s+x)) + logSubExp(ln a0(t_x), ln a0(T)))
 * ℓ1   = -(r+x) ln(α+T) - s ln(β+T)
 * </pre>
 * The a0 terms depend on (x, t) only, so they are computed once per distinct (x, t_x) and (x, T)
 * pair per evaluation (in parallel for many pairs); Gamma terms once per distinct x; logs of α+T and
 * β+T once per distinct T. A row then costs a handful of exp and log calls.
 *
 * <p>Gradient of the bracket: with weights {@code w1 = e^(ℓ1 - B)}, {@code ωx = (s/a) a0(t_x) / e^B},
 * {@code ωT = (s/a) a0(T) / e^B} (B the log of the bracket), it is {@code w1 ∇ℓ1 + (1 - w1) ∇ln(s/a)
 * + ωx ∇ln a0(t_x) - ωT ∇ln a0(T)}, which stays well conditioned when t_x is close to T.
 */
final class ParetoNbdLikelihood implements Objective {
    private static final int PARALLEL_PAIRS = 1 << 12;
    private static final int PAIR_CHUNK = 1 << 10;

    private final BtydData d;
    private final boolean parallel;
    private final int[] pairX;          // x of each distinct (x, t) pair
    private final double[] pairTime;    // t of each pair
    private final int[] txPair;         // per row: the pair (x, t_x)
    private final int[] tPair;          // per row: the pair (x, T)

    ParetoNbdLikelihood(BtydData data, boolean parallel) {
        this.d = data;
        this.parallel = parallel;
        int rows = data.rows();
        // key = x * (number of distinct times) + index of the time among t_x and T values together
        double[] times = mergeDistinct(data.distinctTx(), data.distinctT());
        long[] keys = new long[2 * rows];
        for (int i = 0; i < rows; i++) {
            keys[2 * i] = key(data.x(i), Arrays.binarySearch(times, data.tx(i)), times.length);
            keys[2 * i + 1] = key(data.x(i), Arrays.binarySearch(times, data.T(i)), times.length);
        }
        long[] distinct = keys.clone();
        Arrays.sort(distinct);
        int n = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[n - 1]) {
                distinct[n++] = distinct[i];
            }
        }
        pairX = new int[n];
        pairTime = new double[n];
        for (int k = 0; k < n; k++) {
            pairX[k] = (int) (distinct[k] / times.length);
            pairTime[k] = times[(int) (distinct[k] % times.length)];
        }
        txPair = new int[rows];
        tPair = new int[rows];
        for (int i = 0; i < rows; i++) {
            txPair[i] = Arrays.binarySearch(distinct, 0, n, keys[2 * i]);
            tPair[i] = Arrays.binarySearch(distinct, 0, n, keys[2 * i + 1]);
        }
    }

    private static long key(int x, int timeIndex, int times) {
        return (long) x * times + timeIndex;
    }

    private static double[] mergeDistinct(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return BtydData.distinct(all);
    }

    /**
     * The number of distinct (x, t) pairs whose a0 term an evaluation computes.
     *
     * @return the count
     */
    int pairs() {
        return pairX.length;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !Double.isFinite(r + alpha + s + beta)) {
            Arrays.fill(gradient, Double.NaN);
            return Double.NaN; // outside the domain: the optimizer steps back
        }
        int[] xs = d.distinctX();
        int kx = xs.length;
        double[] constant = new double[kx];  // ln Γ(r+x) - ln Γ(r) + r ln α + s ln β
        double[] dConstR = new double[kx];
        double[] logShare = new double[kx];  // ln(s/(r+s+x))
        double[] inverseA = new double[kx];  // 1/(r+s+x)
        double lgR = LogMath.logGamma(r);
        double psiR = LogMath.digamma(r);
        double logAlpha = Math.log(alpha);
        double logBeta = Math.log(beta);
        double logS = Math.log(s);
        for (int k = 0; k < kx; k++) {
            int x = xs[k];
            constant[k] = LogMath.logGamma(r + x) - lgR + r * logAlpha + s * logBeta;
            dConstR[k] = LogMath.digamma(r + x) - psiR + logAlpha;
            logShare[k] = logS - Math.log(r + s + x);
            inverseA[k] = 1 / (r + s + x);
        }
        double[] ts = d.distinctT();
        double[] lnAlphaT = new double[ts.length];
        double[] lnBetaT = new double[ts.length];
        double[] invAlphaT = new double[ts.length];
        double[] invBetaT = new double[ts.length];
        for (int j = 0; j < ts.length; j++) {
            lnAlphaT[j] = Math.log(alpha + ts[j]);
            lnBetaT[j] = Math.log(beta + ts[j]);
            invAlphaT[j] = 1 / (alpha + ts[j]);
            invBetaT[j] = 1 / (beta + ts[j]);
        }
        double[] pairLog = new double[pairX.length];
        double[] pairGradient = new double[4 * pairX.length];
        computePairs(r, alpha, s, beta, pairLog, pairGradient);

        double nll = RowChunks.sum(d.rows(), 4, parallel, (from, to, g) -> {
            double sum = 0;
            double gr = 0;
            double galpha = 0;
            double gs = 0;
            double gbeta = 0;
            for (int i = from; i < to; i++) {
                int k = d.xIndex(i);
                int j = d.tIndex(i);
                double w = d.weight(i);
                double rx = r + d.x(i);
                double alive = -rx * lnAlphaT[j] - s * lnBetaT[j];
                int px = txPair[i];
                int pt = tPair[i];
                double atTx = pairLog[px];
                double atT = pairLog[pt];
                double bracket;
                double wAlive;
                double wTx;
                double wT;
                if (atTx > atT) {
                    double dropout = logShare[k] + LogMath.logSubExp(atTx, atT);
                    bracket = LogMath.logAddExp(alive, dropout);
                    wAlive = Math.exp(alive - bracket);
                    wTx = Math.exp(logShare[k] + atTx - bracket);
                    wT = Math.exp(logShare[k] + atT - bracket);
                } else {
                    bracket = alive; // t_x = T: no room to drop out unseen
                    wAlive = 1;
                    wTx = 0;
                    wT = 0;
                }
                double wDropout = 1 - wAlive;
                sum += w * (constant[k] + bracket);
                int gx = 4 * px;
                int gt = 4 * pt;
                gr += w * (dConstR[k] - wAlive * lnAlphaT[j] - wDropout * inverseA[k]
                        + wTx * pairGradient[gx] - wT * pairGradient[gt]);
                galpha += w * (r / alpha - wAlive * rx * invAlphaT[j]
                        + wTx * pairGradient[gx + 1] - wT * pairGradient[gt + 1]);
                gs += w * (logBeta - wAlive * lnBetaT[j] + wDropout * (1 / s - inverseA[k])
                        + wTx * pairGradient[gx + 2] - wT * pairGradient[gt + 2]);
                gbeta += w * (s / beta - wAlive * s * invBetaT[j]
                        + wTx * pairGradient[gx + 3] - wT * pairGradient[gt + 3]);
            }
            g[0] -= gr;
            g[1] -= galpha;
            g[2] -= gs;
            g[3] -= gbeta;
            return -sum;
        }, gradient);
        return nll;
    }

    private void computePairs(double r, double alpha, double s, double beta, double[] pairLog,
                              double[] pairGradient) {
        int n = pairX.length;
        if (!parallel || n < PARALLEL_PAIRS) {
            computePairs(r, alpha, s, beta, 0, n, pairLog, pairGradient);
            return;
        }
        IntStream.range(0, (n + PAIR_CHUNK - 1) / PAIR_CHUNK).parallel().forEach(c -> computePairs(r, alpha, s,
                beta, c * PAIR_CHUNK, Math.min(n, (c + 1) * PAIR_CHUNK), pairLog, pairGradient));
    }

    private void computePairs(double r, double alpha, double s, double beta, int from, int to, double[] pairLog,
                              double[] pairGradient) {
        double[] g = new double[4];
        double[] scratch = new double[5];
        for (int k = from; k < to; k++) {
            pairLog[k] = ParetoNbdA0.log(r, alpha, s, beta, pairX[k], pairTime[k], g, scratch);
            System.arraycopy(g, 0, pairGradient, 4 * k, 4);
        }
    }
}
