package io.retention4j.loyalty.personalize;

/**
 * A message that cannot be rendered: no template matches the recipient, or a placeholder has
 * neither a value nor a fallback. The message names the template or purpose, the customer and the
 * reason.
 */
public final class MessageException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and why
     */
    public MessageException(String message) {
        super(message);
    }
}
