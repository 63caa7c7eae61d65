package io.retention4j.metrics.clv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a model is fitted: the L2 penalizer, the starting parameters, the convergence tolerance, the
 * iteration limit, and whether large inputs may use several cores. Immutable; each wither
 * validates its value at once and says the allowed range.
 *
 * <p>The objective minimized is {@code -LL(theta) / W + penalizer * sum(theta_k^2)} (W: the number
 * of customers), as in Python lifetimes, so a penalizer means the same thing here and there.
 */
public final class FitOptions {
    private static final FitOptions DEFAULTS = new FitOptions(0, null, 1e-9, 1000, true);

    private final double penalizer;
    private final double[] initial;
    private final double tolerance;
    private final int maxIterations;
    private final boolean parallel;

    private FitOptions(double penalizer, double[] initial, double tolerance, int maxIterations, boolean parallel) {
        this.penalizer = penalizer;
        this.initial = initial;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.parallel = parallel;
    }

    /**
     * The defaults: no penalizer, the model's own starting point, tolerance 1e-9, 1,000 iterations,
     * parallel.
     *
     * @return the default options
     */
    public static FitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The L2 penalty coefficient.
     *
     * @param value {@code >= 0} and finite (0 = plain maximum likelihood)
     * @return new options
     */
    public FitOptions penalizer(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("penalizer must be a finite number >= 0, got " + value);
        }
        return new FitOptions(value, initial, tolerance, maxIterations, parallel);
    }

    /**
     * Starting parameters, in the model's parameter order (see each model's javadoc).
     *
     * @param values positive finite numbers, one per parameter
     * @return new options
     */
    public FitOptions initial(double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("initial parameter " + i + " must be positive and finite, got "
                        + values[i]);
            }
        }
        return new FitOptions(penalizer, values.clone(), tolerance, maxIterations, parallel);
    }

    /**
     * The convergence tolerance: the fit stops when every component of the gradient of the objective
     * with respect to the log-parameters is below it.
     *
     * @param value in (0, 1e-2]
     * @return new options
     */
    public FitOptions tolerance(double value) {
        if (!(value > 0 && value <= 1e-2)) {
            throw new IllegalArgumentException("tolerance must be in (0, 0.01], got " + value);
        }
        return new FitOptions(penalizer, initial, value, maxIterations, parallel);
    }

    /**
     * The iteration limit.
     *
     * @param value 1 .. 1,000,000
     * @return new options
     */
    public FitOptions maxIterations(int value) {
        if (value < 1 || value > 1_000_000) {
            throw new IllegalArgumentException("maxIterations must be in 1..1000000, got " + value);
        }
        return new FitOptions(penalizer, initial, tolerance, value, parallel);
    }

    /**
     * Whether a large input (more than 32,768 distinct rows) may be evaluated on the common
     * fork-join pool.
     *
     * @param value true to allow several cores
     * @return new options
     */
    public FitOptions parallel(boolean value) {
        return new FitOptions(penalizer, initial, tolerance, maxIterations, value);
    }

    /**
     * The penalizer.
     *
     * @return the L2 coefficient
     */
    public double penalizer() {
        return penalizer;
    }

    /**
     * The starting parameters, if set.
     *
     * @return a copy, or empty for the model's default start
     */
    public Optional<double[]> initial() {
        return Optional.ofNullable(initial).map(double[]::clone);
    }

    /**
     * The tolerance.
     *
     * @return the gradient tolerance
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * The iteration limit.
     *
     * @return the limit
     */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Whether large inputs may use several cores.
     *
     * @return the flag
     */
    public boolean parallel() {
        return parallel;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FitOptions[penalizer %s, initial %s, tolerance %s, maxIterations %d%s]",
                penalizer, initial == null ? "default" : Arrays.toString(initial), tolerance, maxIterations,
                parallel ? ", parallel" : "");
    }
}
