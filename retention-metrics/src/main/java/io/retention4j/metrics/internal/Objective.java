package io.retention4j.metrics.internal;

/**
 * A smooth function of positive parameters to minimize: for maximum likelihood, the negative
 * log-likelihood summed (with weights) over the data.
 */
public interface Objective {
    /**
     * The number of parameters.
     *
     * @return the dimension
     */
    int dimension();

    /**
     * The value at {@code theta} and, into {@code gradient}, its partial derivatives with respect to
     * each parameter. Returns {@code +inf} (or NaN) where the function is not defined; the optimizer
     * then steps back.
     *
     * @param theta    positive parameters
     * @param gradient receives the gradient (length {@link #dimension()})
     * @return the value
     */
    double valueAndGradient(double[] theta, double[] gradient);
}
