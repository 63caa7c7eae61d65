package io.retention4j.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Sufficient statistics and their accumulators: hand counts, merging, precision, bad input. */
class StatisticsTest {

    @Test
    void meanAccumulator_eightValues_handComputed() {
        // {2, 4, 4, 4, 5, 5, 7, 9}: sum 40, mean 5, Σ(x - 5)² = 9+1+1+1+0+0+4+16 = 32, variance 32/7,
        // Σx² = 4 + 48 + 50 + 49 + 81 = 232
        MeanStatistic s = new MeanAccumulator().addAll(new double[] {2, 4, 4, 4, 5, 5, 7, 9}).result();
        assertThat(s.n()).isEqualTo(8);
        assertThat(s.mean()).isCloseTo(5, within(1e-12));
        assertThat(s.variance()).isCloseTo(32.0 / 7, within(1e-12));
        assertThat(s.sum()).isCloseTo(40, within(1e-12));
        assertThat(s.sumOfSquares()).isCloseTo(232, within(1e-9));
        assertThat(MeanStatistic.ofSums(8, 40, 232).variance()).isCloseTo(32.0 / 7, within(1e-12));
    }

    @Test
    void meanAccumulator_merge_equalsOnePass() {
        MeanAccumulator left = new MeanAccumulator().addAll(new double[] {2, 4, 4, 4});
        MeanAccumulator right = new MeanAccumulator().addAll(new double[] {5, 5, 7, 9});
        MeanStatistic merged = left.merge(right).result();
        assertThat(merged.mean()).isCloseTo(5, within(1e-12));
        assertThat(merged.variance()).isCloseTo(32.0 / 7, within(1e-12));
        assertThat(new MeanAccumulator().merge(new MeanAccumulator()).result().n()).isZero();
        MeanStatistic pooled = MeanStatistic.ofSums(4, 14, 52).plus(MeanStatistic.ofSums(4, 26, 180));
        assertThat(pooled.variance()).isCloseTo(32.0 / 7, within(1e-12));
    }

    @Test
    void meanAccumulator_largeOffset_keepsPrecision() {
        // 1e9 + {4, 7, 13, 16}: mean 1e9 + 10, Σ(x - mean)² = 36 + 9 + 9 + 36 = 90, variance 30. Naive
        // Σx² - (Σx)²/n cancels 16 significant digits here; the shifted sums do not.
        MeanStatistic s = new MeanAccumulator().add(1e9 + 4).add(1e9 + 7).add(1e9 + 13).add(1e9 + 16).result();
        assertThat(s.mean()).isEqualTo(1e9 + 10);
        assertThat(s.variance()).isCloseTo(30, within(1e-9));
    }

    @Property(tries = 200)
    void meanAccumulator_anySplit_mergesToTheSameStatistic(
            @ForAll @Size(min = 2, max = 60) double[] values, @ForAll @DoubleRange(min = 0, max = 1) double cut) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.isFinite(values[i]) ? Math.max(-1e6, Math.min(1e6, values[i])) : 0;
        }
        int k = (int) (cut * values.length);
        MeanAccumulator whole = new MeanAccumulator().addAll(values);
        MeanAccumulator a = new MeanAccumulator();
        MeanAccumulator b = new MeanAccumulator();
        for (int i = 0; i < values.length; i++) {
            (i < k ? a : b).add(values[i]);
        }
        MeanStatistic expected = whole.result();
        MeanStatistic actual = a.merge(b).result();
        double scale = 1 + Math.abs(expected.variance());
        assertThat(actual.mean()).isCloseTo(expected.mean(), within(1e-9 * (1 + Math.abs(expected.mean()))));
        assertThat(actual.variance()).isCloseTo(expected.variance(), within(1e-9 * scale));
    }

    @Test
    void proportion_countsAndVariance() {
        ProportionStatistic p = new ProportionAccumulator().add(true).add(false).add(true).add(false)
                .merge(new ProportionAccumulator().add(1, 4)).result();
        // 3 of 8: rate 0.375, Bernoulli variance 0.375 * 0.625 = 0.234375
        assertThat(p).isEqualTo(ProportionStatistic.of(3, 8));
        assertThat(p.mean()).isEqualTo(0.375);
        assertThat(p.variance()).isEqualTo(0.234375);
        assertThat(p.toString()).isEqualTo("3 / 8 = 37.50%");
        assertThat(ProportionStatistic.of(0, 0).mean()).isZero();
    }

    @Test
    void ratioAccumulator_merge_equalsOnePass() {
        RatioStatistic whole = new RatioAccumulator().add(10, 1).add(30, 2).add(20, 2).add(40, 3).result();
        RatioStatistic merged = new RatioAccumulator().add(10, 1).add(30, 2)
                .merge(new RatioAccumulator().add(20, 2).add(40, 3)).result();
        assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-12));
        assertThat(merged.variance()).isCloseTo(whole.variance(), within(1e-9));
        assertThat(merged.covariance()).isCloseTo(10, within(1e-9));
    }

    @Test
    void badInput_namesFieldAndValue() {
        assertThatThrownBy(() -> ProportionStatistic.of(5, 4))
                .hasMessage("need 0 <= converted <= exposed, got converted 5, exposed 4");
        assertThatThrownBy(() -> MeanStatistic.ofSums(3, 6, 10))
                .hasMessageContaining("sumOfSquares 10.0 is below sum² / n = 12.0");
        assertThatThrownBy(() -> MeanStatistic.ofSums(-1, 0, 0)).hasMessage("n must be >= 0, got -1");
        assertThatThrownBy(() -> MeanStatistic.ofSums(1, 2, 4).variance()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a variance needs n >= 2, got n = 1");
        assertThatThrownBy(() -> new MeanAccumulator().addAll(new double[] {1, Double.NaN}))
                .hasMessage("values[1] must be a finite number, got NaN");
        assertThatThrownBy(() -> RatioStatistic.ofSums(2, 2, 2, 2, 2, 5)).hasMessageContaining("Cauchy-Schwarz");
        assertThatThrownBy(() -> new CupedAccumulator().add(1, Double.POSITIVE_INFINITY))
                .hasMessage("post and pre must be finite, got 1.0, Infinity");
    }
}
