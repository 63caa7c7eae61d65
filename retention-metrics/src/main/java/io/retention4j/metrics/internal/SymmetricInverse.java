package io.retention4j.metrics.internal;

/**
 * Inverse of a symmetric positive semi-definite matrix by an LDL' decomposition that skips
 * (near-)singular pivots, as R's {@code cholesky2}/{@code chinv2} do: index {@code i} is kept when
 * its residual variance after the earlier kept indices exceeds {@code relativeTolerance * a[i][i]}.
 * The result is the inverse of the kept sub-matrix, with zero rows and columns for the dropped
 * indices: a generalized inverse, so a quadratic form {@code z' A^- z} with {@code z} in the column
 * space of {@code A} is the same as for any other generalized inverse.
 */
public final class SymmetricInverse {
    /** The default relative pivot tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    /**
     * A generalized inverse and the rank it found.
     *
     * @param inverse the inverse of the kept sub-matrix, zero in dropped rows and columns
     * @param rank    the number of kept indices
     * @param kept    per index, whether it was kept
     */
    public record Result(double[][] inverse, int rank, boolean[] kept) {
        /**
         * Whether every index was kept (the matrix is positive definite).
         *
         * @return the flag
         */
        public boolean fullRank() {
            return rank == kept.length;
        }
    }

    private SymmetricInverse() {
    }

    /**
     * Inverts with the default tolerance.
     *
     * @param a a symmetric positive semi-definite matrix (not modified)
     * @return the generalized inverse and the rank
     */
    public static Result of(double[][] a) {
        return of(a, DEFAULT_TOLERANCE);
    }

    /**
     * Inverts.
     *
     * @param a                 a symmetric positive semi-definite matrix (not modified)
     * @param relativeTolerance pivots at or below this fraction of their diagonal entry are dropped
     * @return the generalized inverse and the rank
     */
    public static Result of(double[][] a, double relativeTolerance) {
        int n = a.length;
        double[][] l = new double[n][n];
        double[] d = new double[n];
        boolean[] kept = new boolean[n];
        int rank = 0;
        for (int i = 0; i < n; i++) {
            double pivot = a[i][i];
            for (int k = 0; k < i; k++) {
                pivot -= l[i][k] * l[i][k] * d[k];
            }
            l[i][i] = 1;
            if (!(a[i][i] > 0) || !(pivot > relativeTolerance * a[i][i]) || !Double.isFinite(pivot)) {
                continue; // dropped: column i of L stays zero below the diagonal
            }
            kept[i] = true;
            rank++;
            d[i] = pivot;
            for (int j = i + 1; j < n; j++) {
                double t = a[j][i];
                for (int k = 0; k < i; k++) {
                    t -= l[j][k] * l[i][k] * d[k];
                }
                l[j][i] = t / pivot;
            }
        }
        // m = L^-1 (unit lower triangular)
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i][k] * m[k][j];
                }
                m[i][j] = s;
            }
        }
        // A^- = m' D^- m on the kept indices
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                continue;
            }
            for (int j = 0; j <= i; j++) {
                if (!kept[j]) {
                    continue;
                }
                double s = 0;
                for (int k = i; k < n; k++) {
                    if (kept[k]) {
                        s += m[k][i] * m[k][j] / d[k];
                    }
                }
                inverse[i][j] = s;
                inverse[j][i] = s;
            }
        }
        return new Result(inverse, rank, kept);
    }
}
