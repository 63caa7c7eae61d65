package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Definition-7 quantiles and the order statistics behind them, against hand counts and full sorts. */
class QuantilesTest {

    @Test
    void type7_oneToTen_quintilesByHand() {
        // h = 9p + 1: p = .2 -> 2.8 -> x2 + .8 (x3 - x2) = 2.8; .4 -> 4.6; .6 -> 6.4; .8 -> 8.2
        double[] x = {7, 3, 10, 1, 5, 9, 2, 8, 6, 4};
        assertThat(Quantiles.type7(x, 5)).containsExactly(new double[] {2.8, 4.6, 6.4, 8.2},
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(x).containsExactly(7, 3, 10, 1, 5, 9, 2, 8, 6, 4);   // input untouched
    }

    @Test
    void type7_fourValues_medianBetweenTheMiddleTwo() {
        assertThat(Quantiles.type7(new double[] {4, 1, 3, 2}, 2)).containsExactly(2.5);
    }

    @Test
    void type7_twoValuesFiveBins_interpolatesEvenlyAndKeepsPositionsOrdered() {
        // N = 2: (N - 1) k / 5 = 0.2 k -> x1 + 0.2 k (x2 - x1) = 10 + 2 k
        assertThat(Quantiles.type7(new double[] {20, 10}, 5)).containsExactly(12, 14, 16, 18);
    }

    @Test
    void type7_singleValueOrAllEqual_everyQuantileIsThatValue() {
        assertThat(Quantiles.type7(new double[] {42.5}, 4)).containsExactly(42.5, 42.5, 42.5);
        assertThat(Quantiles.type7(new double[] {3, 3, 3, 3, 3, 3, 3}, 5)).containsExactly(3, 3, 3, 3);
    }

    @Test
    void type7_empty_noBreakpoints() {
        assertThat(Quantiles.type7(new double[0], 5)).isEmpty();
    }

    @Test
    void type7_quantileOnADataPoint_isThatPointExactly() {
        // N = 11, bins 5: (N - 1) k / 5 = 2 k, whole positions -> x_(2k) exactly, no interpolation error
        double[] x = {0.1, 0.7, 0.3, 0.9, 0.5, 1.1, 0.2, 0.6, 0.4, 0.8, 1.0};
        assertThat(Quantiles.type7(x, 5)).containsExactly(0.3, 0.5, 0.7, 0.9);
    }

    @Test
    void select_positionsNotAscending_rejected() {
        assertThatThrownBy(() -> OrderStatistics.select(new double[] {1, 2, 3}, new int[] {2, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
        assertThatThrownBy(() -> OrderStatistics.select(new double[] {1, 2, 3}, new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..2");
    }

    @Test
    void select_negativeZero_returnedAsPositiveZero() {
        double[] v = OrderStatistics.select(new double[] {-0.0, 1.5, -0.0}, new int[] {0, 1});
        assertThat(Double.doubleToRawLongBits(v[0])).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(v[1])).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Provide
    Arbitrary<double[]> columns() {
        Arbitrary<Double> counts = Arbitraries.integers().between(0, 12).map(i -> (double) i);
        Arbitrary<Double> wide = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(l -> (double) l);
        Arbitrary<Double> money = Arbitraries.integers().between(0, 500_00).map(c -> c / 100.0);
        Arbitrary<Double> value = Arbitraries.oneOf(counts, wide, money);
        return Arbitraries.oneOf(
                counts.array(double[].class).ofMinSize(1).ofMaxSize(400),
                wide.array(double[].class).ofMinSize(1).ofMaxSize(400),
                money.array(double[].class).ofMinSize(1).ofMaxSize(400),
                value.array(double[].class).ofMinSize(1).ofMaxSize(400));
    }

    @Property(tries = 300)
    void select_anyColumn_equalsTheFullSortAtEveryPosition(@ForAll("columns") double[] values,
                                                          @ForAll long seed) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        int[] positions = IntStream.range(0, 1 + r.nextInt(9)).map(i -> r.nextInt(values.length))
                .sorted().distinct().toArray();
        double[] got = OrderStatistics.select(values, positions);
        for (int i = 0; i < positions.length; i++) {
            assertThat(got[i]).isEqualTo(sorted[positions[i]] + 0.0);
        }
    }

    @Property(tries = 200)
    void type7_anyColumn_matchesTheDefinitionOnASortedCopy(@ForAll("columns") double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        for (int bins = 2; bins <= 9; bins++) {
            double[] q = Quantiles.type7(values, bins);
            for (int k = 1; k < bins; k++) {
                // h - 1 = (n - 1) k / bins; Q = x_lo + frac (x_hi - x_lo)
                int lo = (int) ((long) (n - 1) * k / bins);
                double frac = (double) ((long) (n - 1) * k % bins) / bins;
                double lower = sorted[lo];
                double upper = sorted[Math.min(lo + 1, n - 1)];
                double expected = frac == 0 || lower == upper ? lower : lower + frac * (upper - lower);
                assertThat(q[k - 1]).isEqualTo(expected + 0.0);
            }
        }
    }
}
