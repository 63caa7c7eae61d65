package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Power and sample size against the examples of R's documentation ({@code ?power.prop.test},
 * {@code ?power.t.test}), with the formulas R implements; where R's help shows only rounded figures
 * the precise value is R's formula evaluated with scipy 1.17 ({@code stats.norm}, {@code stats.nct}).
 */
class PowerPlanTest {

    @Test
    void proportions_sampleSize_matchesPowerPropTest() {
        // R: power.prop.test(p1 = .50, p2 = .75, power = .90)  # => n = 76.7 (help page comment);
        // the formula: ((1.959964 * sqrt(2 * 0.625 * 0.375) + 1.281552 * sqrt(0.25 + 0.1875)) / 0.25)² = 76.70693
        double n = PowerPlan.proportions(0.50, 0.75).sampleSizePerArm(0.90);
        assertThat(n).isCloseTo(76.7, within(0.05));
        assertThat(n).isCloseTo(76.70692845177724, within(1e-6));
        assertThat(PowerPlan.proportions(0.50, 0.75).unitsPerArm(0.90)).isEqualTo(77);
    }

    @Test
    void proportions_power_matchesPowerPropTest() {
        // R: power.prop.test(n = 50, p1 = .50, p2 = .75)  # => power = 0.740 (0.7401659 by the formula)
        assertThat(PowerPlan.proportions(0.50, 0.75).power(50)).isCloseTo(0.7401659013313878, within(1e-9));
    }

    @Test
    void proportions_oneSidedAndRelative() {
        // one-sided: z = Φ^-1(0.95) = 1.644854 instead of 1.959964: n = 62.33551 (scipy brentq on R's power formula)
        assertThat(PowerPlan.proportions(0.50, 0.75).oneSided().sampleSizePerArm(0.90))
                .isCloseTo(62.335508037096396, within(1e-6));
        // relative +50% on 0.5 is the same plan as 0.5 -> 0.75
        assertThat(PowerPlan.proportionsWithRelativeEffect(0.5, 0.5).sampleSizePerArm(0.9))
                .isCloseTo(76.70692845177724, within(1e-6));
    }

    @Test
    void means_power_matchesPowerTTest() {
        // R: power.t.test(n = 20, delta = 1)  # power = 0.8689528
        assertThat(PowerPlan.means(1, 1).power(20)).isCloseTo(0.8689528, within(0.5e-7));
    }

    @Test
    void means_sampleSize_matchesPowerTTest() {
        // R: power.t.test(power = .90, delta = 1)  # n = 22.02110
        assertThat(PowerPlan.means(1, 1).sampleSizePerArm(0.90)).isCloseTo(22.02110, within(0.5e-5));
        // R: power.t.test(power = .90, delta = 1, alternative = "one.sided"): 17.84712 (scipy nct, R's formula)
        assertThat(PowerPlan.means(1, 1).oneSided().sampleSizePerArm(0.90)).isCloseTo(17.847120626538345,
                within(1e-6));
        assertThat(PowerPlan.means(-2, 2).unitsPerArm(0.90)).isEqualTo(23);
        // a +10% lift on a mean of 10 with sd 1 is a difference of 1: the same plan as delta = 1, sd = 1
        assertThat(PowerPlan.meansWithRelativeEffect(10, 0.1, 1).power(20)).isCloseTo(0.8689528, within(0.5e-7));
    }

    @Test
    void badInput_throwsWithTheAllowedRange() {
        assertThatThrownBy(() -> PowerPlan.proportions(0, 0.5)).hasMessage("baseline rate must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> PowerPlan.proportions(0.3, 0.3)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> PowerPlan.proportionsWithRelativeEffect(0.6, 1.0))
                .hasMessageContaining("target rate of 1.2, outside (0, 1)");
        assertThatThrownBy(() -> PowerPlan.means(0, 1)).hasMessageContaining("difference must not be 0");
        assertThatThrownBy(() -> PowerPlan.meansWithRelativeEffect(0, 0.1, 1)).hasMessageContaining("baseline mean");
        assertThatThrownBy(() -> PowerPlan.means(1, 0)).hasMessage("standard deviation must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> PowerPlan.means(1, 1).alpha(1.5)).hasMessage("alpha must be in (0, 1), got 1.5");
        assertThatThrownBy(() -> PowerPlan.means(1, 1).power(1)).hasMessageContaining(">= 2");
        assertThatThrownBy(() -> PowerPlan.means(10, 1).sampleSizePerArm(0.8)).hasMessageContaining("units per arm");
    }

    @Test
    void toString_statesTheMethod() {
        assertThat(PowerPlan.means(1, 2).toString())
                .isEqualTo("power plan: difference of means 1 with sd 2 (noncentral t), alpha 0.05, two-sided");
    }
}
