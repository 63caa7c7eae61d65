package io.retention4j.core.io;

import java.io.IOException;
import java.io.Reader;

/**
 * The records of one input, one at a time, with the values of the mapped columns. Columns are bound
 * once ({@link #bind}); each mapped column gets a slot, and {@link #text(int)} gives the current
 * record's trimmed value in that slot. Not thread-safe; valid until the next {@link #next()}.
 */
abstract class RecordSource {
    /** The file name or caller's label, for messages. */
    final String source;
    private String[] columns = new String[0];

    RecordSource(String source) {
        this.source = source;
    }

    /** A source of the given layout. */
    static RecordSource open(Reader reader, String source, InputFormat format) {
        TextInput input = new TextInput(reader, source);
        switch (format.kind()) {
            case CSV:
                return new CsvRecordSource(input, source, format.delimiter(), format.columnNames());
            case WHITESPACE:
                return new WhitespaceRecordSource(input, source, format.columnNames());
            default:
                return new JsonLinesRecordSource(input, source);
        }
    }

    /**
     * Binds the mapped columns: slot i is {@code columns[i]}, null for an optional column that is not
     * mapped. Reads the header line when the layout has one.
     *
     * @throws DataFormatException when a mapped column is missing or ambiguous
     */
    final void bind(String[] mappedColumns) throws IOException {
        this.columns = mappedColumns.clone();
        bindColumns(columns);
    }

    abstract void bindColumns(String[] mappedColumns) throws IOException;

    /**
     * Advances to the next record, skipping blank lines.
     *
     * @return false at the end of the input
     * @throws DataFormatException when the input cannot be read on (undecodable text)
     */
    abstract boolean next() throws IOException;

    /** The 1-based physical line on which the current record starts. */
    abstract long line();

    /** Why the current record cannot be split into fields, or null when it can. */
    abstract DataFormatException malformed();

    /** The trimmed value of a slot in the current record; "" when empty; null when absent or unmapped. */
    abstract String text(int slot);

    /**
     * Checks that need the whole input, after the last record.
     *
     * @throws DataFormatException when a mapped column never occurred
     */
    void finish() {
    }

    /** Whether a slot is mapped to a column. */
    final boolean isMapped(int slot) {
        return columns[slot] != null;
    }

    /** A problem with the value in a slot of the current record. */
    final DataFormatException bad(int slot, String value, String expected) {
        return DataFormatException.badValue(source, line(), columns[slot], value, expected);
    }

    /** The non-blank value of a slot, or a problem naming what was expected. */
    final String required(int slot, String expected) {
        String value = text(slot);
        if (value == null || value.isBlank()) {
            throw bad(slot, value, expected);
        }
        return value;
    }

    /** The value of a slot, or null when it is unmapped, absent or blank (an absent optional value). */
    final String optional(int slot) {
        String value = text(slot);
        return value == null || value.isBlank() ? null : value;
    }
}
