package io.retention4j.core.experiment;

import io.retention4j.core.internal.Checks;

/**
 * Where an assignment put a customer. A customer is in the experiment when in a variant or in the
 * holdout; the two outside statuses say why not. Namespace membership is checked first, so a
 * customer outside both the namespace and the coverage is {@link #OUTSIDE_NAMESPACE}.
 */
public enum AssignmentStatus {
    /** In a (non-holdout) variant: the customer gets what the variant says. */
    IN_VARIANT,
    /** In the experiment's holdout variant: recorded for analysis, the customer gets nothing. */
    HOLDOUT,
    /** In the namespace (if any) but outside the coverage: not in the experiment. */
    OUTSIDE_COVERAGE,
    /** Outside the experiment's namespace range: not in the experiment. */
    OUTSIDE_NAMESPACE;

    /**
     * Whether the status puts the customer into the experiment (a variant or the holdout).
     *
     * @return true for {@link #IN_VARIANT} and {@link #HOLDOUT}
     */
    public boolean isInExperiment() {
        return this == IN_VARIANT || this == HOLDOUT;
    }

    /**
     * The checks that {@link Assignment} and {@link Exposure} share: non-blank key and customer, a
     * status, and a variant index and name that fit it (see {@link #checkFits}).
     */
    static void checkRecord(String experimentKey, String customerId, AssignmentStatus status, int index,
                            String variant) {
        Checks.notBlank("experimentKey", experimentKey);
        Checks.notBlank("customerId", customerId);
        Checks.notNull("status", status).checkFits(index, variant, customerId);
    }

    /**
     * Checks that a variant index and name fit this status: a variant index ({@code >= 0}) and a
     * name inside the experiment, {@link Experiment#OUTSIDE_COVERAGE} or
     * {@link Experiment#OUTSIDE_NAMESPACE} and no name outside.
     */
    void checkFits(int index, String variant, String customerId) {
        boolean fits = isInExperiment() ? index >= 0 && variant != null
                : variant == null && index == (this == OUTSIDE_COVERAGE ? Experiment.OUTSIDE_COVERAGE
                        : Experiment.OUTSIDE_NAMESPACE);
        if (!fits) {
            throw new IllegalArgumentException("status " + this + " does not fit variant index " + index
                    + " and variant " + (variant == null ? "null" : "'" + variant + "'") + " of customer '"
                    + customerId + "' (in the experiment: index >= 0 and a variant name; outside coverage: -1 and"
                    + " no name; outside namespace: -2 and no name)");
        }
    }
}
