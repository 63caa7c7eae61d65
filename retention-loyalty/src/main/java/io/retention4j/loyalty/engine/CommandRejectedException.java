package io.retention4j.loyalty.engine;

/**
 * A command that is well-formed but not allowed now: an unknown order for a refund, a refund larger
 * than what is left of the purchase, a reward limit or stock reached, a tier too low for a reward, a
 * purchase whose points would not fit a {@code long}.
 */
public final class CommandRejectedException extends LoyaltyException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    CommandRejectedException(String message) {
        super(message);
    }
}
