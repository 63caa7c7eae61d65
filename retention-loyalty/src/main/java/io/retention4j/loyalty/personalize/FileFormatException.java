package io.retention4j.loyalty.personalize;

import java.io.IOException;

/**
 * A file of this package that cannot be read: a CSV row that does not parse, or a similarity index
 * file that is truncated, corrupt or of another version. The message names the file, the line or
 * byte offset when known, and what was expected.
 */
public final class FileFormatException extends IOException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the file, where and what is wrong
     */
    public FileFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message names the file, where and what is wrong
     * @param cause   the underlying problem
     */
    public FileFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
