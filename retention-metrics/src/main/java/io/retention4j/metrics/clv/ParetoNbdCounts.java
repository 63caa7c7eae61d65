package io.retention4j.metrics.clv;

import io.retention4j.metrics.internal.LogMath;
import io.retention4j.metrics.internal.Quadrature;

/**
 * P(X(t) = n) under the Pareto/NBD model, from the defining mixture: a customer either is alive
 * throughout (0, t] or drops out at τ &lt; t, so
 * <pre>
 * P(X(t) = n) = NB(n; t) (β/(β+t))^s + ∫_0^t NB(n; τ) s β^s (β+τ)^-(s+1) dτ
 * NB(n; τ) = Γ(r+n) / (Γ(r) n!) (α/(α+τ))^r (τ/(α+τ))^n
 * </pre>
 * Both parts are positive, so nothing cancels (the closed form of Fader &amp; Hardie's note subtracts
 * two nearly equal hypergeometric sums for large n or t).
 *
 * <p>The integral is taken over u = ln τ, where its log-integrand
 * {@code g(u) = c + (n+1) u - (r+n) ln(α+e^u) - (s+1) ln(β+e^u)} is concave: its peak is found by
 * bisection on the decreasing g', the range where g is within 45 of the peak by bracketing on either
 * side, and the integral of {@code e^(g - peak)} over that range by tanh-sinh quadrature. So the
 * result keeps its relative precision however narrow or far from t the mass of the integrand is, and
 * probabilities below the double range come out as 0.
 */
final class ParetoNbdCounts {
    private static final double CUTOFF = 45;
    private static final double TOLERANCE = 1e-11;

    private final double r;
    private final double s;
    private final double logAlpha;
    private final double logBeta;
    private final int n;
    private final double logConstant;

    private ParetoNbdCounts(double r, double alpha, double s, double beta, int n) {
        this.r = r;
        this.s = s;
        this.logAlpha = Math.log(alpha);
        this.logBeta = Math.log(beta);
        this.n = n;
        double logCoefficient = LogMath.logGamma(r + n) - LogMath.logGamma(r) - LogMath.logGamma(n + 1.0);
        this.logConstant = logCoefficient + r * logAlpha + Math.log(s) + s * logBeta;
    }

    /** P(X(t) = n) for t &gt; 0. */
    static double probability(double r, double alpha, double s, double beta, int n, double t) {
        ParetoNbdCounts counts = new ParetoNbdCounts(r, alpha, s, beta, n);
        double logCoefficient = LogMath.logGamma(r + n) - LogMath.logGamma(r) - LogMath.logGamma(n + 1.0);
        double logCount = n == 0 ? 0 : -n * Math.log1p(alpha / t);
        double logAliveThroughout = logCoefficient - r * Math.log1p(t / alpha) + logCount - s * Math.log1p(t / beta);
        double logDropout = counts.logDropoutIntegral(Math.log(t));
        return Math.min(1, Math.exp(logAliveThroughout) + Math.exp(logDropout));
    }

    /** ln ∫_{-inf}^{end} e^g(u) du. */
    private double logDropoutIntegral(double end) {
        double peak = slope(end) >= 0 ? end : peakBelow(end);
        double top = logIntegrand(peak);
        double width = 1 / Math.sqrt(-curvature(peak));
        if (!(width < 1e6)) {
            width = 1; // the curvature underflowed; the bracketing below widens as needed
        }
        double left = edge(peak, top, -width);
        double right = peak == end ? end : Math.min(end, edge(peak, top, width));
        double span = right - left;
        double scaled = Quadrature.unitInterval((p, q) -> {
            double u = p < 0.5 ? left + span * p : right - span * q;
            return Math.exp(logIntegrand(u) - top);
        }, TOLERANCE);
        return top + Math.log(span * scaled);
    }

    private double logIntegrand(double u) {
        return logConstant + (n + 1) * u - (r + n) * LogMath.logAddExp(logAlpha, u)
                - (s + 1) * LogMath.logAddExp(logBeta, u);
    }

    /** g'(u), decreasing from n + 1 at -inf to -(r + s) at +inf. */
    private double slope(double u) {
        return n + 1 - (r + n) * logistic(u - logAlpha) - (s + 1) * logistic(u - logBeta);
    }

    /** g''(u) &lt; 0. */
    private double curvature(double u) {
        double a = logistic(u - logAlpha);
        double b = logistic(u - logBeta);
        return -(r + n) * a * (1 - a) - (s + 1) * b * (1 - b);
    }

    private static double logistic(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }

    /** The root of g' below {@code end}, where g' is negative. */
    private double peakBelow(double end) {
        double hi = end;
        double step = 1;
        double lo = Math.min(end, Math.min(logAlpha, logBeta)) - step;
        while (slope(lo) <= 0) {
            hi = lo;
            step *= 2;
            lo -= step;
        }
        return bisect(lo, hi, u -> slope(u) > 0);
    }

    /** A point beyond {@code peak} in the direction of {@code step} where g is about CUTOFF below the peak. */
    private double edge(double peak, double top, double step) {
        double inside = peak;
        double outside = peak + step;
        while (logIntegrand(outside) > top - CUTOFF) {
            inside = outside;
            step *= 2;
            outside = peak + step;
        }
        // g is monotone between the peak and the edge (concave), so bisect to tighten the range
        boolean rightward = step > 0;
        double lo = rightward ? inside : outside;
        double hi = rightward ? outside : inside;
        return bisect(lo, hi, u -> rightward == logIntegrand(u) > top - CUTOFF);
    }

    /** The boundary between {@code lo}, where the test holds, and {@code hi}, where it does not. */
    private static double bisect(double lo, double hi, java.util.function.DoublePredicate holdsAt) {
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); i++) {
            double mid = 0.5 * (lo + hi);
            if (holdsAt.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
