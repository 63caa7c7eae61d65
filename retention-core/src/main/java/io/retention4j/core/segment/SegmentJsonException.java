package io.retention4j.core.segment;

import io.retention4j.core.internal.JsonTree;

/**
 * A segment definition in JSON that cannot be read: malformed JSON, a missing or unknown field, or a
 * value outside its range. The message names the source, the line and column, the path of the
 * offending value from the root and the problem, for example
 * {@code rules.json line 7, column 21 at $.rules[2].frequncy: unknown field 'frequncy'; the allowed
 * fields are [segment, recency, frequency, monetary]}.
 */
public final class SegmentJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The file name or the caller's label. */
    private final String source;
    /** The 1-based line, or 0. */
    private final int line;
    /** The 1-based column, or 0. */
    private final int column;
    /** The JSON path, or null. */
    private final String path;
    /** The problem without its place. */
    private final String reason;

    SegmentJsonException(String source, JsonTree.Problem problem) {
        super(describe(source, problem.line(), problem.column(), problem.path(), problem.reason()), problem);
        this.source = source;
        this.line = problem.line();
        this.column = problem.column();
        this.path = problem.path();
        this.reason = problem.reason();
    }

    private static String describe(String source, int line, int column, String path, String reason) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(" line ").append(line).append(", column ").append(column);
        }
        if (path != null) {
            sb.append(" at ").append(path);
        }
        return sb.append(": ").append(reason).toString();
    }

    /**
     * Where the JSON came from: the file name, or a label such as {@code "segment map"}.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the offending value or syntax error.
     *
     * @return the line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the offending value or syntax error.
     *
     * @return the column, or 0 when unknown
     */
    public int column() {
        return column;
    }

    /**
     * The path of the offending value, such as {@code $.rules[2].frequency}.
     *
     * @return the path, or null for malformed JSON
     */
    public String path() {
        return path;
    }

    /**
     * The problem without its place.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
