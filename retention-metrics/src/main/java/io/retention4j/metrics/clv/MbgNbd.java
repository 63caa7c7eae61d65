package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;

/**
 * Fits the {@link MbgNbdModel MBG/NBD model} by maximum likelihood (analytic gradient, BFGS on the
 * log-parameters, observed-information standard errors).
 *
 * <pre>{@code
 * MbgNbdModel mbg = MbgNbd.fit(rfm);   // rfm: an RfmSummary; CDNOW in weeks gives r 0.525, alpha 6.183, a 0.891, b 1.614
 * }</pre>
 */
public final class MbgNbd {
    /** The model name used in reports and saved files. */
    public static final String NAME = "MBG/NBD";

    private MbgNbd() {
    }

    /**
     * Fits with default options.
     *
     * @param summary the customers; recency and T in the summary's unit, which the model keeps
     * @return the fitted model
     * @throws IllegalArgumentException when the summary is empty or nobody made a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static MbgNbdModel fit(RfmSummary summary) {
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
    public static MbgNbdModel fit(BtydData data) {
        return fit(data, FitOptions.defaults());
    }

    /**
     * Fits.
     *
     * @param data    the customers
     * @param options penalizer, start (r, alpha, a, b), tolerance, iteration limit, parallelism
     * @return the fitted model
     * @throws IllegalArgumentException when nobody made a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static MbgNbdModel fit(BtydData data, FitOptions options) {
        BgNbd.requireRepeatBuyers(NAME, data);
        FitReport report = Fitting.run(NAME, BgNbd.PARAMETERS, new BgNbdLikelihood(data, options.parallel(), true),
                data.customers(), data.rows(), data.unit(), BgNbd.defaultStart(data), options);
        double[] p = report.estimates();
        return new MbgNbdModel(p[0], p[1], p[2], p[3], data.unit(), report);
    }
}
