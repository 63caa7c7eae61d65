package io.retention4j.core.experiment;

import io.retention4j.core.internal.Checks;
import java.time.Instant;

/**
 * A record for analysis that a customer met an experiment at an instant, with where the experiment
 * put them (see {@link Experiment#expose(String, Instant)}). Customers outside the experiment are
 * recorded too, with their status, so that nobody is silently dropped.
 *
 * @param experimentKey the experiment
 * @param customerId    the customer
 * @param status        in a variant, in the holdout, or outside (and why)
 * @param index         the variant index, or {@link Experiment#OUTSIDE_COVERAGE} /
 *                      {@link Experiment#OUTSIDE_NAMESPACE}
 * @param variant       the variant name when in the experiment, otherwise null
 * @param at            the instant of the exposure, as the caller gave it
 */
public record Exposure(String experimentKey, String customerId, AssignmentStatus status, int index, String variant,
                       Instant at) {
    /**
     * Validates the fields.
     *
     * @param experimentKey non-blank
     * @param customerId    non-blank
     * @param status        not null
     * @param index         fits the status (as in {@link Assignment})
     * @param variant       non-null exactly when the status is in the experiment
     * @param at            not null
     */
    public Exposure {
        AssignmentStatus.checkRecord(experimentKey, customerId, status, index, variant);
        Checks.notNull("at", at);
    }

    /**
     * The exposure of an assignment at an instant.
     *
     * @param assignment the assignment
     * @param at         the instant
     * @return the exposure
     */
    public static Exposure of(Assignment assignment, Instant at) {
        Checks.notNull("assignment", assignment);
        return new Exposure(assignment.experimentKey(), assignment.customerId(), assignment.status(),
                assignment.index(), assignment.variant(), at);
    }

    /**
     * Whether the customer is in the experiment: in a variant or in the holdout.
     *
     * @return {@code status().isInExperiment()}
     */
    public boolean isInExperiment() {
        return status.isInExperiment();
    }

    @Override
    public String toString() {
        return at + " " + customerId + " in " + experimentKey + ": " + describe(status, index, variant);
    }

    /** "variant 'offer' (1)", "holdout 'holdout' (2), gets nothing", "outside coverage". */
    static String describe(AssignmentStatus status, int index, String variant) {
        switch (status) {
            case IN_VARIANT:
                return "variant '" + variant + "' (" + index + ")";
            case HOLDOUT:
                return "holdout '" + variant + "' (" + index + "), gets nothing";
            case OUTSIDE_COVERAGE:
                return "outside coverage";
            default:
                return "outside namespace";
        }
    }
}
