package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;

/**
 * A state change of a case, kept in its history.
 *
 * @param at   when (the feedback loop's clock)
 * @param by   who made the change
 * @param from the state before, or null for the opening of the case
 * @param to   the state after
 * @param note the resolution text (to RESOLVED), the reason (reopening), or empty
 */
public record CaseEvent(Instant at, String by, CaseState from, CaseState to, String note) {
    /**
     * Validates the fields.
     *
     * @param at   not null
     * @param by   non-blank
     * @param from null (opening, then {@code to} is OPEN) or a state that may move to {@code to}
     * @param to   not null
     * @param note not null
     */
    public CaseEvent {
        Require.notNull("caseEvent.at", at);
        Require.notBlank("caseEvent.by", by);
        Require.notNull("caseEvent.to", to);
        Require.notNull("caseEvent.note", note);
        if (from == null ? to != CaseState.OPEN : !from.canMoveTo(to)) {
            throw new IllegalArgumentException("caseEvent " + from + " -> " + to + " is not a legal move");
        }
    }

    @Override
    public String toString() {
        return at + " " + (from == null ? "opened" : from + " -> " + to) + " by " + by + (note.isEmpty() ? "" : ": " + note);
    }
}
