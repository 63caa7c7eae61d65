package io.retention4j.loyalty.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a feedback case stands. The legal moves:
 * <pre>
 * OPEN        -&gt; IN_PROGRESS (start), RESOLVED (resolve)
 * IN_PROGRESS -&gt; RESOLVED (resolve)
 * RESOLVED    -&gt; CLOSED (close), IN_PROGRESS (reopen: the fix did not hold)
 * CLOSED      -&gt; nothing (final)
 * </pre>
 * A case is never closed without a resolution, so every closed case says what changed.
 */
public enum CaseState {
    /** Recorded and categorised; nobody works on it yet. */
    OPEN,
    /** Its owner works on it. */
    IN_PROGRESS,
    /** Fixed: what changed is recorded and the customer can be told. */
    RESOLVED,
    /** Done for good. */
    CLOSED;

    /**
     * The states this state may move to.
     *
     * @return the legal next states; empty for CLOSED
     */
    public Set<CaseState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseState.class);
        };
    }

    /**
     * Whether a move is legal.
     *
     * @param to the state to move to
     * @return true when {@code to} is among {@link #next()}
     */
    public boolean canMoveTo(CaseState to) {
        return next().contains(to);
    }

    /**
     * Whether the case is resolved in this state.
     *
     * @return true for RESOLVED and CLOSED
     */
    public boolean resolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
