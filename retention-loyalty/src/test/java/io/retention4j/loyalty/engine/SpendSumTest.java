package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

class SpendSumTest {
    /** The reference is a chain of BigDecimal.add from ZERO: same value and same scale. */
    @Property(tries = 2000)
    void add_anyAmounts_equalsBigDecimalAddChain(@ForAll("amounts") List<BigDecimal> amounts) {
        SpendSum sum = new SpendSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            expected = expected.add(amount);
            if (amount.scale() >= 0 && amount.scale() <= 18 && amount.precision() <= 18) {
                sum.add(amount.unscaledValue().longValueExact(), amount.scale());
            } else {
                sum.add(amount);
            }
        }
        assertThat(sum.value()).isEqualTo(expected); // equals: value and scale
    }

    @Provide
    Arbitrary<List<BigDecimal>> amounts() {
        Arbitrary<Long> unscaled = Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000),
                Arbitraries.longs().between(0, Long.MAX_VALUE / 10), Arbitraries.longs().between(-1_000, 1_000));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-3, 20);
        return Combinators.combine(unscaled, scale).as(BigDecimal::valueOf).list().ofMaxSize(12);
    }

    @Test
    void add_overflowingTheLong_carriesOnExactly() {
        SpendSum sum = new SpendSum();
        sum.add(Long.MAX_VALUE - 1, 2);
        sum.add(5, 0); // 5 at scale 2 is 500: overflows the long when rescaled and added
        sum.add(1, 3);
        assertThat(sum.value()).isEqualTo(new BigDecimal("92233720368547758.06").add(new BigDecimal("5"))
                .add(new BigDecimal("0.001")));
    }

    @Test
    void value_nothingAdded_isZeroAtScaleZero() {
        assertThat(new SpendSum().value()).isEqualTo(BigDecimal.ZERO);
    }
}
