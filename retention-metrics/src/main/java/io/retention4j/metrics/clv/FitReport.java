package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * How a maximum-likelihood fit went and how precise its estimates are.
 *
 * <p>Standard errors are the square roots of the diagonal of the inverse observed information
 * matrix (the Hessian of the negative log-likelihood, plus the penalty, at the estimate, by central
 * differences of the analytic gradient). The 95% interval of a parameter θ is the Wald interval on
 * the log scale, {@code θ · exp(±1.959964 · se / θ)}, which stays positive like the parameter. When
 * the information matrix is not positive definite the standard errors and intervals are NaN and
 * {@link #informationSingular()} says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class FitReport {
    private static final double Z95 = 1.959963984540054;

    private final String model;
    private final List<String> names;
    private final double[] estimates;
    private final double[][] covariance;
    private final boolean informationSingular;
    private final double logLikelihood;
    private final int iterations;
    private final int evaluations;
    private final boolean converged;
    private final double gradientNorm;
    private final double customers;
    private final int rows;
    private final TimeScale unit;
    private final double penalizer;

    FitReport(String model, List<String> names, double[] estimates, double[][] covariance, boolean informationSingular,
              double logLikelihood, int iterations, int evaluations, boolean converged, double gradientNorm,
              double customers, int rows, TimeScale unit, double penalizer) {
        this.model = model;
        this.names = List.copyOf(names);
        this.estimates = estimates.clone();
        this.covariance = deepCopy(covariance);
        this.informationSingular = informationSingular;
        this.logLikelihood = logLikelihood;
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.converged = converged;
        this.gradientNorm = gradientNorm;
        this.customers = customers;
        this.rows = rows;
        this.unit = unit;
        this.penalizer = penalizer;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /**
     * The model's name ("BG/NBD", ...).
     *
     * @return the name
     */
    public String model() {
        return model;
    }

    /**
     * The parameter names, in order.
     *
     * @return the names
     */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * The estimates, in parameter order.
     *
     * @return a copy
     */
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * An estimate.
     *
     * @param name a parameter name
     * @return its estimate
     * @throws NoSuchElementException for an unknown name
     */
    public double estimate(String name) {
        return estimates[index(name)];
    }

    /**
     * The standard error of an estimate.
     *
     * @param name a parameter name
     * @return {@code sqrt(covariance[i][i])}, NaN when the information matrix is singular
     */
    public double standardError(String name) {
        int i = index(name);
        return Math.sqrt(covariance[i][i]);
    }

    /**
     * The lower end of the 95% interval: {@code θ · exp(-1.96 · se / θ)}.
     *
     * @param name a parameter name
     * @return the lower bound, NaN when the information matrix is singular
     */
    public double lower95(String name) {
        int i = index(name);
        return estimates[i] * Math.exp(-Z95 * standardError(name) / estimates[i]);
    }

    /**
     * The upper end of the 95% interval: {@code θ · exp(1.96 · se / θ)}.
     *
     * @param name a parameter name
     * @return the upper bound, NaN when the information matrix is singular
     */
    public double upper95(String name) {
        int i = index(name);
        return estimates[i] * Math.exp(Z95 * standardError(name) / estimates[i]);
    }

    /**
     * The covariance matrix of the estimates (inverse observed information), in parameter order.
     *
     * @return a copy; all NaN when the information matrix is singular
     */
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /**
     * Whether the observed information matrix was not positive definite (then standard errors are NaN).
     *
     * @return the flag
     */
    public boolean informationSingular() {
        return informationSingular;
    }

    /**
     * The log-likelihood at the estimate (without the penalty), summed over customers.
     *
     * @return the log-likelihood
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * BFGS iterations used.
     *
     * @return the count
     */
    public int iterations() {
        return iterations;
    }

    /**
     * Likelihood-and-gradient evaluations used, the information matrix included.
     *
     * @return the count
     */
    public int evaluations() {
        return evaluations;
    }

    /**
     * Whether the fit met its tolerance. A returned model has always converged; a fit that does not
     * converge throws a {@link ModelFitException} carrying this report.
     *
     * @return the flag
     */
    public boolean converged() {
        return converged;
    }

    /**
     * The largest gradient component of the objective with respect to the log-parameters at the end.
     *
     * @return the gradient norm
     */
    public double gradientNorm() {
        return gradientNorm;
    }

    /**
     * How many customers the fit saw (the sum of weights).
     *
     * @return the count
     */
    public double customers() {
        return customers;
    }

    /**
     * How many distinct rows the likelihood was evaluated over after compression.
     *
     * @return the count
     */
    public int rows() {
        return rows;
    }

    /**
     * The time unit of the data, for continuous-time models.
     *
     * @return the unit, or empty for discrete-time models
     */
    public Optional<TimeScale> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * The penalizer used.
     *
     * @return the L2 coefficient
     */
    public double penalizer() {
        return penalizer;
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new NoSuchElementException("no parameter '" + name + "' in " + model + "; parameters are " + names);
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s fit: log-likelihood %.4f, %s after %d iterations (%d evaluations, "
                        + "gradient %.1e), %,.0f customers in %,d rows%s%s%n", model, logLikelihood,
                converged ? "converged" : "NOT converged", iterations, evaluations, gradientNorm, customers, rows,
                unit == null ? "" : ", unit " + unit, penalizer == 0 ? "" : ", penalizer " + penalizer));
        sb.append(String.format(Locale.ROOT, "  %-8s %12s %12s %12s %12s%n", "param", "estimate", "std.err",
                "lower 95%", "upper 95%"));
        for (String name : names) {
            sb.append(String.format(Locale.ROOT, "  %-8s %12.6f %12.6f %12.6f %12.6f%n", name, estimate(name),
                    standardError(name), lower95(name), upper95(name)));
        }
        if (informationSingular) {
            sb.append("  (information matrix not positive definite: no standard errors)\n");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitReport other && model.equals(other.model) && names.equals(other.names)
                && Arrays.equals(estimates, other.estimates) && Arrays.deepEquals(covariance, other.covariance)
                && Double.compare(logLikelihood, other.logLikelihood) == 0 && iterations == other.iterations
                && evaluations == other.evaluations && converged == other.converged
                && Double.compare(customers, other.customers) == 0 && rows == other.rows;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(estimates) * 31 + model.hashCode();
    }
}
