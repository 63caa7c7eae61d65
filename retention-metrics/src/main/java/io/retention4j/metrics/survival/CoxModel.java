package io.retention4j.metrics.survival;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * A fitted Cox proportional-hazards model (see {@link CoxProportionalHazards}), with the numbers R's
 * {@code summary(coxph(...))} prints.
 *
 * <ul>
 *   <li>coefficient β_j: the log hazard ratio per unit of covariate j; hazard ratio {@code exp(β_j)}.</li>
 *   <li>standard error: {@code sqrt} of the diagonal of the inverse observed information at β̂.</li>
 *   <li>{@code z = β / se}, two-sided normal p-value {@code 2 Φ(-|z|)}; 95% interval
 *   {@code β ± 1.959964 se}, and {@code exp} of its ends for the hazard ratio.</li>
 *   <li>partial log-likelihood ℓ(β̂) and ℓ(0); likelihood-ratio test {@code 2 (ℓ(β̂) - ℓ(0))}, Wald test
 *   {@code β̂' I(β̂) β̂}, score test {@code U(0)' I(0)^-1 U(0)}, each chi-square on p degrees of freedom.</li>
 *   <li>concordance: Harrell's C of the linear predictor {@code x'β̂} (see {@link Concordance}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoxModel {
    private static final double Z95 = 1.959963984540054;

    private final List<String> names;
    private final double[] coefficients;
    private final double[][] covariance;
    private final double logLikelihood;
    private final double nullLogLikelihood;
    private final ChiSquareTest likelihoodRatio;
    private final ChiSquareTest wald;
    private final ChiSquareTest score;
    private final Concordance concordance;
    private final int subjects;
    private final int events;
    private final int iterations;

    CoxModel(List<String> names, double[] coefficients, double[][] covariance, double logLikelihood,
             double nullLogLikelihood, ChiSquareTest likelihoodRatio, ChiSquareTest wald, ChiSquareTest score,
             Concordance concordance, int subjects, int events, int iterations) {
        this.names = List.copyOf(names);
        this.coefficients = coefficients.clone();
        this.covariance = copy(covariance);
        this.logLikelihood = logLikelihood;
        this.nullLogLikelihood = nullLogLikelihood;
        this.likelihoodRatio = likelihoodRatio;
        this.wald = wald;
        this.score = score;
        this.concordance = concordance;
        this.subjects = subjects;
        this.events = events;
        this.iterations = iterations;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /**
     * The covariate names, in coefficient order.
     *
     * @return the names
     */
    public List<String> covariateNames() {
        return names;
    }

    /**
     * The coefficients (log hazard ratios), in covariate order.
     *
     * @return a copy
     */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * The standard errors, in covariate order.
     *
     * @return a new array
     */
    public double[] standardErrors() {
        double[] se = new double[names.size()];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(covariance[j][j]);
        }
        return se;
    }

    /**
     * The covariance matrix of the coefficients (inverse observed information).
     *
     * @return a copy
     */
    public double[][] covariance() {
        return copy(covariance);
    }

    /**
     * A coefficient.
     *
     * @param name a covariate name
     * @return β, the log hazard ratio per unit of the covariate
     * @throws NoSuchElementException for an unknown name
     */
    public double coefficient(String name) {
        return coefficients[index(name)];
    }

    /**
     * The standard error of a coefficient.
     *
     * @param name a covariate name
     * @return se(β)
     */
    public double standardError(String name) {
        int j = index(name);
        return Math.sqrt(covariance[j][j]);
    }

    /**
     * The hazard ratio of a covariate.
     *
     * @param name a covariate name
     * @return {@code exp(β)}
     */
    public double hazardRatio(String name) {
        return Math.exp(coefficient(name));
    }

    /**
     * The Wald z statistic of a coefficient.
     *
     * @param name a covariate name
     * @return {@code β / se}
     */
    public double z(String name) {
        return coefficient(name) / standardError(name);
    }

    /**
     * The two-sided p-value of a coefficient.
     *
     * @param name a covariate name
     * @return {@code 2 Φ(-|z|)}
     */
    public double pValue(String name) {
        return Stats.twoSidedNormalP(z(name));
    }

    /**
     * The lower end of the 95% interval of a coefficient.
     *
     * @param name a covariate name
     * @return {@code β - 1.959964 se}
     */
    public double lower95(String name) {
        return coefficient(name) - Z95 * standardError(name);
    }

    /**
     * The upper end of the 95% interval of a coefficient.
     *
     * @param name a covariate name
     * @return {@code β + 1.959964 se}
     */
    public double upper95(String name) {
        return coefficient(name) + Z95 * standardError(name);
    }

    /**
     * The partial log-likelihood at the estimate (Efron).
     *
     * @return ℓ(β̂)
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * The partial log-likelihood of the null model (all coefficients 0).
     *
     * @return ℓ(0)
     */
    public double nullLogLikelihood() {
        return nullLogLikelihood;
    }

    /**
     * The likelihood-ratio test against the null model.
     *
     * @return {@code 2 (ℓ(β̂) - ℓ(0))} on p degrees of freedom
     */
    public ChiSquareTest likelihoodRatioTest() {
        return likelihoodRatio;
    }

    /**
     * The Wald test that all coefficients are 0.
     *
     * @return {@code β̂' I(β̂) β̂} on p degrees of freedom
     */
    public ChiSquareTest waldTest() {
        return wald;
    }

    /**
     * The score (log-rank) test that all coefficients are 0.
     *
     * @return {@code U(0)' I(0)^-1 U(0)} on p degrees of freedom
     */
    public ChiSquareTest scoreTest() {
        return score;
    }

    /**
     * Harrell's concordance of the linear predictor with the durations.
     *
     * @return the concordance
     */
    public Concordance concordance() {
        return concordance;
    }

    /**
     * The number of subjects.
     *
     * @return n
     */
    public int subjects() {
        return subjects;
    }

    /**
     * The number of events.
     *
     * @return the count
     */
    public int events() {
        return events;
    }

    /**
     * The Newton-Raphson iterations used.
     *
     * @return the count
     */
    public int iterations() {
        return iterations;
    }

    private int index(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new NoSuchElementException("no covariate '" + name + "'; covariates are " + names);
        }
        return j;
    }

    @Override
    public String toString() {
        int width = Math.max(8, names.stream().mapToInt(String::length).max().orElse(8));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Cox proportional hazards (Efron ties): n = %,d, events = %,d, "
                + "%d iterations%n", subjects, events, iterations));
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s %10s %10s %10s %8s %9s %10s %10s%n", "",
                "coef", "exp(coef)", "se(coef)", "z", "Pr(>|z|)", "lower .95", "upper .95"));
        for (String name : names) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %10.6f %10.6f %10.6f %8.3f %9s %10.6f %10.6f%n",
                    name, coefficient(name), hazardRatio(name), standardError(name), z(name),
                    Format.pValue(pValue(name)), Math.exp(lower95(name)), Math.exp(upper95(name))));
        }
        sb.append("  (lower/upper .95: interval of exp(coef))\n");
        sb.append(String.format(Locale.ROOT, "  Concordance = %.4f%n", concordance.index()));
        sb.append(String.format(Locale.ROOT, "  Partial log-likelihood = %.4f (null model %.4f)%n", logLikelihood,
                nullLogLikelihood));
        sb.append("  ").append(likelihoodRatio).append('\n');
        sb.append("  ").append(wald).append('\n');
        sb.append("  ").append(score).append('\n');
        return sb.toString();
    }
}
