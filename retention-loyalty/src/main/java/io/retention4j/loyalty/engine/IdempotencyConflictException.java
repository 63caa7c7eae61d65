package io.retention4j.loyalty.engine;

/** A command reusing an idempotency key with other content than the command first applied under it. */
public final class IdempotencyConflictException extends LoyaltyException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    IdempotencyConflictException(String key, String first, String now) {
        super("idempotency key '" + key + "' was first used for [" + first + "], now for [" + now
                + "]; a retry must repeat the same command, a new command needs a new key");
    }
}
