package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NumberText} against the JDK's parsers as the reference. */
class NumberTextTest {

    @Property
    void parseDecimal_ofDoubleToString_isThatDouble(@ForAll double value) {
        String text = Double.toString(value);
        if (!Double.isFinite(value)) {
            assertThat(NumberText.parseDecimal(text)).isNaN();
            return;
        }
        assertThat(NumberText.parseDecimal(text)).isEqualTo(value);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(22);
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-340, 340).map(e -> "e" + e));
        Arbitrary<String> mantissa = Combinators.combine(digits, Arbitraries.of("", "."), digits)
                .as((whole, point, fraction) -> whole + point + (point.isEmpty() ? "" : fraction))
                .filter(m -> m.chars().anyMatch(Character::isDigit));
        return Combinators.combine(sign, mantissa, exponent).as((s, m, e) -> s + m + e);
    }

    @Property
    void parseDecimal_ofAnyPlainDecimal_equalsDoubleParseDouble(@ForAll("decimals") String text) {
        assertThat(NumberText.parseDecimal(text)).as(text).isEqualTo(Double.parseDouble(text));
    }

    @Property
    void parseDecimal_ofAmountsWithFewDecimals_equalsDoubleParseDouble(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long unscaled,
            @ForAll @IntRange(min = 0, max = 8) int scale) {
        String text = BigDecimal.valueOf(unscaled, scale).toPlainString();

        assertThat(NumberText.parseDecimal(text)).as(text).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "NaN", "Infinity", "-Infinity", "0x10", "1d", "1f",
        "1,5", " 1", "1 ", "1.2.3", "--1", "1e5.5", "\u0661"})
    void parseDecimal_ofTextThatIsNotAPlainDecimal_isNaN(String text) {
        assertThat(NumberText.parseDecimal(text)).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "29.33", "1.", ".5", "-.5e1", "1E3", "123456789012345678901234567890",
        "0.000000000000000000000000000001", "4.9e-324", "1.7976931348623157e308", "1e400", "-1e400", "2.5e-400"})
    void parseDecimal_ofEdgeCases_equalsDoubleParseDouble(String text) {
        assertThat(NumberText.parseDecimal(text)).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "10", "007", "2147483647"})
    void parseNonNegativeInt_ofDigits_isTheValue(String text) {
        assertThat(NumberText.parseNonNegativeInt(text)).isEqualTo(Integer.parseInt(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "+1", "1.0", "2147483648", "99999999999", "1e2", " 1", "x"})
    void parseNonNegativeInt_ofOtherText_isMinusOne(String text) {
        assertThat(NumberText.parseNonNegativeInt(text)).isEqualTo(-1);
    }
}
