package io.retention4j.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of the text layouts (CSV and whitespace-separated) that does not depend on how fields
 * are split: the header, binding column names to field positions, the field-count check, blank
 * lines, and turning field spans of the buffer into trimmed strings. Subclasses scan one record at
 * a time into the spans {@link #starts}/{@link #ends}.
 */
abstract class TextRecordSource extends RecordSource {
    final TextInput input;
    private final List<String> givenNames; // null: the first record is the header
    int[] starts = new int[16];
    int[] ends = new int[16];
    int fieldCount;
    long recordLine;
    /** Set by a scanner for a record it could not split (bad quoting). */
    String scanProblem;
    private int columnCount;
    private int[] positionOfSlot = new int[0];
    private String[] lastTextOfSlot = new String[0];
    private DataFormatException malformed;

    TextRecordSource(TextInput input, String source, List<String> givenNames) {
        super(source);
        this.input = input;
        this.givenNames = givenNames;
    }

    /**
     * Scans the next record into the spans, {@link #recordLine} and {@link #scanProblem}.
     *
     * @return false at the end of the input
     */
    abstract boolean scan() throws IOException;

    /** Whether field {@code i} holds escaped quotes ({@code ""}) to undo. */
    boolean hasEscapes(int i) {
        return false;
    }

    /** Field {@code i} of the current record, trimmed, with any quoting undone. */
    final String field(int i) {
        return fieldText(i, null);
    }

    /**
     * Field {@code i}, trimmed; {@code previous} itself when it has the same text. Files repeat ids
     * and dates row after row, so reusing the last string saves the allocation and keeps its cached
     * hash for the id dictionary.
     */
    private String fieldText(int i, String previous) {
        char[] buf = input.buf;
        int start = starts[i];
        int end = ends[i];
        while (start < end && buf[start] <= ' ') {
            start++;
        }
        while (end > start && buf[end - 1] <= ' ') {
            end--;
        }
        if (hasEscapes(i)) {
            return new String(buf, start, end - start).replace("\"\"", "\"");
        }
        if (previous != null && sameText(previous, buf, start, end)) {
            return previous;
        }
        return start == end ? "" : new String(buf, start, end - start);
    }

    private static boolean sameText(String s, char[] buf, int start, int end) {
        if (s.length() != end - start) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != buf[start + k]) {
                return false;
            }
        }
        return true;
    }

    final void addField(int start, int end) {
        if (fieldCount == starts.length) {
            starts = Arrays.copyOf(starts, fieldCount * 2);
            ends = Arrays.copyOf(ends, fieldCount * 2);
            fieldsGrown(fieldCount * 2);
        }
        starts[fieldCount] = start;
        ends[fieldCount] = end;
        fieldCount++;
    }

    /** Lets subclasses grow per-field arrays of their own. */
    void fieldsGrown(int capacity) {
    }

    @Override
    final void bindColumns(String[] mappedColumns) throws IOException {
        List<String> names = givenNames;
        long headerLine = 0;
        if (names == null) {
            if (!nextNonBlank()) {
                throw DataFormatException.badInput(source, 0, "the input is empty: it has no header line",
                        "a header line naming the columns");
            }
            headerLine = recordLine;
            names = new ArrayList<>(fieldCount);
            for (int i = 0; i < fieldCount; i++) {
                names.add(field(i));
            }
        }
        columnCount = names.size();
        positionOfSlot = new int[mappedColumns.length];
        lastTextOfSlot = new String[mappedColumns.length];
        for (int slot = 0; slot < mappedColumns.length; slot++) {
            String column = mappedColumns[slot];
            positionOfSlot[slot] = column == null ? -1 : position(column, names, headerLine);
        }
    }

    private int position(String column, List<String> names, long headerLine) {
        int first = names.indexOf(column);
        if (first < 0) {
            throw DataFormatException.missingColumn(source, column, names, "the columns are");
        }
        int last = names.lastIndexOf(column);
        if (last != first) {
            throw DataFormatException.badInput(source, headerLine, "column '" + column
                    + "' appears more than once in the header (fields " + (first + 1) + " and " + (last + 1)
                    + "), so it is ambiguous: " + names, "distinct column names");
        }
        return first;
    }

    private boolean nextNonBlank() throws IOException {
        while (scan()) {
            if (fieldCount > 1 || scanProblem != null || (fieldCount == 1 && !field(0).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    @Override
    final boolean next() throws IOException {
        if (!nextNonBlank()) {
            return false;
        }
        if (scanProblem != null) {
            malformed = DataFormatException.badRecord(source, recordLine, scanProblem, "well-formed quoting");
        } else if (fieldCount != columnCount) {
            malformed = DataFormatException.badRecord(source, recordLine, "the record has " + fieldCount
                    + (fieldCount == 1 ? " field" : " fields"), columnCount + " fields, one per column");
        } else {
            malformed = null;
        }
        return true;
    }

    @Override
    final long line() {
        return recordLine;
    }

    @Override
    final DataFormatException malformed() {
        return malformed;
    }

    @Override
    final String text(int slot) {
        int position = positionOfSlot[slot];
        if (position < 0) {
            return null;
        }
        String text = fieldText(position, lastTextOfSlot[slot]);
        lastTextOfSlot[slot] = text;
        return text;
    }
}
