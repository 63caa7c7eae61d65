package io.retention4j.core.internal;

/**
 * 32-bit FNV-1a (Fowler/Noll/Vo) over the UTF-8 bytes of text, computed from the UTF-16 chars
 * without creating byte arrays. The hash is a running state: start from {@link #OFFSET_BASIS} and
 * feed bytes with the {@code update} methods; for every byte {@code b}, {@code h = (h ^ b) * 16777619}
 * modulo 2^32 (Java's wrapping {@code int} multiplication). Because the state runs on, the hash of a
 * concatenation {@code a + b} is {@code update(update(OFFSET_BASIS, a), b)}, so a fixed prefix
 * (an experiment seed) can be hashed once.
 *
 * <p>UTF-8 bytes are those of {@link String#getBytes(java.nio.charset.Charset)} with UTF-8: one to
 * three bytes per char, four per surrogate pair, and the replacement byte {@code '?'} (0x3F) for an
 * unpaired surrogate. States are {@code int}s holding the unsigned 32-bit value
 * ({@link Integer#toUnsignedLong(int)} reads it).
 */
public final class Fnv1a {
    /** The 32-bit FNV offset basis, 2166136261 = 0x811c9dc5 (the state of the empty input). */
    public static final int OFFSET_BASIS = 0x811c9dc5;
    /** The 32-bit FNV prime, 16777619 = 0x01000193. */
    public static final int PRIME = 0x01000193;

    private Fnv1a() {
    }

    /**
     * The hash of a text's UTF-8 bytes.
     *
     * @param text the text
     * @return the hash as an unsigned value in {@code 0 .. 2^32 - 1}
     */
    public static long hash(CharSequence text) {
        return Integer.toUnsignedLong(updateUtf8(OFFSET_BASIS, text));
    }

    /**
     * Feeds bytes.
     *
     * @param state the state so far
     * @param bytes the bytes
     * @return the new state
     */
    public static int update(int state, byte[] bytes) {
        int h = state;
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * PRIME;
        }
        return h;
    }

    /**
     * Feeds a text's UTF-8 bytes (see the class comment for unpaired surrogates).
     *
     * @param state the state so far
     * @param text  the text
     * @return the new state
     */
    public static int updateUtf8(int state, CharSequence text) {
        return updateUtf8(state, text, 0);
    }

    /**
     * FNV-1a of two texts' UTF-8 bytes, hashed side by side: the two chains of multiplications are
     * independent, so the processor overlaps them (one text's chain alone waits on each multiply).
     * Equal to {@code updateUtf8(stateA, a)} and {@code updateUtf8(stateB, b)}.
     *
     * @param stateA the state to continue for {@code a}
     * @param a      the first text
     * @param stateB the state to continue for {@code b}
     * @param b      the second text
     * @return {@code a}'s state in the high 32 bits, {@code b}'s in the low 32 bits
     */
    public static long updateUtf8Pair(int stateA, CharSequence a, int stateB, CharSequence b) {
        int ha = stateA;
        int hb = stateB;
        int n = Math.min(a.length(), b.length());
        int i = 0;
        for (; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if ((ca | cb) >= 0x80) {
                break; // the rest, from this character, byte by byte below
            }
            ha = (ha ^ ca) * PRIME;
            hb = (hb ^ cb) * PRIME;
        }
        ha = updateUtf8(ha, a, i);
        hb = updateUtf8(hb, b, i);
        return (long) ha << 32 | (hb & 0xffffffffL);
    }

    /**
     * Continues a hash with the UTF-8 bytes of {@code text} from character {@code from} on.
     *
     * @param state the state to continue
     * @param text  the text
     * @param from  the first character to hash (not the low half of a surrogate pair)
     * @return the new state
     */
    public static int updateUtf8(int state, CharSequence text, int from) {
        int h = state;
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xc0 | c >>> 6)) * PRIME;
                h = (h ^ (0x80 | c & 0x3f)) * PRIME;
            } else if (!Character.isSurrogate(c)) {
                h = (h ^ (0xe0 | c >>> 12)) * PRIME;
                h = (h ^ (0x80 | c >>> 6 & 0x3f)) * PRIME;
                h = (h ^ (0x80 | c & 0x3f)) * PRIME;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                h = (h ^ (0xf0 | cp >>> 18)) * PRIME;
                h = (h ^ (0x80 | cp >>> 12 & 0x3f)) * PRIME;
                h = (h ^ (0x80 | cp >>> 6 & 0x3f)) * PRIME;
                h = (h ^ (0x80 | cp & 0x3f)) * PRIME;
            } else {
                h = (h ^ '?') * PRIME;
            }
        }
        return h;
    }

    /**
     * Feeds the decimal digits (ASCII, most significant first, no sign, no leading zeros; "0" for
     * zero) of an unsigned 32-bit value: the bytes of {@code Long.toString(Integer.toUnsignedLong(value))}.
     *
     * @param state the state so far
     * @param value the value, read as unsigned
     * @return the new state
     */
    public static int updateDecimal(int state, int value) {
        long v = Integer.toUnsignedLong(value);
        if (v < 100_000_000L) {
            return updateShortDecimal(state, v);
        }
        // 9 or 10 digits (98% of uniform 32-bit values): the digits come from independent divisions by
        // constants, so only the FNV multiplications form a chain, and the optional tenth digit is
        // folded in without a branch
        int high = (int) (v / 100_000_000L);                 // 1..42: the leading one or two digits
        int low = (int) (v - high * 100_000_000L);           // the last 8 digits, leading zeros included
        int withTens = (state ^ ('0' + high / 10)) * PRIME;
        int tenDigits = (9 - high) >> 31;                     // -1 when high has two digits, else 0
        int h = state + ((withTens - state) & tenDigits);
        h = (h ^ ('0' + high % 10)) * PRIME;
        h = fourDigits(h, low / 10_000);
        return fourDigits(h, low % 10_000);
    }

    /** Feeds exactly four digits of {@code x} in {@code 0..9999}, leading zeros included. */
    private static int fourDigits(int state, int x) {
        int h = (state ^ ('0' + x / 1000)) * PRIME;
        h = (h ^ ('0' + x / 100 % 10)) * PRIME;
        h = (h ^ ('0' + x / 10 % 10)) * PRIME;
        return (h ^ ('0' + x % 10)) * PRIME;
    }

    /** {@link #updateDecimal} for values below 10^8, digit by digit. */
    private static int updateShortDecimal(int state, long value) {
        long v = value;
        // at most 8 digits, 4 bits each, least significant digit in the highest nibble used
        long packed = 0;
        int digits = 0;
        do {
            packed = packed << 4 | v % 10;
            v /= 10;
            digits++;
        } while (v != 0);
        int h = state;
        for (int d = 0; d < digits; d++) {
            h = (h ^ ('0' + (int) (packed & 0xf))) * PRIME;
            packed >>>= 4;
        }
        return h;
    }

    /**
     * The index of the first unpaired surrogate of a text (a char sequence that is not well-formed
     * UTF-16 and so has no exact UTF-8 form).
     *
     * @param text the text
     * @return the index, or -1 when every surrogate is paired
     */
    public static int unpairedSurrogate(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
