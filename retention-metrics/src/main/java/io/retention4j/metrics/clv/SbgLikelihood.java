package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Objective;

/**
 * The shifted-beta-geometric negative log-likelihood and its analytic gradient in (α, β)
 * (Fader &amp; Hardie 2007, eq. 6, summed over cohorts):
 * <pre>
 * LL = Σ_t churned(t) ln P(T = t) + Σ_t censored(t) ln S(t)
 * ln P(T = t) = ln α + ln Γ(β+t-1) - ln Γ(β) + ln Γ(α+β) - ln Γ(α+β+t)
 * ln S(t)     = ln Γ(β+t) - ln Γ(β) + ln Γ(α+β) - ln Γ(α+β+t)
 * </pre>
 * The data are one count per period, so an evaluation costs a few special functions per period.
 */
final class SbgLikelihood implements Objective {
    private final SbgData d;

    SbgLikelihood(SbgData data) {
        this.d = data;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double alpha = theta[0];
        double beta = theta[1];
        double lgB = LogMath.logGamma(beta);
        double psiB = LogMath.digamma(beta);
        double lgAB = LogMath.logGamma(alpha + beta);
        double psiAB = LogMath.digamma(alpha + beta);
        double logAlpha = Math.log(alpha);
        double ll = 0;
        double ga = 0;
        double gb = 0;
        for (int t = 1; t <= d.periods(); t++) {
            double lgABt = LogMath.logGamma(alpha + beta + t);
            double psiABt = LogMath.digamma(alpha + beta + t);
            double churned = d.churned(t);
            if (churned > 0) {
                ll += churned * (logAlpha + LogMath.logGamma(beta + t - 1) - lgB + lgAB - lgABt);
                ga += churned * (1 / alpha + psiAB - psiABt);
                gb += churned * (LogMath.digamma(beta + t - 1) - psiB + psiAB - psiABt);
            }
            double censored = d.censored(t);
            if (censored > 0) {
                ll += censored * (LogMath.logGamma(beta + t) - lgB + lgAB - lgABt);
                ga += censored * (psiAB - psiABt);
                gb += censored * (LogMath.digamma(beta + t) - psiB + psiAB - psiABt);
            }
        }
        gradient[0] = -ga;
        gradient[1] = -gb;
        return -ll;
    }
}
