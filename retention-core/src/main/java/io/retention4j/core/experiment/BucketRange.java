package io.retention4j.core.experiment;

import io.retention4j.core.internal.NumberFormat;

/**
 * The half-open interval {@code [start, end)} of hash values that puts a customer into one
 * variant (see {@link Bucketing#bucketRanges(double, double...)}). An empty range
 * ({@code start == end}) holds no value: its variant has weight 0 or the coverage is 0.
 *
 * @param start the first value in the range
 * @param end   the first value after the range
 */
public record BucketRange(double start, double end) {
    /**
     * Validates the bounds.
     *
     * @param start finite, {@code >= 0}
     * @param end   finite, {@code >= start}
     */
    public BucketRange {
        if (!(start >= 0 && end >= start && Double.isFinite(end))) {
            throw new IllegalArgumentException("a bucket range needs finite 0 <= start <= end, got start " + start
                    + ", end " + end);
        }
    }

    /**
     * Whether a hash value falls into the range: {@code start <= n < end}.
     *
     * @param n the hash value
     * @return true when in the range
     */
    public boolean contains(double n) {
        return start <= n && n < end;
    }

    /**
     * The share of hash values in the range: {@code end - start}.
     *
     * @return the width
     */
    public double width() {
        return end - start;
    }

    @Override
    public String toString() {
        return "[" + NumberFormat.compact(start) + ", " + NumberFormat.compact(end) + ")";
    }
}
