package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.metrics.internal.Objective;
import java.util.Map;

/** Checks shared by the CLV model tests. */
final class ClvAssertions {
    private ClvAssertions() {
    }

    /** The recovery check of issue 3: estimates from simulated data land within 3 standard errors of the truth. */
    static void assertWithinThreeStandardErrors(FittedModel fitted, Map<String, Double> truth) {
        FitReport report = fitted.report().orElseThrow();
        assertThat(report.informationSingular()).isFalse();
        truth.forEach((name, value) -> {
            double estimate = report.estimate(name);
            double se = report.standardError(name);
            assertThat(Math.abs(estimate - value)).as("%s: estimate %s, truth %s, se %s", name, estimate, value, se)
                    .isLessThanOrEqualTo(3 * se);
        });
    }

    /** The analytic gradient agrees with central differences of the value (step 1e-6 relative). */
    static void assertGradientMatchesFiniteDifferences(Objective f, double[] theta, double relativeTolerance) {
        int dimension = f.dimension();
        double[] gradient = new double[dimension];
        f.valueAndGradient(theta, gradient);
        for (int k = 0; k < dimension; k++) {
            double h = 1e-6 * theta[k];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (f.valueAndGradient(up, new double[dimension])
                    - f.valueAndGradient(down, new double[dimension])) / (2 * h);
            assertThat(gradient[k]).as("d/d theta %d", k)
                    .isCloseTo(numeric, within(relativeTolerance * Math.abs(numeric) + 1e-6));
        }
    }

    /** An observed share of {@code count} independent trials lies within 4 binomial standard errors of a prediction. */
    static void assertShare(double predicted, double observed, int count, String what) {
        double p = Math.min(Math.max(predicted, 1e-9), 1 - 1e-9);
        assertThat(observed).as(what).isCloseTo(predicted, within(4 * Math.sqrt(p * (1 - p) / count)));
    }
}
