package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void compare_handPickedIds_sortNumericallyThenLexicographically() {
        List<String> ids = new ArrayList<>(List.of("b", "10", "2", "B", "007", "a", "8", "7", "-1", "00", "0",
                "1.5", "\u0661", "18446744073709551616", "18446744073709551615", "a10", "a2"));
        ids.sort(NaturalOrder.INSTANCE);
        assertThat(ids).containsExactly(
                "0", "00", "2", "7", "007", "8", "10",            // javadoc: "2" < "10", "007" after "7", before "8"
                "18446744073709551615", "18446744073709551616",   // beyond long: still numeric
                "-1", "1.5", "B", "a", "a10", "a2", "b",           // not digits-only: String.compareTo
                "\u0661");                                          // ARABIC-INDIC DIGIT ONE is not ASCII
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> zeroPadded = Arbitraries.integers().between(0, 30).flatMap(v ->
                Arbitraries.integers().between(0, 3).map(zeros -> "0".repeat(zeros) + v));
        Arbitrary<String> other = Arbitraries.strings().withChars("0123456789abAB-_ .").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(digits, zeroPadded, other);
    }

    @Property
    void compare_anyIds_agreesInSignWithReference(@ForAll("ids") String a, @ForAll("ids") String b) {
        assertThat(Integer.signum(NaturalOrder.INSTANCE.compare(a, b)))
                .as("compare(%s, %s)", a, b)
                .isEqualTo(Integer.signum(TestIds.NATURAL_ORDER_REFERENCE.compare(a, b)));
    }

    @Property
    void compare_zeroOnlyForEqualStrings(@ForAll("ids") String a, @ForAll("ids") String b) {
        assertThat(NaturalOrder.INSTANCE.compare(a, b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(NaturalOrder.INSTANCE.compare(a, b)))
                .isEqualTo(-Integer.signum(NaturalOrder.INSTANCE.compare(b, a)));
    }
}
