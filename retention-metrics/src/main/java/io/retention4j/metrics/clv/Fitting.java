package io.retention4j.metrics.clv;

import io.retention4j.core.time.TimeScale;
import io.retention4j.metrics.internal.MaximumLikelihood;
import io.retention4j.metrics.internal.Objective;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Runs a maximum-likelihood fit and turns its outcome into a report, or an exception that explains. */
final class Fitting {
    private Fitting() {
    }

    /**
     * Fits a model.
     *
     * @param model        the model name for messages and the report
     * @param names        the parameter names
     * @param nll          the total negative log-likelihood over the data
     * @param customers    the total weight
     * @param rows         the distinct rows
     * @param unit         the time unit, or null for discrete models
     * @param defaultStart the model's starting point when the options give none
     * @param options      the options
     * @return the report of a converged fit
     * @throws ModelFitException when the fit does not converge or the likelihood is not finite
     */
    static FitReport run(String model, List<String> names, Objective nll, double customers, int rows, TimeScale unit,
                         double[] defaultStart, FitOptions options) {
        double[] start = options.initial().orElse(defaultStart);
        if (start.length != names.size()) {
            throw new IllegalArgumentException(model + " has " + names.size() + " parameters " + names
                    + ", but " + start.length + " initial values were given");
        }
        MaximumLikelihood.Estimate e;
        try {
            e = MaximumLikelihood.fit(nll, customers, start, options.penalizer(), options.tolerance(),
                    options.maxIterations());
        } catch (ArithmeticException ex) {
            throw new ModelFitException(model + " could not be fitted from " + Arrays.toString(start) + ": "
                    + ex.getMessage() + ". Try other initial values (FitOptions.initial) or check the data.", null);
        }
        FitReport report = new FitReport(model, names, e.theta(), e.covariance(), e.informationSingular(),
                e.logLikelihood(), e.iterations(), e.evaluations(), e.converged(), e.gradientNorm(), customers, rows,
                unit, options.penalizer());
        if (!e.converged() || !Double.isFinite(e.logLikelihood())) {
            throw new ModelFitException(String.format(Locale.ROOT,
                    "%s did not converge: after %d iterations from %s the largest log-parameter gradient is %.2e "
                            + "(tolerance %.1e) at %s, log-likelihood %.6f. Try more iterations "
                            + "(FitOptions.maxIterations, now %d), a small penalizer (FitOptions.penalizer, e.g. 0.001) "
                            + "if parameters run away, other initial values (FitOptions.initial), or check that t_x "
                            + "and T are in a sensible unit (weeks for most retail data).",
                    model, e.iterations(), Arrays.toString(start), e.gradientNorm(), options.tolerance(),
                    Arrays.toString(e.theta()), e.logLikelihood(), options.maxIterations()), report);
        }
        return report;
    }
}
