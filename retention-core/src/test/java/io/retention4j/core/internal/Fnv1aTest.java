package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FNV-1a against hand-computed values and against a byte-array reference over {@code getBytes(UTF_8)}. */
class Fnv1aTest {

    /** The reference: h = 2166136261; per byte h = ((h xor b) * 16777619) mod 2^32, in long arithmetic. */
    private static long reference(byte[] bytes) {
        long h = 2_166_136_261L;
        for (byte b : bytes) {
            h = ((h ^ (b & 0xff)) * 16_777_619L) % (1L << 32);
        }
        return h;
    }

    private static long reference(String text) {
        return reference(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hash_emptyText_isOffsetBasis() {
        assertThat(Fnv1a.hash("")).isEqualTo(2_166_136_261L).isEqualTo(0x811c9dc5L);
    }

    /*
     * "a" by hand. 'a' is the byte 0x61.
     *   h0 = offset basis            = 0x811c9dc5 = 2166136261
     *   h0 xor 0x61                  = 0x811c9da4 = 2166136228   (0xc5 xor 0x61 = 0xa4)
     *   2166136228 * 16777619        = 36342608335481132 = 8461672 * 2^32 + 3826002220
     *   h1 = product mod 2^32        = 3826002220 = 0xe40c292c
     * "ab" continues from h1 with 'b' = 0x62:
     *   h1 xor 0x62                  = 0xe40c294e = 3826002254   (0x2c xor 0x62 = 0x4e)
     *   3826002254 * 16777619 mod 2^32 = 1294271946 = 0x4d2505ca
     * GrowthBook's hash("", "a", 1) = 3826002220 mod 1000 / 1000 = 220 / 1000 = 0.22 (its first case).
     */
    @Test
    void updateUtf8_shortAsciiText_matchesHandComputedSteps() {
        int h0 = Fnv1a.OFFSET_BASIS;
        assertThat(h0 ^ 0x61).isEqualTo(0x811c9da4);
        assertThat(Integer.toUnsignedLong(h0 ^ 0x61)).isEqualTo(2_166_136_228L);
        assertThat(2_166_136_228L * 16_777_619L).isEqualTo(36_342_608_335_481_132L)
                .isEqualTo(8_461_672L * (1L << 32) + 3_826_002_220L);
        int h1 = Fnv1a.updateUtf8(h0, "a");
        assertThat(Integer.toUnsignedLong(h1)).isEqualTo(3_826_002_220L);
        assertThat(h1).isEqualTo(0xe40c292c);
        assertThat(h1 ^ 0x62).isEqualTo(0xe40c294e);
        int h2 = Fnv1a.updateUtf8(h1, "b");
        assertThat(h2).isEqualTo(0x4d2505ca);
        assertThat(Fnv1a.hash("ab")).isEqualTo(1_294_271_946L);
        assertThat(Fnv1a.hash("a") % 1000).isEqualTo(220);
    }

    @Test
    void hash_helloWorld_matchesPublishedFnv32aValue() {
        // Hugo's documented example: hash.FNV32a "Hello world" -> 1498229191
        assertThat(Fnv1a.hash("Hello world")).isEqualTo(1_498_229_191L);
    }

    /*
     * Non-ASCII: the hash runs over UTF-8 bytes, not UTF-16 chars.
     *   "é"  U+00E9  -> C3 A9           (two bytes)
     *   "€"  U+20AC  -> E2 82 AC        (three bytes)
     *   "𝄞"  U+1D11E -> F0 9D 84 9E     (four bytes, from the surrogate pair D834 DD1E)
     */
    @Test
    void updateUtf8_nonAscii_hashesUtf8Bytes() {
        assertThat(Fnv1a.hash("é")).isEqualTo(reference(new byte[] {(byte) 0xc3, (byte) 0xa9}));
        assertThat(Fnv1a.hash("€")).isEqualTo(reference(new byte[] {(byte) 0xe2, (byte) 0x82, (byte) 0xac}));
        assertThat(Fnv1a.hash("\ud834\udd1e"))
                .isEqualTo(reference(new byte[] {(byte) 0xf0, (byte) 0x9d, (byte) 0x84, (byte) 0x9e}));
        assertThat(Fnv1a.hash("é")).isNotEqualTo(reference(new byte[] {(byte) 0xe9}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"customer-é", "Ünïcødé-42", "客户-7", "\ud83d\ude00 smile", "\u007f\u0080\u07ff\u0800\uffff"})
    void updateUtf8_nonAsciiIds_equalsByteArrayVersion(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        assertThat(Fnv1a.hash(id)).isEqualTo(reference(bytes));
        assertThat(Integer.toUnsignedLong(Fnv1a.update(Fnv1a.OFFSET_BASIS, bytes))).isEqualTo(reference(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00b", "x\ud834", "\udd1e\ud834", "\ud834\ud834\udd1e"})
    void updateUtf8_unpairedSurrogate_hashesLikeGetBytesReplacement(String text) {
        assertThat(Fnv1a.hash(text)).isEqualTo(reference(text));
        assertThat(Fnv1a.unpairedSurrogate(text)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void unpairedSurrogate_wellFormedText_isMinusOne() {
        assertThat(Fnv1a.unpairedSurrogate("plain")).isEqualTo(-1);
        assertThat(Fnv1a.unpairedSurrogate("a\ud834\udd1eb")).isEqualTo(-1);
        assertThat(Fnv1a.unpairedSurrogate("a\ud834b")).isEqualTo(1);
        assertThat(Fnv1a.unpairedSurrogate("ab\udd1e")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, 10, 99, 100, 505, 99_999_999L, 100_000_000L, 100_000_001L, 717_764_279L, 999_999_999L,
        1_000_000_000L, 1_099_999_999L, 2_503_390_505L, 4_200_000_000L, 4_294_967_295L})
    void updateDecimal_value_hashesItsDecimalDigits(long value) {
        int state = Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, (int) value);
        assertThat(Integer.toUnsignedLong(state)).isEqualTo(reference(Long.toString(value)));
    }

    @Test
    void updateDecimal_valuesSpreadOverTheRange_equalHashOfDecimalText() {
        // 100,001 values from 0 to 2^32 - 1 in steps of 42,949, plus each value's neighbours
        for (long k = 0; k <= 100_000; k++) {
            long v = Math.min(k * 42_949L, 4_294_967_295L);
            for (long w = Math.max(0, v - 1); w <= Math.min(4_294_967_295L, v + 1); w++) {
                long actual = Integer.toUnsignedLong(Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, (int) w));
                if (actual != reference(Long.toString(w))) {
                    assertThat(actual).as("value %d", w).isEqualTo(reference(Long.toString(w)));
                }
            }
        }
    }

    @Property
    void updateUtf8_anyText_equalsByteArrayVersion(@ForAll("texts") String text) {
        assertThat(Fnv1a.hash(text)).isEqualTo(reference(text));
    }

    @Property
    void updateDecimal_anyInt_equalsHashOfUnsignedDecimalText(@ForAll int value) {
        assertThat(Integer.toUnsignedLong(Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, value)))
                .isEqualTo(reference(Integer.toUnsignedString(value)));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .map(Character::toString).list().ofMaxSize(12).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().ascii().ofMaxLength(20), codePoints);
    }
}
