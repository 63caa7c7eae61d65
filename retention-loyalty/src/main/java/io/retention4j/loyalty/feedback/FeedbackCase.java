package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A feedback case as of one moment: the response it came from, its category, owner, severity and
 * due instant, its state and its history. Immutable: the {@link FeedbackLoop} replaces a case's
 * snapshot on every change, so a snapshot a caller holds never changes.
 *
 * <p><b>Due instant and SLA.</b> {@code dueAt = openedAt + category.deadline(severity)}, elapsed time
 * with no business hours and no zone (see {@link Category}). A re-categorisation recomputes it from the
 * same {@code openedAt}, and is a correction for the case's whole life: queries as of an earlier
 * instant see the corrected category, owner, severity and due instant too. A case is <em>breached</em>
 * at an instant {@code t} when it is OPEN or IN_PROGRESS at {@code t} and {@code t} is after
 * {@code dueAt} (a case due at 12:00 that is still open at 12:00 is not breached yet; one instant later
 * it is). A case resolved after its due instant was <em>resolved late</em>.
 *
 * @param id                the case's id, the same as its response's id
 * @param response          the response it came from
 * @param categoryId        its category
 * @param owner             its category's owner
 * @param severity          its severity
 * @param ruleId            the rule that categorised the response, or null for the fallback; after a
 *                          re-categorisation, still the original rule (the history says the rest)
 * @param openedAt          when it was recorded (the feedback loop's clock)
 * @param dueAt             when it must be resolved by
 * @param state             its state now
 * @param resolution        the latest resolution while RESOLVED or CLOSED, null otherwise (a reopened
 *                          case's earlier resolution stays in its history)
 * @param history           every state change, the opening first, in time order
 * @param recategorisations every manual re-categorisation, in time order
 */
public record FeedbackCase(String id, Response response, String categoryId, String owner, Severity severity,
                           String ruleId, Instant openedAt, Instant dueAt, CaseState state, Resolution resolution,
                           List<CaseEvent> history, List<Recategorisation> recategorisations) {
    /**
     * Validates that the snapshot is consistent.
     *
     * @param id                the response's id
     * @param response          not null
     * @param categoryId        non-blank
     * @param owner             non-blank
     * @param severity          not null
     * @param ruleId            null or non-blank
     * @param openedAt          not null
     * @param dueAt             after {@code openedAt}
     * @param state             the last history event's state
     * @param resolution        present exactly when the state is RESOLVED or CLOSED
     * @param history           non-empty, opening first, in time order; copied
     * @param recategorisations not null; copied
     * @throws IllegalArgumentException naming the inconsistency
     */
    public FeedbackCase {
        Require.notNull("case.response", response);
        if (!response.id().equals(id)) {
            throw new IllegalArgumentException("case id '" + id + "' must be its response's id '" + response.id() + "'");
        }
        Require.notBlank("case '" + id + "' categoryId", categoryId);
        Require.notBlank("case '" + id + "' owner", owner);
        Require.notNull("case '" + id + "' severity", severity);
        Require.nullOrNotBlank("case '" + id + "' ruleId", ruleId);
        Require.notNull("case '" + id + "' openedAt", openedAt);
        Require.notNull("case '" + id + "' dueAt", dueAt);
        if (!dueAt.isAfter(openedAt)) {
            throw new IllegalArgumentException("case '" + id + "' dueAt " + dueAt + " must be after openedAt " + openedAt);
        }
        Require.notNull("case '" + id + "' state", state);
        history = List.copyOf(Require.notNull("case '" + id + "' history", history));
        recategorisations = List.copyOf(Require.notNull("case '" + id + "' recategorisations", recategorisations));
        if (history.isEmpty() || history.get(0).from() != null || !history.get(0).at().equals(openedAt)) {
            throw new IllegalArgumentException("case '" + id + "' history must start with its opening at " + openedAt);
        }
        for (int i = 1; i < history.size(); i++) {
            CaseEvent before = history.get(i - 1);
            CaseEvent event = history.get(i);
            if (event.from() != before.to() || event.at().isBefore(before.at())) {
                throw new IllegalArgumentException("case '" + id + "' history event " + i + " (" + event
                        + ") does not follow " + before);
            }
        }
        if (history.get(history.size() - 1).to() != state) {
            throw new IllegalArgumentException("case '" + id + "' state " + state + " is not its history's last state");
        }
        if (state.resolved() != (resolution != null)) {
            throw new IllegalArgumentException("case '" + id + "' in state " + state + " must "
                    + (state.resolved() ? "have" : "not have") + " a resolution");
        }
    }

    /**
     * The customer who gave the response.
     *
     * @return the customer id
     */
    public String customerId() {
        return response.customerId();
    }

    /**
     * The state the case was in at an instant, from its history (changes at {@code t} count).
     *
     * @param t the instant
     * @return the state, or null when the case was opened after {@code t}
     */
    public CaseState stateAt(Instant t) {
        Require.notNull("t", t);
        CaseState state = null;
        for (CaseEvent event : history) {
            if (event.at().isAfter(t)) {
                break;
            }
            state = event.to();
        }
        return state;
    }

    /**
     * Whether the case was open (OPEN or IN_PROGRESS) at an instant.
     *
     * @param t the instant
     * @return false when it was not opened yet or was resolved at {@code t}
     */
    public boolean unresolvedAt(Instant t) {
        CaseState s = stateAt(t);
        return s != null && !s.resolved();
    }

    /**
     * Whether the case breached its SLA at an instant: unresolved at {@code t} and {@code t} after
     * {@code dueAt}.
     *
     * @param t the instant
     * @return true when breached at {@code t}
     */
    public boolean breachedAt(Instant t) {
        return unresolvedAt(t) && t.isAfter(dueAt);
    }

    /**
     * Whether the latest resolution came after the due instant.
     *
     * @return false when not resolved or resolved on time
     */
    public boolean resolvedLate() {
        return resolution != null && resolution.at().isAfter(dueAt);
    }

    /**
     * The time from opening to the latest resolution.
     *
     * @return {@code resolution.at - openedAt}, or null when not resolved
     */
    public Duration timeToResolve() {
        return resolution == null ? null : Duration.between(openedAt, resolution.at());
    }

    /** This case after a state change. */
    FeedbackCase moved(CaseEvent event, Resolution newResolution) {
        List<CaseEvent> events = new ArrayList<>(history);
        events.add(event);
        return new FeedbackCase(id, response, categoryId, owner, severity, ruleId, openedAt, dueAt, event.to(),
                newResolution, events, recategorisations);
    }

    /** This case in another category or severity. */
    FeedbackCase recategorised(Recategorisation change, Category category) {
        List<Recategorisation> changes = new ArrayList<>(recategorisations);
        changes.add(change);
        return new FeedbackCase(id, response, category.id(), category.owner(), change.toSeverity(), ruleId, openedAt,
                openedAt.plus(category.deadline(change.toSeverity())), state, resolution, history, changes);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("case ").append(id).append(' ').append(customerId()).append(' ')
                .append(categoryId).append(' ').append(severity).append(" (owner ").append(owner).append(") ")
                .append(state).append(", opened ").append(openedAt).append(", due ").append(dueAt);
        if (resolution != null) {
            s.append(", resolved ").append(resolution.at()).append(resolvedLate() ? " (late)" : "").append(": ")
                    .append(resolution.text());
        }
        if (!recategorisations.isEmpty()) {
            s.append(", re-categorised ").append(recategorisations.size()).append('x');
        }
        if (response.text() != null) {
            s.append("; \"").append(response.text()).append('"');
        }
        return s.toString();
    }
}
