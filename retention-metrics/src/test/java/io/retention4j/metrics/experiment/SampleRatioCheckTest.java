package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SRM chi-square check against hand computation. */
class SampleRatioCheckTest {

    @Test
    void of_1000vs1200AtFiftyFifty_isAMismatch() {
        // expected 1100 each: chi-square = 2 * 100² / 1100 = 18.181818 on 1 df;
        // p = erfc(sqrt(18.181818 / 2)) = 2.0079e-05 (below 0.001: mismatch)
        SampleRatioCheck srm = SampleRatioCheck.of(new long[] {1000, 1200}, new double[] {0.5, 0.5});
        assertThat(srm.chiSquare()).isCloseTo(200.0 / 11, within(1e-12));
        assertThat(srm.degreesOfFreedom()).isEqualTo(1);
        assertThat(srm.pValue()).isCloseTo(2.0079e-05, within(0.00005e-05));
        assertThat(srm.isMismatch()).isTrue();
        assertThat(srm.toString()).startsWith("WARNING: sample ratio mismatch (chi-square 18.182 on 1 df, p = 2.01e-05");
    }

    @Test
    void of_threeVariants_handComputed() {
        // 60, 20, 20 against 0.5, 0.25, 0.25: expected 50, 25, 25; chi-square 100/50 + 25/25 + 25/25 = 4 on
        // 2 df, whose upper tail is exp(-4/2) = 0.1353353
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("control", 60L);
        counts.put("offer", 20L);
        counts.put("holdout", 20L);
        SampleRatioCheck srm = SampleRatioCheck.of(counts, Map.of("control", 0.5, "offer", 0.25, "holdout", 0.25),
                0.001);
        assertThat(srm.chiSquare()).isCloseTo(4, within(1e-12));
        assertThat(srm.pValue()).isCloseTo(Math.exp(-2), within(1e-12));
        assertThat(srm.isMismatch()).isFalse();
        assertThat(srm.variants()).containsExactly("control", "offer", "holdout");
        assertThat(srm.expected(0)).isEqualTo(50);
    }

    @Test
    void of_exactFit_pValueOne() {
        assertThat(SampleRatioCheck.of(new long[] {50, 30, 20}, new double[] {0.5, 0.3, 0.2}).pValue())
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void of_badWeightsOrCounts_throw() {
        assertThatThrownBy(() -> SampleRatioCheck.of(new long[] {10, 10}, new double[] {0.5, 0.6}))
                .hasMessageContaining("weights must sum to 1").hasMessageContaining("1.1");
        assertThatThrownBy(() -> SampleRatioCheck.of(new long[] {10, -1}, new double[] {0.5, 0.5}))
                .hasMessage("count of variant '1' must be >= 0, got -1");
        assertThatThrownBy(() -> SampleRatioCheck.of(new long[] {0, 0}, new double[] {0.5, 0.5}))
                .hasMessageContaining("nothing to check");
        assertThatThrownBy(() -> SampleRatioCheck.of(new long[] {10}, new double[] {1}))
                .hasMessageContaining("at least two variants");
        assertThatThrownBy(() -> SampleRatioCheck.of(new long[] {10, 10}, new double[] {1, 0}))
                .hasMessage("weight of variant '1' must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> SampleRatioCheck.of(Map.of("a", 1L, "b", 2L), Map.of("a", 0.5, "c", 0.5), 0.001))
                .hasMessageContaining("weights for");
    }
}
