package io.retention4j.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Bfgs near a minimum where the objective's values no longer show the decrease left to make. */
class BfgsTest {
    private static final double[] MINIMUM = {0.5, 10, 0.6, 12};

    /**
     * f(θ) = 6 + Σ d_i^2 + d_i^4 with d_i = (θ_i - m_i)/m_i (not quadratic in ln θ, so BFGS closes in
     * over several iterations), its value rounded to multiples of 2^-32 as the rounding noise of a long
     * sum blurs it; the gradient is exact. Close to the minimum a step lowers f by ~|g|^2, which the
     * values can no longer show.
     */
    private static final Objective BLURRED_BOWL = new Objective() {
        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public double valueAndGradient(double[] theta, double[] gradient) {
            double value = 6;
            for (int i = 0; i < 4; i++) {
                double d = (theta[i] - MINIMUM[i]) / MINIMUM[i];
                value += d * d + d * d * d * d;
                gradient[i] = (2 * d + 4 * d * d * d) / MINIMUM[i];
            }
            return Math.rint(value * 0x1.0p32) * 0x1.0p-32;
        }
    };

    @Test
    void minimize_valuesFlatterThanRemainingDecrease_convergesOnTheGradient() {
        Bfgs.Result result = new Bfgs(BLURRED_BOWL, 1e-9, 1000).minimize(new double[] {1, 1, 1, 1});
        assertThat(result.converged()).isTrue();
        assertThat(result.gradientNorm()).isLessThan(1e-9);
        for (int i = 0; i < 4; i++) {
            assertThat(result.theta()[i]).isCloseTo(MINIMUM[i], within(1e-9 * MINIMUM[i]));
        }
        // about 20 iterations with nearly one evaluation each; a line search that insists on a visible
        // decrease halves its step until θ stops changing, about 100 evaluations in all
        assertThat(result.evaluations()).isLessThan(50);
    }
}
