package io.retention4j.loyalty.feedback;

/**
 * A case was asked to move to a state that its current state does not lead to (see
 * {@link CaseState}). Nothing changed.
 */
public final class IllegalCaseTransitionException extends IllegalStateException {
    /** Serialisation version. */
    private static final long serialVersionUID = 1L;

    /** The case. */
    private final String caseId;
    /** Its state, unchanged. */
    private final CaseState from;
    /** The state asked for. */
    private final CaseState to;

    /**
     * The exception.
     *
     * @param caseId the case
     * @param from   its current state
     * @param to     the state asked for
     */
    public IllegalCaseTransitionException(String caseId, CaseState from, CaseState to) {
        this(caseId, from, to, "from " + from + " it may move to "
                + (from.next().isEmpty() ? "nothing (final)" : from.next().toString()));
    }

    /**
     * The exception, with a hint at the legal way.
     *
     * @param caseId the case
     * @param from   its current state
     * @param to     the state asked for
     * @param hint   what is allowed instead
     */
    public IllegalCaseTransitionException(String caseId, CaseState from, CaseState to, String hint) {
        super("case '" + caseId + "' cannot move from " + from + " to " + to + ": " + hint + ". Nothing changed.");
        this.caseId = caseId;
        this.from = from;
        this.to = to;
    }

    /**
     * The case.
     *
     * @return its id
     */
    public String caseId() {
        return caseId;
    }

    /**
     * The case's state, unchanged.
     *
     * @return the current state
     */
    public CaseState from() {
        return from;
    }

    /**
     * The state asked for.
     *
     * @return the refused state
     */
    public CaseState to() {
        return to;
    }
}
