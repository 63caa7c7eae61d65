package io.retention4j.metrics.internal;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Draws positive parameter vectors from the asymptotic normal distribution of their logarithms:
 * {@code ln θ ~ N(ln θ̂, D⁻¹ Σ D⁻¹)} with Σ the covariance of θ̂ and {@code D = diag(θ̂)} (the delta
 * method), so that every draw stays positive. A draw is {@code exp(ln θ̂ + L z)} with L the Cholesky
 * factor of the log-scale covariance and z standard normal.
 */
public final class LogNormalDraws {
    private LogNormalDraws() {
    }

    /**
     * Draws parameter vectors.
     *
     * @param estimates  the positive estimates θ̂
     * @param covariance their covariance matrix (symmetric, positive definite)
     * @param draws      how many vectors to draw
     * @param random     the generator (its state advances)
     * @return {@code draws} vectors of the estimates' length
     * @throws IllegalArgumentException when the covariance is not finite and positive definite
     */
    public static double[][] draw(double[] estimates, double[][] covariance, int draws, RandomDataGenerator random) {
        int n = estimates.length;
        double[][] logCovariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                logCovariance[i][j] = covariance[i][j] / (estimates[i] * estimates[j]);
                if (!Double.isFinite(logCovariance[i][j])) {
                    throw new IllegalArgumentException("covariance[" + i + "][" + j + "] is not finite: "
                            + covariance[i][j]);
                }
            }
        }
        double[][] l;
        try {
            l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(logCovariance), 1e-10, 0).getL().getData();
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the covariance matrix is not positive definite: " + e.getMessage(), e);
        }
        double[][] out = new double[draws][n];
        double[] z = new double[n];
        for (int b = 0; b < draws; b++) {
            for (int i = 0; i < n; i++) {
                z[i] = random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                double shift = 0;
                for (int k = 0; k <= i; k++) {
                    shift += l[i][k] * z[k];
                }
                out[b][i] = estimates[i] * Math.exp(shift);
            }
        }
        return out;
    }
}
