package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Objective;
import io.retention4j.metrics.internal.RowChunks;

/**
 * The Gamma-Gamma negative log-likelihood over compressed spend data and its analytic gradient in
 * (p, q, γ). Per customer, the log density of the mean m̄ of x repeat spends (x m̄ ~ Gamma(px, ν)
 * given ν, and ν ~ Gamma(q, γ); Fader, Hardie &amp; Lee 2005, "RFM and CLV", and the convention of
 * Python lifetimes' {@code GammaGammaFitter}):
 * <pre>
 * ln f = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m̄ + px ln x - (px+q) ln(γ + x m̄)
 * </pre>
 * Gamma and digamma terms are computed once per distinct x, so a row costs one log.
 */
final class GammaGammaLikelihood implements Objective {
    private final SpendData d;
    private final boolean parallel;

    GammaGammaLikelihood(SpendData data, boolean parallel) {
        this.d = data;
        this.parallel = parallel;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double p = theta[0];
        double q = theta[1];
        double gamma = theta[2];
        int[] xs = d.distinctX();
        int kx = xs.length;
        double[] constant = new double[kx]; // ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + px ln x
        double[] dConstP = new double[kx];  // x ψ(px+q) - x ψ(px) + x ln x
        double[] dConstQ = new double[kx];  // ψ(px+q) - ψ(q) + ln γ
        double lgQ = LogMath.logGamma(q);
        double psiQ = LogMath.digamma(q);
        double logGamma = Math.log(gamma);
        for (int k = 0; k < kx; k++) {
            int x = xs[k];
            double px = p * x;
            double logX = Math.log(x);
            double psiPxQ = LogMath.digamma(px + q);
            constant[k] = LogMath.logGamma(px + q) - LogMath.logGamma(px) - lgQ + q * logGamma + px * logX;
            dConstP[k] = x * (psiPxQ - LogMath.digamma(px) + logX);
            dConstQ[k] = psiPxQ - psiQ + logGamma;
        }
        return RowChunks.sum(d.rows(), 3, parallel, (from, to, g) -> {
            double sum = 0;
            double gp = 0;
            double gq = 0;
            double gg = 0;
            for (int i = from; i < to; i++) {
                int x = d.x(i);
                int k = d.xIndex(i);
                double w = d.weight(i);
                double px = p * x;
                double logM = d.logMeanSpend(i);
                double total = gamma + x * d.meanSpend(i);
                double logTotal = Math.log(total);
                sum += w * (constant[k] + (px - 1) * logM - (px + q) * logTotal);
                gp += w * (dConstP[k] + x * (logM - logTotal));
                gq += w * (dConstQ[k] - logTotal);
                gg += w * (q / gamma - (px + q) / total);
            }
            g[0] -= gp;
            g[1] -= gq;
            g[2] -= gg;
            return -sum;
        }, gradient);
    }
}
