package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The layout of an input: how records and fields are separated and how columns are named.
 *
 * <ul>
 *   <li>{@link #csv()}: RFC 4180 comma-separated values. A field that starts with {@code "} is quoted:
 *       it may contain delimiters and line breaks, and {@code ""} stands for one quote; spaces or tabs
 *       may follow the closing quote, anything else is a malformed record. Records end with LF, CRLF
 *       or CR. {@link #csv(char)} takes another delimiter (for example {@code ;}); {@link #tsv()} is
 *       the tab-delimited variant with the same quoting.</li>
 *   <li>{@link #whitespace()}: fields separated by runs of spaces and tabs, leading and trailing
 *       whitespace ignored, no quoting; lines end with LF, CRLF or CR (the CDNOW files).</li>
 *   <li>{@link #jsonLines()}: one JSON object per line; keys name the columns, values may be
 *       strings, numbers or booleans ({@code null} means absent).</li>
 * </ul>
 * Text formats have a header line by default; {@link #withoutHeader(String...)} names the columns of
 * a headerless file by position. Column lookup is by name: header names and mapped names are trimmed
 * and then compared exactly (case-sensitive). Every value is trimmed of leading and trailing
 * whitespace and control characters ({@link String#trim()}). A UTF-8 byte order mark at the start
 * of the input is skipped. Lines that are empty or hold only whitespace are skipped and are not rows.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InputFormat {
    /** The kind of layout. */
    enum Kind {
        CSV, WHITESPACE, JSON_LINES
    }

    private final Kind kind;
    private final char delimiter;
    private final List<String> columnNames; // null: the first line is the header

    private InputFormat(Kind kind, char delimiter, List<String> columnNames) {
        this.kind = kind;
        this.delimiter = delimiter;
        this.columnNames = columnNames;
    }

    /**
     * Comma-separated values with a header line.
     *
     * @return the format
     */
    public static InputFormat csv() {
        return csv(',');
    }

    /**
     * Delimiter-separated values with {@code "} quoting and a header line.
     *
     * @param delimiter the field delimiter, for example {@code ;} or a tab
     * @return the format
     * @throws IllegalArgumentException when the delimiter is a quote, CR or LF
     */
    public static InputFormat csv(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("the delimiter must not be a quote, CR or LF, got "
                    + (int) delimiter + " ('" + delimiter + "')");
        }
        return new InputFormat(Kind.CSV, delimiter, null);
    }

    /**
     * Tab-separated values with {@code "} quoting and a header line: {@code csv('\t')}.
     *
     * @return the format
     */
    public static InputFormat tsv() {
        return csv('\t');
    }

    /**
     * Fields separated by runs of spaces and tabs, without quoting, with a header line.
     *
     * @return the format
     */
    public static InputFormat whitespace() {
        return new InputFormat(Kind.WHITESPACE, ' ', null);
    }

    /**
     * One JSON object per line; blank lines are skipped.
     *
     * @return the format
     */
    public static InputFormat jsonLines() {
        return new InputFormat(Kind.JSON_LINES, '\n', null);
    }

    /**
     * This format for a file without a header line, naming its columns by position.
     *
     * @param columnNames the name of each column, in file order; non-blank (trimmed) and distinct
     * @return a copy whose first line is data
     * @throws IllegalArgumentException when a name is blank or repeated, or no name is given
     * @throws IllegalStateException    for JSON Lines, whose keys name the columns
     */
    public InputFormat withoutHeader(String... columnNames) {
        Checks.notNull("columnNames", columnNames);
        if (kind == Kind.JSON_LINES) {
            throw new IllegalStateException("JSON Lines has no header line: the keys of each object name the columns");
        }
        if (columnNames.length == 0) {
            throw new IllegalArgumentException("withoutHeader needs the name of every column, got none");
        }
        List<String> names = new ArrayList<>(columnNames.length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columnNames.length; i++) {
            String name = Checks.notBlank("columnNames[" + i + "]", columnNames[i]).trim();
            if (!seen.add(name)) {
                throw new IllegalArgumentException("column name '" + name + "' is given twice: " + List.of(columnNames));
            }
            names.add(name);
        }
        return new InputFormat(kind, delimiter, List.copyOf(names));
    }

    Kind kind() {
        return kind;
    }

    char delimiter() {
        return delimiter;
    }

    /** The names given by {@link #withoutHeader}, or null when the first line is the header. */
    List<String> columnNames() {
        return columnNames;
    }

    /**
     * The layout in words.
     *
     * @return for example {@code csv (delimiter ';', header line)}
     */
    @Override
    public String toString() {
        String layout;
        switch (kind) {
            case CSV:
                layout = delimiter == '\t' ? "tsv" : "csv (delimiter '" + delimiter + "')";
                break;
            case WHITESPACE:
                layout = "whitespace-separated";
                break;
            default:
                return "JSON Lines";
        }
        return layout + (columnNames == null ? ", header line" : ", no header, columns " + columnNames);
    }
}
