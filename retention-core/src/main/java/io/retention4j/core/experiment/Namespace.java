package io.retention4j.core.experiment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.NumberFormat;

/**
 * A namespace range: a customer is in it when {@code start <= m < end} for
 * {@code m = Bucketing.hash("__" + id, customerId, 1)}, that is
 * {@code m = fnv1a32(customerId + "__" + id) mod 1000 / 1000} (GrowthBook's {@code inNamespace}).
 * The namespace hash does not depend on the experiment, so experiments with the same namespace id
 * and disjoint ranges never share a customer (see {@link #excludes(Namespace)}).
 *
 * @param id    the namespace id, for example "promo"
 * @param start the first hash value in the range, in {@code [0, 1)}
 * @param end   the first hash value after the range, in {@code (start, 1]}
 */
public record Namespace(String id, double start, double end) {
    /**
     * Validates the fields.
     *
     * @param id    non-blank, without unpaired surrogates
     * @param start {@code 0 <= start < end}
     * @param end   {@code start < end <= 1}
     */
    public Namespace {
        Experiment.checkText("namespace id", id);
        if (!(start >= 0 && start < end && end <= 1)) {
            throw new IllegalArgumentException("namespace '" + id + "' range must satisfy 0 <= start < end <= 1, got start "
                    + start + ", end " + end);
        }
    }

    /**
     * A namespace range.
     *
     * @param id    the namespace id
     * @param start the first hash value in the range
     * @param end   the first hash value after it
     * @return the namespace
     * @throws IllegalArgumentException when the id is blank or not {@code 0 <= start < end <= 1}
     */
    public static Namespace of(String id, double start, double end) {
        return new Namespace(id, start, end);
    }

    /**
     * Whether a customer is in the range (see the class comment).
     *
     * @param customerId the customer
     * @return true when in the range
     */
    public boolean contains(String customerId) {
        double m = Bucketing.hash("__" + id, Checks.notNull("customerId", customerId), 1);
        return start <= m && m < end;
    }

    /**
     * Whether no customer can be in both this and another range: same id, disjoint ranges.
     *
     * @param other the other namespace range
     * @return true when the two exclude each other
     */
    public boolean excludes(Namespace other) {
        Checks.notNull("other", other);
        return id.equals(other.id) && (end <= other.start || other.end <= start);
    }

    @Override
    public String toString() {
        return id + " [" + NumberFormat.compact(start) + ", " + NumberFormat.compact(end) + ")";
    }
}
