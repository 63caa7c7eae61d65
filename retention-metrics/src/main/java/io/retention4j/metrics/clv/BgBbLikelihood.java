package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Objective;
import io.retention4j.metrics.internal.RowChunks;
import java.util.Arrays;

/**
 * The BG/BB negative log-likelihood over compressed data and its analytic gradient in
 * (α, β, γ, δ). Per customer (Fader, Hardie &amp; Shang 2010, eq. 5):
 * <pre>
 * L = B(α+x, β+n-x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *   + Σ_{j=t_x}^{n-1} B(α+x, β+j-x)/B(α,β) · B(γ+1, δ+j)/B(γ,δ)
 * </pre>
 * (alive through all n opportunities, or alive through j and dropped out at j+1), summed in log
 * space. The term of j depends on x and j only, so rows with the same x and n (kept adjacent, t_x
 * descending, by {@link BgBbData}) share one running suffix sum: the work is the number of such
 * groups times n, whatever the number of recencies. Log-gamma and digamma values are tabulated once
 * per evaluation for arguments up to the largest n; a term then costs a few additions and one
 * log-sum-exp.
 */
final class BgBbLikelihood implements Objective {
    private final BgBbData d;
    private final boolean parallel;

    BgBbLikelihood(BgBbData data, boolean parallel) {
        this.d = data;
        this.parallel = parallel;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        Tables t = new Tables(theta[0], theta[1], theta[2], theta[3], d.maxOpportunities());
        return RowChunks.sum(d.groups(), 4, parallel, (from, to, g) -> {
            double[] term = new double[4];
            double[] aliveGradient = new double[4];
            double[] suffixGradient = new double[4];
            double sum = 0;
            for (int group = from; group < to; group++) {
                sum += group(t, group, term, aliveGradient, suffixGradient, g);
            }
            return -sum;
        }, gradient);
    }

    /** Adds the negative gradient of one group's weighted log-likelihood into g; returns the weighted LL. */
    private double group(Tables t, int group, double[] term, double[] aliveGradient, double[] suffixGradient,
                         double[] g) {
        int first = d.groupStart(group);
        int end = d.groupStart(group + 1);
        int x = d.x(first);
        int n = d.n(first);
        double suffix = Double.NEGATIVE_INFINITY; // ln Σ_{j=next+1}^{n-1} term_j
        Arrays.fill(suffixGradient, 0);
        int next = n - 1;
        double sum = 0;
        for (int i = first; i < end; i++) {
            int tx = d.tx(i);
            for (; next >= tx; next--) {
                double v = t.dropoutTerm(x, next, term);
                double total = LogMath.logAddExp(suffix, v);
                double keep = Math.exp(suffix - total);
                double add = Math.exp(v - total);
                for (int k = 0; k < 4; k++) {
                    suffixGradient[k] = keep * suffixGradient[k] + add * term[k];
                }
                suffix = total;
            }
            double alive = t.aliveTerm(x, n, aliveGradient);
            double ll = LogMath.logAddExp(alive, suffix);
            double wAlive = Math.exp(alive - ll);
            double wSuffix = suffix == Double.NEGATIVE_INFINITY ? 0 : Math.exp(suffix - ll);
            double w = d.weight(i);
            for (int k = 0; k < 4; k++) {
                g[k] -= w * (wAlive * aliveGradient[k] + wSuffix * suffixGradient[k]);
            }
            sum += w * ll;
        }
        return sum;
    }

    /**
     * One customer's log-likelihood by the same formula, from log-beta functions directly; for
     * predictions, which evaluate a handful of customers.
     */
    static double logLikelihood(double alpha, double beta, double gamma, double delta, int x, int tx, int n) {
        double base = -LogMath.logBeta(alpha, beta) - LogMath.logBeta(gamma, delta);
        double ll = base + LogMath.logBeta(alpha + x, beta + n - x) + LogMath.logBeta(gamma, delta + n);
        for (int j = tx; j < n; j++) {
            ll = LogMath.logAddExp(ll, base + LogMath.logBeta(alpha + x, beta + j - x)
                    + LogMath.logBeta(gamma + 1, delta + j));
        }
        return ll;
    }

