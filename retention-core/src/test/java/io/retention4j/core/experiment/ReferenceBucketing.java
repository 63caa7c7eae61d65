package io.retention4j.core.experiment;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test helper: the assignment written the slow, obvious way from the documented formulas, sharing no
 * code with the library: FNV-1a over {@code String.getBytes(UTF_8)} in {@code long} arithmetic, string
 * concatenation, {@code Long.toString} for the decimal digits, and a linear search of the ranges.
 */
final class ReferenceBucketing {
    private ReferenceBucketing() {
    }

    /** 32-bit FNV-1a of a byte array: h = 2166136261; per byte h = ((h xor b) * 16777619) mod 2^32. */
    static long fnv1a32(byte[] bytes) {
        long h = 2_166_136_261L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h = h * 16_777_619L % (1L << 32);
        }
        return h;
    }

    static long fnv1a32(String text) {
        return fnv1a32(text.getBytes(StandardCharsets.UTF_8));
    }

    /** GrowthBook's hash: version 2 hashes the decimal text of the first hash again. */
    static double hash(String seed, String value, int version) {
        if (version == 2) {
            return fnv1a32(Long.toString(fnv1a32(seed + value))) % 10_000 / 10_000.0;
        }
        return fnv1a32(value + seed) % 1000 / 1000.0;
    }

    /** The variant index, -1 outside the coverage, -2 outside the namespace. */
    static int variantIndex(String customerId, String seed, int version, double coverage, List<Double> weights,
                            String namespaceId, double namespaceStart, double namespaceEnd) {
        if (namespaceId != null) {
            double m = hash("__" + namespaceId, customerId, 1);
            if (!(namespaceStart <= m && m < namespaceEnd)) {
                return -2;
            }
        }
        double n = hash(seed, customerId, version);
        double cumulative = 0;
        for (int i = 0; i < weights.size(); i++) {
            double start = cumulative;
            cumulative += weights.get(i);
            if (start <= n && n < start + coverage * weights.get(i)) {
                return i;
            }
        }
        return -1;
    }
}
