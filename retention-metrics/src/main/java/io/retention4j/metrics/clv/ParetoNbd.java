package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import java.util.List;

/**
 * Fits the {@link ParetoNbdModel Pareto/NBD model} by maximum likelihood (analytic gradient, BFGS on
 * the log-parameters, observed-information standard errors).
 *
 * <pre>{@code
 * ParetoNbdModel pareto = ParetoNbd.fit(rfm);   // rfm: an RfmSummary, in weeks for the published CDNOW numbers
 * }</pre>
 */
public final class ParetoNbd {
    /** The model name used in reports and saved files. */
    public static final String NAME = "Pareto/NBD";
    private static final List<String> PARAMETERS = List.of("r", "alpha", "s", "beta");

    private ParetoNbd() {
    }

    /**
     * Fits with default options.
     *
     * @param summary the customers; recency and T in the summary's unit, which the model keeps
     * @return the fitted model
     * @throws IllegalArgumentException when the summary is empty or nobody made a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static ParetoNbdModel fit(RfmSummary summary) {
        return fit(BtydData.of(summary), FitOptions.defaults());
    }

    /**
     * Fits with default options.
     *
     * @param data the customers
     * @return the fitted model
     * @throws IllegalArgumentException when nobody made a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static ParetoNbdModel fit(BtydData data) {
        return fit(data, FitOptions.defaults());
    }

    /**
     * Fits.
     *
     * @param data    the customers
     * @param options penalizer, start (r, alpha, s, beta), tolerance, iteration limit, parallelism
     * @return the fitted model
     * @throws IllegalArgumentException when nobody made a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static ParetoNbdModel fit(BtydData data, FitOptions options) {
        BgNbd.requireRepeatBuyers(NAME, data);
        FitReport report = Fitting.run(NAME, PARAMETERS, new ParetoNbdLikelihood(data, options.parallel()),
                data.customers(), data.rows(), data.unit(), defaultStart(data), options);
        double[] p = report.estimates();
        return new ParetoNbdModel(p[0], p[1], p[2], p[3], data.unit(), report);
    }

    /** r = 1 and alpha matching the mean repeat rate (as for BG/NBD); s = 1 and beta = alpha. */
    static double[] defaultStart(BtydData data) {
        double[] bg = BgNbd.defaultStart(data);
        return new double[] {bg[0], bg[1], 1, bg[1]};
    }
}
