package io.retention4j.loyalty.engine;

/**
 * A command the engine refused. Nothing was written: the customer's state is as before the call.
 * Subclasses say why.
 */
public class LoyaltyException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param message what was refused and why, naming the key, customer and values
     */
    public LoyaltyException(String message) {
        super(message);
    }
}
