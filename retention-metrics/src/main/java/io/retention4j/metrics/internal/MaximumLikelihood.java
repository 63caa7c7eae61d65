package io.retention4j.metrics.internal;

import java.util.Arrays;

/**
 * Maximum-likelihood estimation of positive parameters: minimizes the mean negative log-likelihood
 * plus an L2 penalty (the objective of Python lifetimes,
 * {@code -LL(theta) / W + penalizer * sum(theta_k^2)} with W the total weight) with {@link Bfgs},
 * then computes the observed information matrix (the Hessian of {@code -LL + W * penalizer *
 * sum(theta_k^2)}) by central differences of the analytic gradient and inverts it for the covariance
 * of the estimates.
 */
public final class MaximumLikelihood {
    /** Estimates, their covariance and how the search went. */
    public record Estimate(double[] theta, double logLikelihood, double[][] covariance, boolean informationSingular,
                           double gradientNorm, int iterations, int evaluations, boolean converged) {
    }

    private MaximumLikelihood() {
    }

    /**
     * Fits.
     *
     * @param negativeLogLikelihood the total (weighted) negative log-likelihood and its gradient
     * @param totalWeight           W, the number of customers the data stands for
     * @param start                 positive starting parameters
     * @param penalizer             the L2 penalty coefficient, {@code >= 0}
     * @param tolerance             gradient tolerance on the mean objective with respect to {@code ln theta}
     * @param maxIterations         BFGS iteration limit
     * @return the estimate (converged or not: the caller decides what to do)
     */
    public static Estimate fit(Objective negativeLogLikelihood, double totalWeight, double[] start, double penalizer,
                               double tolerance, int maxIterations) {
        int n = negativeLogLikelihood.dimension();
        Objective mean = new Objective() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double valueAndGradient(double[] theta, double[] gradient) {
                double v = negativeLogLikelihood.valueAndGradient(theta, gradient);
                double penalty = 0;
                for (int i = 0; i < n; i++) {
                    gradient[i] = gradient[i] / totalWeight + 2 * penalizer * theta[i];
                    penalty += theta[i] * theta[i];
                }
                return v / totalWeight + penalizer * penalty;
            }
        };
        Bfgs.Result r = new Bfgs(mean, tolerance, maxIterations).minimize(start);
        double[] theta = r.theta();
        double[] g = new double[n];
        double nll = negativeLogLikelihood.valueAndGradient(theta, g);
        double[][] hessian = hessian(negativeLogLikelihood, theta, totalWeight * penalizer);
        double[][] covariance = invert(hessian);
        boolean singular = covariance == null;
        if (singular) {
            covariance = new double[n][n];
            for (double[] row : covariance) {
                Arrays.fill(row, Double.NaN);
            }
        }
        return new Estimate(theta, -nll, covariance, singular, r.gradientNorm(), r.iterations(),
                r.evaluations() + 1 + 2 * n, r.converged());
    }

    /** Central differences of the analytic gradient, symmetrized; the penalty adds 2 * lambda on the diagonal. */
    static double[][] hessian(Objective f, double[] theta, double weightedPenalizer) {
        int n = theta.length;
        double[][] h = new double[n][n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double step = 1e-5 * theta[j];
            double[] t = theta.clone();
            t[j] = theta[j] + step;
            f.valueAndGradient(t, plus);
            t[j] = theta[j] - step;
            f.valueAndGradient(t, minus);
            for (int i = 0; i < n; i++) {
                h[i][j] = (plus[i] - minus[i]) / (2 * step);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double avg = (h[i][j] + h[j][i]) / 2;
                h[i][j] = avg;
                h[j][i] = avg;
            }
            h[i][i] += 2 * weightedPenalizer;
        }
        return h;
    }

    /** Inverse of a symmetric positive definite matrix by Cholesky, or null when it is not positive definite. */
    static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0) || !Double.isFinite(s)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        // invert L, then A^-1 = L^-T L^-1
        double[][] li = new double[n][n];
        for (int i = 0; i < n; i++) {
            li[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i][k] * li[k][j];
                }
                li[i][j] = s / l[i][i];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) {
                    s += li[k][i] * li[k][j];
                }
                inv[i][j] = s;
                inv[j][i] = s;
            }
        }
        return inv;
    }
}
