package io.retention4j.core.experiment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.NumberFormat;

/**
 * A variant of an experiment: a name, its share of the covered customers, and whether it is the
 * holdout (recorded for analysis, gets nothing).
 *
 * @param name    the name, unique within the experiment
 * @param weight  the share of the covered customers, in {@code 0..1}
 * @param holdout true for the experiment's holdout group
 */
public record Variant(String name, double weight, boolean holdout) {
    /**
     * Validates the fields.
     *
     * @param name    non-blank
     * @param weight  in {@code 0..1}
     * @param holdout whether it is the holdout
     */
    public Variant {
        Checks.notBlank("variant name", name);
        Bucketing.checkWeight("weight of variant '" + name + "'", weight);
    }

    @Override
    public String toString() {
        return name + " " + NumberFormat.compact(weight) + (holdout ? " (holdout)" : "");
    }
}
