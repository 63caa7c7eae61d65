package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Objective;
import io.retention4j.metrics.internal.RowChunks;

/**
 * The BG/NBD negative log-likelihood over compressed data and its analytic gradient in
 * (r, alpha, a, b). Per customer (Fader, Hardie &amp; Lee 2005, eq. 6, in logs):
 * <pre>
 * ln L = ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a, b+x) - ln B(a, b)
 *        + ln[ (α+T)^-(r+x) + 1{x>0} a/(b+x-1) (α+t_x)^-(r+x) ]
 * </pre>
 * the last term by log-sum-exp. Gamma and digamma terms are computed once per distinct x, logs of
 * α+T and α+t_x once per distinct T and t_x, so a row costs one exp and one log.
 *
 * <p>The MBG/NBD variant (Batislam, Denizel &amp; Filiztekin 2007, with the erratum of Wagner &amp;
 * Hoppe 2008), where a customer may also drop out at time 0, has the same shape with b+x shifted
 * by one: {@code ln B(a, b+x+1)} and {@code a/(b+x)}, the second term present for x = 0 too.
 */
final class BgNbdLikelihood implements Objective {
    private final BtydData d;
    private final boolean parallel;
    private final int shift; // 1 when the customer may drop out at time 0 (MBG/NBD), else 0

    BgNbdLikelihood(BtydData data, boolean parallel) {
        this(data, parallel, false);
    }

    BgNbdLikelihood(BtydData data, boolean parallel, boolean dropoutAtStart) {
        this.d = data;
        this.parallel = parallel;
        this.shift = dropoutAtStart ? 1 : 0;
    }

    /**
     * One customer's log-likelihood, the scalar form of {@link #valueAndGradient}.
     *
     * @param dropoutAtStart true for MBG/NBD, false for BG/NBD
     */
    static double logLikelihood(double r, double alpha, double a, double b, boolean dropoutAtStart, int x, double tx,
                                double T) {
        int s = dropoutAtStart ? 1 : 0;
        double constant = LogMath.logGamma(r + x) - LogMath.logGamma(r) + r * Math.log(alpha)
                + LogMath.logBeta(a, b + x + s) - LogMath.logBeta(a, b);
        double termA = -(r + x) * Math.log(alpha + T);
        if (x == 0 && s == 0) {
            return constant + termA;
        }
        double termB = Math.log(a) - Math.log(b + x + s - 1) - (r + x) * Math.log(alpha + tx);
        return constant + LogMath.logAddExp(termA, termB);
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double a = theta[2];
        double b = theta[3];
        int[] xs = d.distinctX();
        int kx = xs.length;
        double[] constant = new double[kx];  // ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a,b+x+s) - ln B(a,b)
        double[] dConstR = new double[kx];
        double[] dConstA = new double[kx];
        double[] dConstB = new double[kx];
        double[] logB0 = new double[kx];     // ln a - ln(b+x+s-1) where the second term exists
        double lgR = LogMath.logGamma(r);
        double psiR = LogMath.digamma(r);
        double lgAB = LogMath.logGamma(a + b);
        double psiAB = LogMath.digamma(a + b);
        double lgB = LogMath.logGamma(b);
        double psiB = LogMath.digamma(b);
        double logAlpha = Math.log(alpha);
        for (int k = 0; k < kx; k++) {
            int x = xs[k];
            int offset = x + shift;
            constant[k] = LogMath.logGamma(r + x) - lgR + r * logAlpha
                    + lgAB + LogMath.logGamma(b + offset) - lgB - LogMath.logGamma(a + b + offset);
            dConstR[k] = LogMath.digamma(r + x) - psiR + logAlpha;
            double psiABX = LogMath.digamma(a + b + offset);
            dConstA[k] = psiAB - psiABX;
            dConstB[k] = psiAB + LogMath.digamma(b + offset) - psiB - psiABX;
            logB0[k] = offset > 0 ? Math.log(a) - Math.log(b + offset - 1) : Double.NEGATIVE_INFINITY;
        }
        double[] lnT = logs(d.distinctT(), alpha);
        double[] invT = inverses(d.distinctT(), alpha);
        double[] lnTx = logs(d.distinctTx(), alpha);
        double[] invTx = inverses(d.distinctTx(), alpha);
        double nll = RowChunks.sum(d.rows(), 4, parallel, (from, to, g) -> {
            double sum = 0;
            double gr = 0;
            double galpha = 0;
            double ga = 0;
            double gb = 0;
            for (int i = from; i < to; i++) {
                int x = d.x(i);
                int k = d.xIndex(i);
                int j = d.tIndex(i);
                double w = d.weight(i);
                double rx = r + x;
                double termA = -rx * lnT[j];
                double ll;
                double wB;
                if (x + shift > 0) {
                    int m = d.txIndex(i);
                    double termB = logB0[k] - rx * lnTx[m];
                    // ln(e^A + e^B) and the share of e^B with one exp and one log1p
                    double d = termB - termA;
                    double e = Math.exp(-Math.abs(d));
                    ll = constant[k] + Math.max(termA, termB) + Math.log1p(e);
                    wB = d > 0 ? 1 / (1 + e) : e / (1 + e);
                    double wA = 1 - wB;
                    gr += w * (dConstR[k] - wA * lnT[j] - wB * lnTx[m]);
                    galpha += w * (r / alpha - rx * (wA * invT[j] + wB * invTx[m]));
                    ga += w * (dConstA[k] + wB / a);
                    gb += w * (dConstB[k] - wB / (b + x + shift - 1));
                } else {
                    ll = constant[k] + termA;
                    gr += w * (dConstR[k] - lnT[j]);
                    galpha += w * (r / alpha - rx * invT[j]);
                    ga += w * dConstA[k];
                    gb += w * dConstB[k];
                }
                sum += w * ll;
            }
            g[0] -= gr;
            g[1] -= galpha;
            g[2] -= ga;
            g[3] -= gb;
            return -sum;
        }, gradient);
        return nll;
    }

    private static double[] logs(double[] values, double alpha) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(alpha + values[i]);
        }
        return out;
    }

    private static double[] inverses(double[] values, double alpha) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = 1 / (alpha + values[i]);
        }
        return out;
    }
}
