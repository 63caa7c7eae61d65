package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import java.util.List;

/**
 * Fits the {@link BgNbdModel BG/NBD model} by maximum likelihood (analytic gradient, BFGS on the
 * log-parameters, observed-information standard errors).
 *
 * <pre>{@code
 * BgNbdModel bg = BgNbd.fit(rfm);   // rfm: an RfmSummary, in weeks for the published CDNOW numbers
 * }</pre>
 */
public final class BgNbd {
    /** The model name used in reports and saved files. */
    public static final String NAME = "BG/NBD";
    static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");

    private BgNbd() {
    }

    /**
     * Fits with default options.
     *
     * @param summary the customers; recency and T in the summary's unit, which the model keeps
     * @return the fitted model
     * @throws IllegalArgumentException when the summary is empty or nobody made a repeat purchase
     * @throws ModelFitException        when the fit does not converge
     */
    public static BgNbdModel fit(RfmSummary summary) {
        return fit(BtydData.of(summary), FitOptions.defaults());
    }

    /**
     * Fits with default options.
     *
     * @param data the customers
     * @return the fitted model
     */
    public static BgNbdModel fit(BtydData data) {
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
    public static BgNbdModel fit(BtydData data, FitOptions options) {
        requireRepeatBuyers(NAME, data);
        FitReport report = Fitting.run(NAME, PARAMETERS, new BgNbdLikelihood(data, options.parallel()),
                data.customers(), data.rows(), data.unit(), defaultStart(data), options);
        double[] p = report.estimates();
        return new BgNbdModel(p[0], p[1], p[2], p[3], data.unit(), report);
    }

    static void requireRepeatBuyers(String model, BtydData data) {
        if (data.repeatBuyers() == 0) {
            throw new IllegalArgumentException("every customer has frequency 0: " + model
                    + " cannot tell the purchase rate from dropout without repeat purchases ("
                    + data.customers() + " customers)");
        }
    }

    /** r = 1 and alpha matching the mean repeat rate; a = b = 1 (a uniform dropout probability). */
    static double[] defaultStart(BtydData data) {
        double sumX = 0;
        double sumT = 0;
        for (int i = 0; i < data.rows(); i++) {
            sumX += data.weight(i) * data.x(i);
            sumT += data.weight(i) * data.T(i);
        }
        double alpha = Math.max(sumT, 1e-9) / Math.max(sumX, 1e-9);
        return new double[] {1, Math.min(Math.max(alpha, 1e-6), 1e6), 1, 1};
    }
}
