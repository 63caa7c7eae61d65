package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    /** The reference is BigDecimal's own canonical form: stripTrailingZeros().toPlainString(). */
    @Property(tries = 2000)
    void appendAmount_anyNonNegativeDecimal_matchesStripTrailingZerosPlainString(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long unscaled, @ForAll @IntRange(min = -12, max = 20) int scale) {
        BigDecimal amount = new BigDecimal(BigInteger.valueOf(unscaled), scale);
        assertThat(Fingerprints.appendAmount(new StringBuilder(), amount).toString())
                .isEqualTo(amount.stripTrailingZeros().toPlainString());
    }

    @Test
    void appendAmount_equalAmountsOfOtherScales_giveOneText() {
        for (String text : new String[] {"12.5", "12.50", "12.500", "1.25E+1"}) {
            assertThat(Fingerprints.appendAmount(new StringBuilder(), new BigDecimal(text)).toString()).isEqualTo("12.5");
        }
        assertThat(Fingerprints.appendAmount(new StringBuilder(), new BigDecimal("0.00")).toString()).isEqualTo("0");
        assertThat(Fingerprints.appendAmount(new StringBuilder(), new BigDecimal("100")).toString()).isEqualTo("100");
        assertThat(Fingerprints.appendAmount(new StringBuilder(), new BigDecimal("1E+3")).toString()).isEqualTo("1000");
        assertThat(Fingerprints.appendAmount(new StringBuilder(), new BigDecimal("0.00000010")).toString()).isEqualTo("0.0000001");
    }
}
