package io.retention4j.metrics.clv;

/**
 * A fit that did not converge: the message says what was tried and what to change. Carries the
 * report of the last iterate so a caller can inspect it, but never hands it out as a model.
 */
public final class ModelFitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report of the last iterate; not serializable, so transient. */
    private final transient FitReport lastIterate;

    ModelFitException(String message, FitReport lastIterate) {
        super(message);
        this.lastIterate = lastIterate;
    }

    /**
     * The report of the last iterate (not a valid estimate).
     *
     * @return the report, or null after deserialization
     */
    public FitReport lastIterate() {
        return lastIterate;
    }
}
