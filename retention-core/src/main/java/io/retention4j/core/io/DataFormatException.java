package io.retention4j.core.io;

import java.util.List;

/**
 * Input that cannot be read as asked: a value that does not parse, a record with the wrong number of
 * fields, malformed JSON, or a mapped column that the input does not have. The message names the
 * source, the line, the column, the offending value and what was expected, for example
 * {@code CDNOW_sample.txt line 17, column 'date': '1997013' is not a date like 19970101 (pattern yyyyMMdd)}
 * or {@code orders.csv: no column 'amount'; the columns are [customer_id, date, value]}.
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Values longer than this are shortened in messages (the accessor keeps the full text). */
    private static final int MAX_QUOTED_VALUE = 100;

    /** The file name or caller's label. */
    private final String source;
    /** The 1-based line of the record's start, or 0. */
    private final long line;
    /** The column name, or null. */
    private final String column;
    /** The offending text, or null. */
    private final String value;
    /** What valid input looks like. */
    private final String expected;
    /** The problem without its location. */
    private final String reason;

    private DataFormatException(String source, long line, String column, String value, String expected,
                                String reason) {
        super(describe(source, line, column, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.value = value;
        this.expected = expected;
        this.reason = reason;
    }

    /**
     * A field whose text does not parse: {@code value} blank for an empty field, null for a JSON
     * key that is missing or null.
     */
    static DataFormatException badValue(String source, long line, String column, String value, String expected) {
        String reason = value == null ? "no value (the key is missing or null); expected " + expected
                : value.isBlank() ? "empty value; expected " + expected
                : quote(value) + " is not " + expected;
        return new DataFormatException(source, line, column, value, expected, reason);
    }

    /** A record that cannot be split into the expected fields (field count, quoting, JSON syntax). */
    static DataFormatException badRecord(String source, long line, String problem, String expected) {
        return new DataFormatException(source, line, null, null, expected, problem + "; expected " + expected);
    }

    /** A mapped column that the input does not have. */
    static DataFormatException missingColumn(String source, String column, List<String> columns, String where) {
        String reason = "no column '" + column + "'; " + where + " " + columns;
        return new DataFormatException(source, 0, column, null, "a column named '" + column + "'", reason);
    }

    /** A problem with the input as a whole (an ambiguous header, undecodable bytes). */
    static DataFormatException badInput(String source, long line, String problem, String expected) {
        return new DataFormatException(source, line, null, null, expected, problem);
    }

    /** "source line 17, column 'date': reason"; without a line, just "source: reason". */
    static String describe(String source, long line, String column, String reason) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column != null) {
                sb.append(", column '").append(column).append('\'');
            }
        }
        return sb.append(": ").append(reason).toString();
    }

    static String quote(String value) {
        String shown = value.length() <= MAX_QUOTED_VALUE ? value : value.substring(0, MAX_QUOTED_VALUE) + "...";
        return "'" + shown + "'";
    }

    /**
     * This problem as an entry of a lenient read's report.
     *
     * @return the rejected row
     */
    RejectedRow toRejectedRow() {
        return new RejectedRow(source, line, column, value, reason);
    }

    /**
     * Where the input came from: the file name, or the label the caller gave.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based physical line on which the offending record starts.
     *
     * @return the line, or 0 when the problem is not tied to a line (a missing column)
     */
    public long line() {
        return line;
    }

    /**
     * The column of the offending value.
     *
     * @return the column name, or null when the problem concerns a whole record or the input
     */
    public String column() {
        return column;
    }

    /**
     * The offending text, trimmed.
     *
     * @return the value, or null when the problem is not about one value
     */
    public String value() {
        return value;
    }

    /**
     * What was expected instead, for example {@code a date like 19970101 (pattern yyyyMMdd)}.
     *
     * @return a description of valid input
     */
    public String expected() {
        return expected;
    }

    /**
     * The problem without its location, for example
     * {@code '1997013' is not a date like 19970101 (pattern yyyyMMdd)}.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
