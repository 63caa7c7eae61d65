package io.retention4j.metrics.clv;

import java.util.List;

/**
 * Fits the {@link SbgModel shifted-beta-geometric model} of contractual retention by maximum
 * likelihood (analytic gradient, BFGS on the log-parameters, observed-information standard errors).
 *
 * <pre>{@code
 * SbgModel sbg = ShiftedBetaGeometric.fit(SbgData.ofAlive(1000, 631, 468, 382, 326, 289, 262, 241));
 * double[] next = sbg.projectedAlive(1000, 12);   // expected customers alive at the start of years 0..12
 * }</pre>
 */
public final class ShiftedBetaGeometric {
    /** The model name used in reports and saved files. */
    public static final String NAME = "sBG";
    static final List<String> PARAMETERS = List.of("alpha", "beta");

    private ShiftedBetaGeometric() {
    }

    /**
     * Fits with default options.
     *
     * @param data the cohorts
     * @return the fitted model
     * @throws IllegalArgumentException when no customer churned
     * @throws ModelFitException        when the fit does not converge
     */
    public static SbgModel fit(SbgData data) {
        return fit(data, FitOptions.defaults());
    }

    /**
     * Fits.
     *
     * @param data    the cohorts
     * @param options penalizer, start (alpha, beta; default 1, 1), tolerance, iteration limit
     * @return the fitted model
     * @throws IllegalArgumentException when no customer churned
     * @throws ModelFitException        when the fit does not converge
     */
    public static SbgModel fit(SbgData data, FitOptions options) {
        double churned = 0;
        for (int t = 1; t <= data.periods(); t++) {
            churned += data.churned(t);
        }
        if (churned == 0) {
            throw new IllegalArgumentException("no customer churned: " + NAME + " cannot estimate churn probabilities "
                    + "when all " + data.customers() + " customers renewed every period");
        }
        FitReport report = Fitting.run(NAME, PARAMETERS, new SbgLikelihood(data), data.customers(), data.periods(),
                null, new double[] {1, 1}, options);
        double[] p = report.estimates();
        return new SbgModel(p[0], p[1], report);
    }
}
