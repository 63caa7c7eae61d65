package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import java.util.List;

/**
 * Fits the {@link GammaGammaModel Gamma-Gamma spend model} by maximum likelihood (analytic
 * gradient, BFGS on the log-parameters, observed-information standard errors).
 *
 * <pre>{@code
 * GammaGammaModel gg = GammaGamma.fit(rfm);   // the repeat buyers of an RfmSummary
 * double spend = gg.conditionalExpectedSpend(x, meanSpend);
 * }</pre>
 *
 * <p>The model assumes that a customer's spend per purchase does not depend on how often they buy;
 * check that the correlation between frequency and mean spend of the repeat buyers is small before
 * relying on it (Fader, Hardie &amp; Lee 2005 report 0.11 on CDNOW).
 */
public final class GammaGamma {
    /** The model name used in reports and saved files. */
    public static final String NAME = "Gamma-Gamma";
    private static final List<String> PARAMETERS = List.of("p", "q", "gamma");

    private GammaGamma() {
    }

    /**
     * Fits with default options on the repeat buyers of a summary ({@link SpendData#of(RfmSummary)}).
     *
     * @param summary the customers; monetary values are the mean repeat spends
     * @return the fitted model
     * @throws IllegalArgumentException when a repeat buyer's mean spend is not positive, or no
     *                                  customer has a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static GammaGammaModel fit(RfmSummary summary) {
        return fit(SpendData.of(summary), FitOptions.defaults());
    }

    /**
     * Fits with default options.
     *
     * @param data the repeat buyers
     * @return the fitted model
     * @throws ModelFitException when the fit does not converge
     */
    public static GammaGammaModel fit(SpendData data) {
        return fit(data, FitOptions.defaults());
    }

    /**
     * Fits.
     *
     * @param data    the repeat buyers
     * @param options penalizer, start (p, q, gamma), tolerance, iteration limit, parallelism
     * @return the fitted model
     * @throws ModelFitException when the fit does not converge
     */
    public static GammaGammaModel fit(SpendData data, FitOptions options) {
        FitReport report = Fitting.run(NAME, PARAMETERS, new GammaGammaLikelihood(data, options.parallel()),
                data.customers(), data.rows(), null, defaultStart(data), options);
        double[] e = report.estimates();
        return new GammaGammaModel(e[0], e[1], e[2], report);
    }

    /** p = 1 and q = 2, with gamma such that the population mean p γ / (q - 1) is the observed mean. */
    static double[] defaultStart(SpendData data) {
        double mean = data.averageMeanSpend();
        return new double[] {1, 2, Math.min(Math.max(mean, 1e-6), 1e12)};
    }
}
