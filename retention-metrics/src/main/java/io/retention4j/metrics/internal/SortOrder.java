package io.retention4j.metrics.internal;

/**
 * Sorting of non-negative finite {@code double} keys by a stable least-significant-digit radix sort
 * on their bit patterns (for non-negative doubles the IEEE 754 bit pattern read as a {@code long}
 * orders like the value, and its sign bit is 0). Eleven-bit digits, six passes at most; a pass whose
 * digit is the same for every key is skipped. Linear time, no boxing.
 */
public final class SortOrder {
    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;
    private static final int PASSES = (Long.SIZE + BITS - 1) / BITS;

    private SortOrder() {
    }

    /**
     * The permutation that sorts the keys ascending; equal keys keep their input order.
     *
     * @param keys non-negative finite numbers (the caller validates; {@code -0.0} counts as {@code 0.0})
     * @return {@code order} with {@code keys[order[0]] <= keys[order[1]] <= ...}
     */
    public static int[] ascending(double[] keys) {
        int n = keys.length;
        long[] bits = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            bits[i] = Double.doubleToRawLongBits(keys[i] + 0.0);
            order[i] = i;
        }
        return radix(bits, order).payload;
    }

    /**
     * The keys with a 0/1 flag each, packed as {@code (bits(key) << 1) | flag} and sorted ascending:
     * by key, then flag. {@link #key(long)} and {@link #flag(long)} unpack an element. No permutation
     * is built, so the caller reads the result sequentially.
     *
     * @param keys  non-negative finite numbers
     * @param flags per key, 0 or 1 (the caller validates)
     * @return the packed, sorted keys
     */
    public static long[] sortedWithFlags(double[] keys, int[] flags) {
        int n = keys.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (Double.doubleToRawLongBits(keys[i] + 0.0) << 1) | (flags[i] & 1);
        }
        return radix(packed, null).keys;
    }

    /**
     * As {@link #sortedWithFlags}, with the permutation that sorts the input: {@code order()[j]} is the
     * input index of {@code keys()[j]}, for reading further per-subject columns.
     *
     * @param keys  non-negative finite numbers
     * @param flags per key, 0 or 1
     * @return the packed, sorted keys and the permutation
     */
    public static Sorted sortedWithFlagsAndOrder(double[] keys, int[] flags) {
        int n = keys.length;
        long[] packed = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (Double.doubleToRawLongBits(keys[i] + 0.0) << 1) | (flags[i] & 1);
            order[i] = i;
        }
        return radix(packed, order);
    }

    /**
     * The key of a packed element.
     *
     * @param packed an element of {@link #sortedWithFlags}
     * @return the key
     */
    public static double key(long packed) {
        return Double.longBitsToDouble(packed >>> 1);
    }

    /**
     * The flag of a packed element.
     *
     * @param packed an element of {@link #sortedWithFlags}
     * @return 0 or 1
     */
    public static int flag(long packed) {
        return (int) (packed & 1);
    }

    /**
     * Sorted packed keys with the permutation that sorted them.
     *
     * @param keys    the sorted keys
     * @param payload per sorted key, its input index (null when no permutation was asked for)
     */
    public record Sorted(long[] keys, int[] payload) {
    }

    /** Sorts unsigned 63-bit or 64-bit keys (only non-negative longs here), moving the payload along. */
    private static Sorted radix(long[] keys, int[] payload) {
        int n = keys.length;
        int[][] counts = new int[PASSES][RADIX];
        for (int i = 0; i < n; i++) {
            long b = keys[i];
            for (int p = 0; p < PASSES; p++) {
                counts[p][(int) (b >>> (p * BITS)) & MASK]++;
            }
        }
        long[] keysOut = new long[n];
        int[] payloadOut = payload == null ? null : new int[n];
        for (int p = 0; p < PASSES; p++) {
            int[] count = counts[p];
            int shift = p * BITS;
            if (n == 0 || count[(int) (keys[0] >>> shift) & MASK] == n) {
                continue; // every key has this digit
            }
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            if (payload == null) {
                for (int i = 0; i < n; i++) {
                    long b = keys[i];
                    keysOut[count[(int) (b >>> shift) & MASK]++] = b;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    long b = keys[i];
                    int slot = count[(int) (b >>> shift) & MASK]++;
                    keysOut[slot] = b;
                    payloadOut[slot] = payload[i];
                }
                int[] tp = payload;
                payload = payloadOut;
                payloadOut = tp;
            }
            long[] tk = keys;
            keys = keysOut;
            keysOut = tk;
        }
        return new Sorted(keys, payload);
    }
}
