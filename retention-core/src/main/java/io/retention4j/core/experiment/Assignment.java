package io.retention4j.core.experiment;

import io.retention4j.core.internal.NumberFormat;

/**
 * Where an experiment put one customer (see {@link Experiment#assign(String)}).
 *
 * @param experimentKey the experiment
 * @param customerId    the customer
 * @param status        in a variant, in the holdout, or outside (and why)
 * @param index         the variant index ({@code >= 0}) when in the experiment, otherwise
 *                      {@link Experiment#OUTSIDE_COVERAGE} or {@link Experiment#OUTSIDE_NAMESPACE}:
 *                      the value that {@link Experiment#assignAll(String[])} gives for the customer
 * @param variant       the variant name when in the experiment, otherwise null
 * @param bucket        the customer's hash value in {@code [0, 1)} (GrowthBook's "bucket"), whatever
 *                      the status
 */
public record Assignment(String experimentKey, String customerId, AssignmentStatus status, int index, String variant,
                         double bucket) {
    /**
     * Validates the fields.
     *
     * @param experimentKey non-blank
     * @param customerId    non-blank
     * @param status        not null
     * @param index         fits the status (see above)
     * @param variant       non-null exactly when the status is in the experiment
     * @param bucket        in {@code [0, 1)}
     */
    public Assignment {
        AssignmentStatus.checkRecord(experimentKey, customerId, status, index, variant);
        if (!(bucket >= 0 && bucket < 1)) {
            throw new IllegalArgumentException("bucket must be in [0, 1), got " + bucket + " for customer '"
                    + customerId + "'");
        }
    }

    /**
     * Whether the customer is in the experiment: in a variant or in the holdout.
     *
     * @return {@code status().isInExperiment()}
     */
    public boolean isInExperiment() {
        return status.isInExperiment();
    }

    /**
     * Whether the customer is in the holdout group (recorded, gets nothing).
     *
     * @return {@code status() == HOLDOUT}
     */
    public boolean isHoldout() {
        return status == AssignmentStatus.HOLDOUT;
    }

    @Override
    public String toString() {
        return customerId + " in " + experimentKey + ": " + Exposure.describe(status, index, variant) + ", bucket "
                + NumberFormat.compact(bucket);
    }
}
