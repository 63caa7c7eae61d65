package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.time.TimeScale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery: customers simulated from known parameters (close to the CDNOW estimates),
 * observed for ages uniform on 39..78 weeks in whole days, are fitted back; every estimate must lie
 * within 3 of its reported standard errors of the truth.
 */
class ParetoNbdRecoveryTest {
    private static final double[] TRUTH = {0.55, 10.58, 0.61, 11.67};
    private static final String[] NAMES = {"r", "alpha", "s", "beta"};

    @Test
    void fit_simulatedCustomers_recoversParametersWithinThreeStandardErrors() {
        int n = 60_000;
        SplittableRandom random = new SplittableRandom(20_050_601);
        double[] ages = new double[n];
        for (int i = 0; i < n; i++) {
            ages[i] = random.nextInt(39 * 7, 78 * 7 + 1) / 7.0;
        }
        ParetoNbdModel truth = ParetoNbdModel.of(TRUTH[0], TRUTH[1], TRUTH[2], TRUTH[3], TimeScale.WEEKS);
        SimulatedCustomers customers = truth.simulate(ages, 11);

        ParetoNbdModel fit = ParetoNbd.fit(customers.data());

        FitReport report = fit.report().orElseThrow();
        assertThat(report.converged()).isTrue();
        assertThat(report.customers()).isEqualTo(n);
        for (int k = 0; k < NAMES.length; k++) {
            double se = report.standardError(NAMES[k]);
            assertThat(se).as(NAMES[k]).isPositive();
            assertThat(report.estimate(NAMES[k])).as(NAMES[k] + " (se " + se + ")").isCloseTo(TRUTH[k], within(3 * se));
        }
    }
}
