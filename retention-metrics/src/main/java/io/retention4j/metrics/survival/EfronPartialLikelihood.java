package io.retention4j.metrics.survival;

import io.retention4j.metrics.internal.SortOrder;

/**
 * The Cox partial log-likelihood with Efron's tie correction, its gradient (score) and the
 * observed information (minus the Hessian), analytically.
 *
 * <p>For a distinct event time with tied event set D of size m and risk set R (subjects with
 * duration {@code >= t}), writing {@code r_i = exp(x_i'β)}, {@code φ_l = Σ_R r - (l/m) Σ_D r}:
 * {@code ℓ += Σ_D x_i'β - Σ_{l=0}^{m-1} ln φ_l}; score {@code += Σ_D x_i - Σ_l a_l} with
 * {@code a_l = (Σ_R r x - (l/m) Σ_D r x) / φ_l}; information
 * {@code += Σ_l [(Σ_R r x x' - (l/m) Σ_D r x x') / φ_l - a_l a_l']}.
 *
 * <p>Covariates are centered by their means (the partial likelihood does not change) and the linear
 * predictor is shifted by its maximum before exponentiating, so large coefficients do not overflow.
 */
final class EfronPartialLikelihood {
    private final int n;
    private final int p;
    private final double[] x;        // row-major, centered, in descending time order
    private final int[] event;       // in descending time order
    private final int[] groupEnd;    // per position, one past the last position with the same time

    EfronPartialLikelihood(CoxData data) {
        n = data.size();
        p = data.covariateCount();
        double[] durations = data.durationArray();
        int[] ascending = SortOrder.ascending(durations);
        double[][] columns = data.columnArrays();
        double[] means = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (double v : columns[j]) {
                sum += v;
            }
            means[j] = sum / n;
        }
        x = new double[n * p];
        event = new int[n];
        double[] time = new double[n];
        for (int pos = 0; pos < n; pos++) {
            int i = ascending[n - 1 - pos];
            time[pos] = durations[i];
            event[pos] = data.eventArray()[i];
            for (int j = 0; j < p; j++) {
                x[pos * p + j] = columns[j][i] - means[j];
            }
        }
        groupEnd = new int[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && time[end] == time[start]) {
                end++;
            }
            for (int k = start; k < end; k++) {
                groupEnd[k] = end;
            }
            start = end;
        }
    }

    int dimension() {
        return p;
    }

    /**
     * The partial log-likelihood at {@code beta}; fills the score and the (symmetric) information matrix.
     */
    double logLikelihood(double[] beta, double[] score, double[][] information) {
        double[] eta = new double[n];
        double maxEta = Double.NEGATIVE_INFINITY;
        for (int pos = 0; pos < n; pos++) {
            double e = 0;
            for (int j = 0; j < p; j++) {
                e += x[pos * p + j] * beta[j];
            }
            eta[pos] = e;
            maxEta = Math.max(maxEta, e);
        }
        java.util.Arrays.fill(score, 0);
        for (double[] row : information) {
            java.util.Arrays.fill(row, 0);
        }
        double s0 = 0;
        double[] s1 = new double[p];
        double[] s2 = new double[p * p];
        double[] d1 = new double[p];
        double[] d2 = new double[p * p];
        double[] a = new double[p];
        double loglik = 0;
        int pos = 0;
        while (pos < n) {
            int end = groupEnd[pos];
            int m = 0;
            double d0 = 0;
            java.util.Arrays.fill(d1, 0);
            java.util.Arrays.fill(d2, 0);
            for (int k = pos; k < end; k++) {
                double r = Math.exp(eta[k] - maxEta);
                int row = k * p;
                s0 += r;
                for (int u = 0; u < p; u++) {
                    double rxu = r * x[row + u];
                    s1[u] += rxu;
                    for (int v = 0; v <= u; v++) {
                        s2[u * p + v] += rxu * x[row + v];
                    }
                }
                if (event[k] == 1) {
                    m++;
                    d0 += r;
                    loglik += eta[k] - maxEta;
                    for (int u = 0; u < p; u++) {
                        double rxu = r * x[row + u];
                        d1[u] += rxu;
                        score[u] += x[row + u];
                        for (int v = 0; v <= u; v++) {
                            d2[u * p + v] += rxu * x[row + v];
                        }
                    }
                }
            }
            for (int l = 0; l < m; l++) {
                double f = (double) l / m;
                double phi = s0 - f * d0;
                loglik -= Math.log(phi);
                for (int u = 0; u < p; u++) {
                    a[u] = (s1[u] - f * d1[u]) / phi;
                    score[u] -= a[u];
                }
                for (int u = 0; u < p; u++) {
                    for (int v = 0; v <= u; v++) {
                        information[u][v] += (s2[u * p + v] - f * d2[u * p + v]) / phi - a[u] * a[v];
                    }
                }
            }
            pos = end;
        }
        for (int u = 0; u < p; u++) {
            for (int v = 0; v < u; v++) {
                information[v][u] = information[u][v];
            }
        }
        return loglik;
    }
}
