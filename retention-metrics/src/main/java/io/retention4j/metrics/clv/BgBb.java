package io.retention4j.metrics.clv;

import java.util.List;

/**
 * Fits the {@link BgBbModel BG/BB model} by maximum likelihood (analytic gradient, BFGS on the
 * log-parameters, observed-information standard errors).
 *
 * <pre>{@code
 * BgBbData data = BgBbData.of(x, tx, n, weights);   // the recency-frequency table
 * BgBbModel bgbb = BgBb.fit(data);                  // bgbb.alpha(), bgbb.probabilityAlive(x, tx, n), ...
 * }</pre>
 */
public final class BgBb {
    /** The model name used in reports and saved files. */
    public static final String NAME = "BG/BB";
    static final List<String> PARAMETERS = List.of("alpha", "beta", "gamma", "delta");

    private BgBb() {
    }

    /**
     * Fits with default options.
     *
     * @param data the customers
     * @return the fitted model
     * @throws IllegalArgumentException when nobody made a repeat transaction
     * @throws ModelFitException        when the fit does not converge
     */
    public static BgBbModel fit(BgBbData data) {
        return fit(data, FitOptions.defaults());
    }

    /**
     * Fits.
     *
     * @param data    the customers
     * @param options penalizer, start (alpha, beta, gamma, delta; default all 1), tolerance, iteration
     *                limit, parallelism
     * @return the fitted model
     * @throws IllegalArgumentException when nobody made a repeat transaction
     * @throws ModelFitException        when the fit does not converge
     */
    public static BgBbModel fit(BgBbData data, FitOptions options) {
        if (data.repeatBuyers() == 0) {
            throw new IllegalArgumentException("every customer has frequency 0: " + NAME + " cannot tell the "
                    + "transaction probability from dropout without repeat transactions (" + data.customers()
                    + " customers)");
        }
        FitReport report = Fitting.run(NAME, PARAMETERS, new BgBbLikelihood(data, options.parallel()),
                data.customers(), data.rows(), null, new double[] {1, 1, 1, 1}, options);
        double[] p = report.estimates();
        return new BgBbModel(p[0], p[1], p[2], p[3], report);
    }
}
