package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;

/**
 * The category and severity {@link FeedbackRules} gave a response, and which rule gave them.
 *
 * @param category the category
 * @param severity the severity
 * @param ruleId   the id of the first matching rule, or null when no rule matched and the explicit
 *                 fallback applied
 */
public record Categorisation(Category category, Severity severity, String ruleId) {
    /**
     * Validates the fields.
     *
     * @param category not null
     * @param severity not null
     * @param ruleId   null for the fallback, otherwise non-blank
     */
    public Categorisation {
        Require.notNull("categorisation.category", category);
        Require.notNull("categorisation.severity", severity);
        Require.nullOrNotBlank("categorisation.ruleId", ruleId);
    }

    /**
     * Whether no rule matched.
     *
     * @return true for the fallback category
     */
    public boolean fallback() {
        return ruleId == null;
    }

    @Override
    public String toString() {
        return category.id() + " " + severity + (ruleId == null ? " (fallback: no rule matched)" : " by rule " + ruleId);
    }
}
