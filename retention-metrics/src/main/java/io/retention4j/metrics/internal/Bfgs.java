package io.retention4j.metrics.internal;

import java.util.Arrays;

/**
 * Minimizes a smooth function of positive parameters with BFGS on their logarithms
 * ({@code phi = ln theta}), so that every iterate stays positive and parameters of very different
 * scales are handled alike. Backtracking Armijo line search; the inverse-Hessian update is skipped
 * when the curvature condition fails. Not thread-safe; one instance per minimization.
 *
 * <p>Close to the minimum the decrease a step can make falls below the rounding noise of the
 * objective (a sum over many rows), and Armijo's test on values can no longer be decided. A step whose
 * value is within that noise ({@code 1e-10 |f|}) is then accepted when the directional derivative
 * shows the same sufficient decrease, {@code σ φ'(0) <= φ'(α) <= (2 c - 1) φ'(0)} (Hager &amp; Zhang's
 * approximate Wolfe conditions, 2005, with σ = 0.9): gradients stay accurate where values do not. A
 * step that leaves the value unchanged while the gradient is already within 100 times the tolerance
 * ends the search as converged.
 */
public final class Bfgs {
    /** The outcome of a minimization. */
    public record Result(double[] theta, double value, double gradientNorm, int iterations, int evaluations,
                         boolean converged) {
    }

    private static final double ARMIJO = 1e-4;
    private static final double VALUE_NOISE = 1e-10;
    private static final double CURVATURE = 0.9;
    private static final double MAX_LOG_STEP = 4.0; // at most a factor e^4 per parameter per iteration
    private static final int MAX_BACKTRACKS = 60;

    private final Objective f;
    private final double gradientTolerance;
    private final int maxIterations;
    private int evaluations;

    /**
     * A minimizer.
     *
     * @param f                 the objective
     * @param gradientTolerance stop when the largest gradient component with respect to
     *                          {@code ln theta} falls below this
     * @param maxIterations     stop after this many iterations
     */
    public Bfgs(Objective f, double gradientTolerance, int maxIterations) {
        this.f = f;
        this.gradientTolerance = gradientTolerance;
        this.maxIterations = maxIterations;
    }

    /**
     * Minimizes from a starting point.
     *
     * @param start positive starting parameters
     * @return the result; {@code converged} is false when the iteration limit was reached or the
     *         line search could not make progress before the gradient was small
     */
    public Result minimize(double[] start) {
        int n = start.length;
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = Math.log(start[i]);
        }
        double[] g = new double[n];
        double value = evaluate(phi, g);
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("the objective is not finite at the starting point "
                    + Arrays.toString(start) + " (value " + value + ")");
        }
        double[][] h = identity(n);
        boolean scaled = false;
        double[] p = new double[n];
        double[] phiNew = new double[n];
        double[] gNew = new double[n];
        int iteration = 0;
        while (iteration < maxIterations) {
            if (maxAbs(g) < gradientTolerance) {
                return result(phi, value, g, iteration, true);
            }
            iteration++;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s -= h[i][j] * g[j];
                }
                p[i] = s;
            }
            double slope = dot(g, p);
            if (!(slope < 0)) {
                // not a descent direction: restart from steepest descent
                h = identity(n);
                scaled = false;
                for (int i = 0; i < n; i++) {
                    p[i] = -g[i];
                }
                slope = dot(g, p);
            }
            double longest = maxAbs(p);
            double step = longest > MAX_LOG_STEP ? MAX_LOG_STEP / longest : 1.0;
            double newValue = Double.NaN;
            int backtracks = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    phiNew[i] = phi[i] + step * p[i];
                }
                newValue = evaluate(phiNew, gNew);
                // Armijo on values, with a real decrease so that a step that changes nothing is never taken;
                // within the rounding noise of the value, Hager & Zhang's approximate Wolfe test on the
                // directional derivative, with the curvature bound so that tiny steps do not qualify
                boolean armijo = newValue < value && newValue <= value + ARMIJO * step * slope;
                double newSlope = dot(gNew, p);
                boolean approximateWolfe = newValue <= value + VALUE_NOISE * Math.abs(value)
                        && newSlope <= (2 * ARMIJO - 1) * slope && newSlope >= CURVATURE * slope;
                if (Double.isFinite(newValue) && (armijo || approximateWolfe)) {
                    break;
                }
                if (newValue == value && maxAbs(g) < 100 * gradientTolerance) {
                    // the step changes the objective by less than its rounding: as stationary as it can be shown
                    return result(phi, value, g, iteration, true);
                }
                if (++backtracks > MAX_BACKTRACKS) {
                    // no decrease is possible at machine precision: converged only if nearly stationary
                    return result(phi, value, g, iteration, maxAbs(g) < 100 * gradientTolerance);
                }
                step *= 0.5;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = phiNew[i] - phi[i];
                y[i] = gNew[i] - g[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-16 * Math.sqrt(dot(s, s) * dot(y, y))) {
                if (!scaled) {
                    // Nocedal & Wright (6.20): scale the initial inverse Hessian before the first update
                    double gamma = sy / dot(y, y);
                    for (int i = 0; i < n; i++) {
                        h[i][i] = gamma;
                    }
                    scaled = true;
                }
                update(h, s, y, sy);
            }
            System.arraycopy(phiNew, 0, phi, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            value = newValue;
        }
        return result(phi, value, g, iteration, maxAbs(g) < gradientTolerance);
    }

    private double evaluate(double[] phi, double[] gradientPhi) {
        evaluations++;
        int n = phi.length;
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = Math.exp(phi[i]);
        }
        double v = f.valueAndGradient(theta, gradientPhi);
        for (int i = 0; i < n; i++) {
            gradientPhi[i] *= theta[i]; // chain rule: d/dphi = theta * d/dtheta
        }
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** The BFGS inverse update H := (I - rho s y') H (I - rho y s') + rho s s'. */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = new double[n];
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int j = 0; j < n; j++) {
                v += h[i][j] * y[j];
            }
            hy[i] = v;
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private Result result(double[] phi, double value, double[] g, int iterations, boolean converged) {
        double[] theta = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            theta[i] = Math.exp(phi[i]);
        }
        return new Result(theta, value, maxAbs(g), iterations, evaluations, converged);
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
