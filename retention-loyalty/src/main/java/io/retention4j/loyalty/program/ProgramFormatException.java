package io.retention4j.loyalty.program;

/**
 * A program document that cannot be read: malformed JSON, an unknown field, a value of the wrong
 * type or an invalid program. The message names the source, the JSON path and the problem.
 */
public final class ProgramFormatException extends IllegalArgumentException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Where in the document the problem is, as {@link #path()} returns it. */
    private final String path;

    ProgramFormatException(String source, String path, String problem, Throwable cause) {
        super(source + ": " + (path.isEmpty() ? "" : "at " + path + ": ") + problem, cause);
        this.path = path;
    }

    /**
     * Where in the document the problem is.
     *
     * @return a JSON path such as {@code tiers.tiers[2].requirements}, empty for the whole document
     */
    public String path() {
        return path;
    }
}
