package io.retention4j.loyalty.ledger;

/**
 * A {@link LedgerStore} could not read or write: the database refused a statement, the connection
 * broke, the disk is full or read-only, the schema is from another version or not a ledger at all.
 * The message names the store, the operation (the command's key and customers for a commit, the
 * customer for a read) and the database's own error.
 *
 * <p>After a failed commit nothing of the command is visible, except when the failure struck the
 * commit itself (the message then says the outcome is unknown): retrying the command with the same
 * idempotency key is always safe, since a command that did commit replays its first result.
 */
public class LedgerStoreException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message and the database error behind it.
     *
     * @param message what failed and where
     * @param cause   the database error, or null
     */
    public LedgerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
