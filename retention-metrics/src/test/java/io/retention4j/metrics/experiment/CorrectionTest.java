package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Multiple-comparison adjustments against published examples and hand computation. */
class CorrectionTest {
    /** The 15 p-values of Benjamini and Hochberg (1995), section 4.1 (Neuhaus et al.'s trial). */
    private static final double[] BH_1995 = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
        0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};

    @Test
    void benjaminiHochberg_paperExample_rejectsFourAtFivePercent() {
        // the paper: the BH procedure rejects the 4 smallest at q = 0.05; Holm (like Bonferroni) only 3
        assertThat(count(Correction.BENJAMINI_HOCHBERG.adjust(BH_1995), 0.05)).isEqualTo(4);
        assertThat(count(Correction.HOLM.adjust(BH_1995), 0.05)).isEqualTo(3);
        assertThat(count(Correction.BONFERRONI.adjust(BH_1995), 0.05)).isEqualTo(3);
    }

    @Test
    void benjaminiHochberg_handComputed() {
        // sorted 0.008, 0.03, 0.123, 0.2, 0.6 (m = 5): m p / rank = 0.04, 0.075, 0.205, 0.25, 0.6, already
        // increasing, so no step-up minimum changes them; back in input order. This is also the documented
        // output of stdlib's padjust (a port of R's p.adjust): [0.04, 0.075, ~0.205, 0.6, 0.25]
        double[] adjusted = Correction.BENJAMINI_HOCHBERG.adjust(new double[] {0.008, 0.03, 0.123, 0.6, 0.2});
        assertThat(adjusted).containsExactly(new double[] {0.04, 0.075, 0.205, 0.6, 0.25}, within(1e-12));
    }

    @Test
    void holm_handComputed() {
        // stdlib padjust's documented holm example: [0.319, 0.201, 0.4, 0.374, 0.113] ->
        // [~0.957, 0.804, ~0.957, ~0.957, ~0.565]. By hand: sorted 0.113, 0.201, 0.319, 0.374, 0.4 times
        // 5, 4, 3, 2, 1 = 0.565, 0.804, 0.957, 0.748, 0.4; running maximum 0.565, 0.804, 0.957, 0.957, 0.957
        double[] adjusted = Correction.HOLM.adjust(new double[] {0.319, 0.201, 0.4, 0.374, 0.113});
        assertThat(adjusted).containsExactly(new double[] {0.957, 0.804, 0.957, 0.957, 0.565}, within(1e-12));
    }

    @Test
    void benjaminiHochberg_stepUpMinimum_handComputed() {
        // 0.01, 0.04, 0.03, 0.005 (m = 4): sorted 0.005, 0.01, 0.03, 0.04; m p / rank = 0.02, 0.02, 0.04, 0.04;
        // minimum from the top: 0.04, 0.04, 0.02, 0.02. Holm: 4*0.005, 3*0.01, 2*0.03, 0.04 = 0.02, 0.03, 0.06, 0.04,
        // running maximum 0.02, 0.03, 0.06, 0.06. Ties: 0.02, 0.02 in BH share the value.
        double[] p = {0.01, 0.04, 0.03, 0.005};
        assertThat(Correction.BENJAMINI_HOCHBERG.adjust(p)).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02},
                within(1e-12));
        assertThat(Correction.HOLM.adjust(p)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
        assertThat(Correction.BONFERRONI.adjust(p)).containsExactly(new double[] {0.04, 0.16, 0.12, 0.02},
                within(1e-12));
        assertThat(Correction.NONE.adjust(p)).containsExactly(p);
        assertThat(p).containsExactly(0.01, 0.04, 0.03, 0.005);
    }

    @Test
    void adjust_capsAtOneAndAcceptsEmpty() {
        assertThat(Correction.HOLM.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
        assertThat(Correction.BENJAMINI_HOCHBERG.adjust(new double[0])).isEmpty();
    }

    @Test
    void adjust_badPValue_namesTheIndex() {
        assertThatThrownBy(() -> Correction.HOLM.adjust(new double[] {0.1, Double.NaN}))
                .hasMessage("pValues[1] must be in [0, 1], got NaN");
        assertThatThrownBy(() -> Correction.BENJAMINI_HOCHBERG.adjust(new double[] {1.5}))
                .hasMessage("pValues[0] must be in [0, 1], got 1.5");
    }

    private static long count(double[] adjusted, double level) {
        return Arrays.stream(adjusted).filter(p -> p <= level).count();
    }
}
