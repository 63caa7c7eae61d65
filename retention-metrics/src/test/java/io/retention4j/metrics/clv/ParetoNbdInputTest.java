package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import org.junit.jupiter.api.Test;

/** Bad input to the Pareto/NBD fit and predictions gets an exception that names the argument and value. */
class ParetoNbdInputTest {
    private static final ParetoNbdModel MODEL = ParetoNbdModel.of(0.55, 10.58, 0.61, 11.67, TimeScale.WEEKS);

    @Test
    void fit_negativeFrequency_namesTheRow() {
        assertThatThrownBy(() -> ParetoNbd.fit(BtydData.of(new int[] {1, -2}, new double[] {1, 0},
                new double[] {3, 3}, TimeScale.WEEKS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency x must be >= 0")
                .hasMessageContaining("row 1").hasMessageContaining("x=-2");
    }

    @Test
    void fit_recencyAfterAge_namesTheRow() {
        assertThatThrownBy(() -> ParetoNbd.fit(BtydData.of(new int[] {1, 2}, new double[] {1, 5},
                new double[] {3, 4}, TimeScale.WEEKS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency t_x must be in 0..T")
                .hasMessageContaining("row 1").hasMessageContaining("t_x=5.0, T=4.0");
    }

    @Test
    void fit_notANumber_namesTheRow() {
        assertThatThrownBy(() -> ParetoNbd.fit(BtydData.of(new int[] {1}, new double[] {Double.NaN},
                new double[] {3}, TimeScale.WEEKS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be finite numbers")
                .hasMessageContaining("row 0").hasMessageContaining("t_x=NaN");
    }

    @Test
    void fit_emptySummary_saysThereAreNoCustomers() {
        RfmSummary empty = RfmSummary.fromArrays(new String[0], new int[0], new double[0], new double[0], null,
                TimeScale.WEEKS);
        assertThatThrownBy(() -> ParetoNbd.fit(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customers");
    }

    @Test
    void fit_allFrequenciesZero_saysRepeatPurchasesAreNeeded() {
        assertThatThrownBy(() -> ParetoNbd.fit(BtydData.of(new int[] {0, 0}, new double[] {0, 0},
                new double[] {3, 5}, TimeScale.WEEKS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every customer has frequency 0")
                .hasMessageContaining("Pareto/NBD").hasMessageContaining("repeat purchases");
    }

    @Test
    void fit_wrongNumberOfInitialValues_saysHowManyAreNeeded() {
        BtydData data = BtydData.of(new int[] {1, 0}, new double[] {1, 0}, new double[] {3, 5}, TimeScale.WEEKS);
        assertThatThrownBy(() -> ParetoNbd.fit(data, FitOptions.defaults().initial(1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[r, alpha, s, beta]")
                .hasMessageContaining("2 initial values");
    }

    @Test
    void predictions_badHistory_nameTheArgument() {
        assertThatThrownBy(() -> MODEL.probabilityAlive(-1, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency x must be >= 0, got -1");
        assertThatThrownBy(() -> MODEL.conditionalExpectedPurchases(10, 2, 5, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t_x=5.0, T=4.0");
        assertThatThrownBy(() -> MODEL.logLikelihood(2, Double.NaN, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t_x=NaN");
        assertThatThrownBy(() -> MODEL.probabilityNoPurchase(-1, 2, 1, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon t").hasMessageContaining("-1");
        assertThatThrownBy(() -> MODEL.probabilityOfPurchases(-3, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purchase count n must be >= 0, got -3");
        assertThatThrownBy(() -> MODEL.expectedPurchases(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> MODEL.simulate(new double[] {1, -2}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T[1]");
    }

    @Test
    void of_nonPositiveParameter_namesIt() {
        assertThatThrownBy(() -> ParetoNbdModel.of(0.5, 10, 0, 11, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s must be a positive finite number");
        assertThatThrownBy(() -> ParetoNbdModel.of(0.5, Double.NaN, 1, 11, TimeScale.WEEKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha").hasMessageContaining("NaN");
    }
}
