package io.retention4j.core.experiment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.Fnv1a;
import io.retention4j.core.internal.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The hash bucketing of the GrowthBook SDKs, as plain functions: the FNV-1a hash, the hash value of
 * a customer in an experiment, bucket ranges from coverage and weights, and the choice of a variant.
 * {@link Experiment} applies them (with precomputed tables, so its results equal these functions).
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li>{@code fnv1a32(s)}: 32-bit FNV-1a over the UTF-8 bytes of {@code s}: {@code h = 2166136261};
 *       for each byte {@code b}: {@code h = ((h XOR b) * 16777619) mod 2^32}. A char below U+0080 is
 *       one byte (its code), U+0080..U+07FF two bytes, other chars of the basic plane three bytes, a
 *       surrogate pair (a code point above U+FFFF) four bytes; an unpaired surrogate is the byte
 *       {@code '?'} (0x3F), as {@link String#getBytes(java.nio.charset.Charset)} encodes it.</li>
 *   <li>{@code hash(seed, value, 2) = fnv1a32(decimal(fnv1a32(seed + value))) mod 10000 / 10000}, where
 *       {@code decimal} writes the unsigned 32-bit value in ASCII digits without leading zeros: the
 *       hash values are the 10,000 multiples of 0.0001 in {@code [0, 1)}.</li>
 *   <li>{@code hash(seed, value, 1) = fnv1a32(value + seed) mod 1000 / 1000} (GrowthBook's original,
 *       slightly biased version, kept for compatibility): multiples of 0.001 in {@code [0, 1)}.</li>
 *   <li>{@code bucketRanges(coverage, w)}: with {@code c_0 = 0} and {@code c_(i+1) = c_i + w_i} (summed
 *       left to right in double arithmetic), range {@code i} is {@code [c_i, c_i + coverage * w_i)}.
 *       Lowering the coverage shrinks each range from its end, so a customer never moves between
 *       variants when the coverage grows.</li>
 *   <li>{@code chooseVariation(n, ranges)}: the first {@code i} with {@code start_i <= n < end_i}, or
 *       -1.</li>
 * </ul>
 *
 * <h2>Compatibility</h2>
 * For ASCII text (all of GrowthBook's published test cases) these are exactly the functions
 * {@code hash}, {@code getBucketRanges} and {@code chooseVariation} of the GrowthBook SDKs, computed in
 * the same double arithmetic, so the same inputs give the same buckets and variants in any process and
 * any language that implements them. For non-ASCII text the SDKs disagree among themselves: the Go
 * SDK hashes UTF-8 bytes as here, while the JavaScript SDK folds in UTF-16 code units and the Python
 * SDK code points. Unlike the SDKs, which silently clamp a bad coverage or fall back to equal weights,
 * these functions reject bad input.
 */
public final class Bucketing {
    /**
     * How far the sum of the weights may be from 1: {@code |sum - 1| <= 1e-9}. Rounding in a sum of
     * decimal weights is far smaller; a sum off by more is a mistake in the weights.
     */
    public static final double WEIGHT_TOLERANCE = 1e-9;

    private Bucketing() {
    }

    /**
     * 32-bit FNV-1a over the UTF-8 bytes of a text (see the class comment).
     *
     * @param text the text
     * @return the hash as an unsigned value in {@code 0 .. 2^32 - 1}
     */
    public static long fnv1a32(String text) {
        return Fnv1a.hash(Checks.notNull("text", text));
    }

    /**
     * The hash value of {@code value} under {@code seed}, as the GrowthBook SDKs compute it (see the
     * class comment for both versions).
     *
     * @param seed    the seed (an experiment's seed, or {@code "__" + namespace id} for namespaces)
     * @param value   the hashed value (a customer id)
     * @param version 1 or 2
     * @return the hash value in {@code [0, 1)}: a multiple of 0.0001 (version 2) or 0.001 (version 1)
     * @throws IllegalArgumentException when the version is neither 1 nor 2
     */
    public static double hash(String seed, String value, int version) {
        Checks.notNull("seed", seed);
        Checks.notNull("value", value);
        checkHashVersion(version);
        if (version == 2) {
            int h = Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, (int) Fnv1a.hash(seed + value));
            return Integer.remainderUnsigned(h, 10_000) / 10_000.0;
        }
        return Fnv1a.hash(value + seed) % 1000 / 1000.0;
    }

    /**
     * The bucket ranges of variants with the given weights at the given coverage (see the class
     * comment).
     *
     * @param coverage the share of customers in the experiment, in {@code 0..1}
     * @param weights  each variant's share of the covered customers: at least one, each in
     *                 {@code 0..1}, summing to 1 within {@link #WEIGHT_TOLERANCE}
     * @return one range per weight, in order
     * @throws IllegalArgumentException naming the coverage or the weight that is out of range
     */
    public static List<BucketRange> bucketRanges(double coverage, double... weights) {
        checkCoverage(coverage);
        Checks.notNull("weights", weights);
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must have at least one weight, got []");
        }
        for (int i = 0; i < weights.length; i++) {
            checkWeight("weights[" + i + "]", weights[i]);
        }
        checkWeightSum("weights", weights, i -> NumberFormat.compact(weights[i]));
        return ranges(coverage, weights);
    }

    /**
     * The variant whose range holds a hash value: the first {@code i} with
     * {@code ranges.get(i).contains(n)}.
     *
     * @param n      the hash value
     * @param ranges the ranges, as from {@link #bucketRanges(double, double...)}
     * @return the index, or -1 when no range holds {@code n}
     */
    public static int chooseVariation(double n, List<BucketRange> ranges) {
        Checks.notNull("ranges", ranges);
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(n)) {
                return i;
            }
        }
        return -1;
    }

    /** The ranges of validated weights. */
    static List<BucketRange> ranges(double coverage, double[] weights) {
        List<BucketRange> ranges = new ArrayList<>(weights.length);
        double cumulative = 0;
        for (double w : weights) {
            double start = cumulative;
            cumulative += w;
            ranges.add(new BucketRange(start, start + coverage * w));
        }
        return Collections.unmodifiableList(ranges);
    }

    static int checkHashVersion(int version) {
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("hashVersion must be 1 or 2 (GrowthBook's hash versions), got "
                    + version);
        }
        return version;
    }

    static double checkCoverage(double coverage) {
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage (the share of customers in the experiment) must be in 0..1,"
                    + " got " + coverage);
        }
        return coverage;
    }

    static double checkWeight(String field, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException(field + " must be in 0..1, got " + weight);
        }
        return weight;
    }

    /** Requires {@code |sum - 1| <= WEIGHT_TOLERANCE}; the message lists each weight by its label. */
    static void checkWeightSum(String field, double[] weights, IntFunction<String> label) {
        double sum = Arrays.stream(weights).sum();
        if (!(Math.abs(sum - 1) <= WEIGHT_TOLERANCE)) {
            StringBuilder terms = new StringBuilder();
            for (int i = 0; i < weights.length; i++) {
                terms.append(i == 0 ? "" : " + ").append(label.apply(i));
            }
            throw new IllegalArgumentException(field + " must sum to 1 (within " + WEIGHT_TOLERANCE + "), got " + sum
                    + " = " + terms);
        }
    }
}
