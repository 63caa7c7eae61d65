package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;

/**
 * A manual change of a case's category or severity, kept in its history: who, when and why.
 *
 * @param at           when (the feedback loop's clock)
 * @param by           who
 * @param fromCategory the category before
 * @param fromSeverity the severity before
 * @param toCategory   the category after
 * @param toSeverity   the severity after
 * @param reason       why
 */
public record Recategorisation(Instant at, String by, String fromCategory, Severity fromSeverity, String toCategory,
                               Severity toSeverity, String reason) {
    /**
     * Validates the fields.
     *
     * @param at           not null
     * @param by           non-blank
     * @param fromCategory non-blank
     * @param fromSeverity not null
     * @param toCategory   non-blank
     * @param toSeverity   not null
     * @param reason       non-blank
     */
    public Recategorisation {
        Require.notNull("recategorisation.at", at);
        Require.notBlank("recategorisation.by", by);
        Require.notBlank("recategorisation.fromCategory", fromCategory);
        Require.notNull("recategorisation.fromSeverity", fromSeverity);
        Require.notBlank("recategorisation.toCategory", toCategory);
        Require.notNull("recategorisation.toSeverity", toSeverity);
        Require.notBlank("recategorisation.reason", reason);
    }

    @Override
    public String toString() {
        return at + " " + fromCategory + " " + fromSeverity + " -> " + toCategory + " " + toSeverity + " by " + by + ": "
                + reason;
    }
}