    /** Log-gamma and digamma values of one parameter point, tabulated over 0..maxN. */
    private static final class Tables {
        private final double[] lgAlphaX;     // ln Γ(α+j)
        private final double[] psiAlphaX;
        private final double[] lgBetaJ;      // ln Γ(β+j)
        private final double[] psiBetaJ;
        private final double[] lgAlphaBetaJ; // ln Γ(α+β+j)
        private final double[] psiAlphaBetaJ;
        private final double[] lgDeltaJ;     // ln Γ(δ+j)
        private final double[] psiDeltaJ;
        private final double[] lgGammaDeltaJ; // ln Γ(γ+δ+j)
        private final double[] psiGammaDeltaJ;
        private final double[] lgGamma1DeltaJ; // ln Γ(γ+1+δ+j)
        private final double[] psiGamma1DeltaJ;
        private final double lgGamma;
        private final double psiGamma;
        private final double lgGamma1;       // ln Γ(γ+1) = ln γ + ln Γ(γ)
        private final double psiGamma1;      // ψ(γ+1) = ψ(γ) + 1/γ
        private final double base;           // -ln B(α,β) - ln B(γ,δ)
        private final double[] baseGradient;

        Tables(double alpha, double beta, double gamma, double delta, int maxN) {
            int m = maxN + 1;
            lgAlphaX = new double[m];
            psiAlphaX = new double[m];
            lgBetaJ = new double[m];
            psiBetaJ = new double[m];
            lgAlphaBetaJ = new double[m];
            psiAlphaBetaJ = new double[m];
            lgDeltaJ = new double[m];
            psiDeltaJ = new double[m];
            lgGammaDeltaJ = new double[m];
            psiGammaDeltaJ = new double[m];
            lgGamma1DeltaJ = new double[m];
            psiGamma1DeltaJ = new double[m];
            for (int j = 0; j < m; j++) {
                lgAlphaX[j] = LogMath.logGamma(alpha + j);
                psiAlphaX[j] = LogMath.digamma(alpha + j);
                lgBetaJ[j] = LogMath.logGamma(beta + j);
                psiBetaJ[j] = LogMath.digamma(beta + j);
                lgAlphaBetaJ[j] = LogMath.logGamma(alpha + beta + j);
                psiAlphaBetaJ[j] = LogMath.digamma(alpha + beta + j);
                lgDeltaJ[j] = LogMath.logGamma(delta + j);
                psiDeltaJ[j] = LogMath.digamma(delta + j);
                lgGammaDeltaJ[j] = LogMath.logGamma(gamma + delta + j);
                psiGammaDeltaJ[j] = LogMath.digamma(gamma + delta + j);
                lgGamma1DeltaJ[j] = LogMath.logGamma(gamma + 1 + delta + j);
                psiGamma1DeltaJ[j] = LogMath.digamma(gamma + 1 + delta + j);
            }
            lgGamma = LogMath.logGamma(gamma);
            psiGamma = LogMath.digamma(gamma);
            lgGamma1 = Math.log(gamma) + lgGamma;
            psiGamma1 = psiGamma + 1 / gamma;
            base = -(lgAlphaX[0] + lgBetaJ[0] - lgAlphaBetaJ[0]) - (lgGamma + lgDeltaJ[0] - lgGammaDeltaJ[0]);
            baseGradient = new double[] {
                -(psiAlphaX[0] - psiAlphaBetaJ[0]),
                -(psiBetaJ[0] - psiAlphaBetaJ[0]),
                -(psiGamma - psiGammaDeltaJ[0]),
                -(psiDeltaJ[0] - psiGammaDeltaJ[0])};
        }

        /** ln[B(α+x, β+n-x) B(γ, δ+n) / (B(α,β) B(γ,δ))], gradient into g. */
        double aliveTerm(int x, int n, double[] g) {
            g[0] = baseGradient[0] + psiAlphaX[x] - psiAlphaBetaJ[n];
            g[1] = baseGradient[1] + psiBetaJ[n - x] - psiAlphaBetaJ[n];
            g[2] = baseGradient[2] + psiGamma - psiGammaDeltaJ[n];
            g[3] = baseGradient[3] + psiDeltaJ[n] - psiGammaDeltaJ[n];
            return base + lgAlphaX[x] + lgBetaJ[n - x] - lgAlphaBetaJ[n] + lgGamma + lgDeltaJ[n] - lgGammaDeltaJ[n];
        }

        /** ln[B(α+x, β+j-x) B(γ+1, δ+j) / (B(α,β) B(γ,δ))], gradient into g. */
        double dropoutTerm(int x, int j, double[] g) {
            g[0] = baseGradient[0] + psiAlphaX[x] - psiAlphaBetaJ[j];
            g[1] = baseGradient[1] + psiBetaJ[j - x] - psiAlphaBetaJ[j];
            g[2] = baseGradient[2] + psiGamma1 - psiGamma1DeltaJ[j];
            g[3] = baseGradient[3] + psiDeltaJ[j] - psiGamma1DeltaJ[j];
            return base + lgAlphaX[x] + lgBetaJ[j - x] - lgAlphaBetaJ[j] + lgGamma1 + lgDeltaJ[j] - lgGamma1DeltaJ[j];
        }
    }
}
