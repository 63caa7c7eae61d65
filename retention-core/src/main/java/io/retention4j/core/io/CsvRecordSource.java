package io.retention4j.core.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-written RFC 4180 scanner: one pass over the buffer, no allocation per record, strings made
 * only for the mapped fields, and exact physical line numbers for records whose quoted fields span
 * lines. A record that runs past the end of the buffer is rescanned from its start after a refill.
 *
 * <p>Rules: a field that starts with {@code "} is quoted and ends at the next lone {@code "};
 * {@code ""} inside it is one quote; it may hold delimiters and line breaks. After the closing quote
 * only spaces or tabs may come before the delimiter or line end; anything else makes the record
 * malformed, and scanning resumes at the next line. A quote that is never closed makes the rest of
 * the input one malformed record. A quote inside an unquoted field is an ordinary character.
 */
final class CsvRecordSource extends TextRecordSource {
    private static final int DONE = 0;
    private static final int END = 1;
    private static final int NEED_MORE = 2;

    private final char delimiter;
    private boolean[] escaped = new boolean[16];

    CsvRecordSource(TextInput input, String source, char delimiter, List<String> givenNames) {
        super(input, source, givenNames);
        this.delimiter = delimiter;
    }

    @Override
    void fieldsGrown(int capacity) {
        escaped = Arrays.copyOf(escaped, capacity);
    }

    @Override
    boolean scan() throws IOException {
        while (true) {
            int status = scanOnce();
            if (status != NEED_MORE) {
                return status == DONE;
            }
            input.fill(input.pos);
        }
    }

    @Override
    boolean hasEscapes(int i) {
        return escaped[i];
    }

    /** Scans one record from {@code input.pos}; commits the position only when the record is complete. */
    private int scanOnce() {
        final char[] b = input.buf;
        final int limit = input.limit;
        final boolean eof = input.eof;
        final char delim = delimiter;
        int p = input.pos;
        long line = input.line;
        if (p == limit) {
            return eof ? END : NEED_MORE;
        }
        fieldCount = 0;
        scanProblem = null;
        recordLine = line;
        while (true) {
            if (p < limit && b[p] == '"') {
                long quoteLine = line;
                int start = ++p;
                boolean hasEscapes = false;
                while (true) {
                    if (p == limit) {
                        if (!eof) {
                            return NEED_MORE;
                        }
                        addSpan(start, p, hasEscapes);
                        scanProblem = "the quote that opens field " + fieldCount + " on line " + quoteLine
                                + " is never closed";
                        return commit(p, line);
                    }
                    char c = b[p];
                    if (c == '"') {
                        if (p + 1 == limit && !eof) {
                            return NEED_MORE;
                        }
                        if (p + 1 < limit && b[p + 1] == '"') {
                            hasEscapes = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    } else if (c == '\r') {
                        if (p + 1 == limit && !eof) {
                            return NEED_MORE;
                        }
                        if (p + 1 == limit || b[p + 1] != '\n') {
                            line++;
                        }
                    }
                    p++;
                }
                addSpan(start, p, hasEscapes);
                p++;
                while (p < limit && (b[p] == ' ' || b[p] == '\t') && b[p] != delim) {
                    p++;
                }
                if (p == limit && !eof) {
                    return NEED_MORE;
                }
                if (p < limit && b[p] != delim && b[p] != '\n' && b[p] != '\r') {
                    scanProblem = "unexpected '" + b[p] + "' after the closing quote of field " + fieldCount;
                    while (p < limit && b[p] != '\n' && b[p] != '\r') {
                        p++;
                    }
                    if (p == limit && !eof) {
                        return NEED_MORE;
                    }
                }
            } else {
                int start = p;
                while (p < limit) {
                    char c = b[p];
                    if (c == delim || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                if (p == limit && !eof) {
                    return NEED_MORE;
                }
                addSpan(start, p, false);
            }
            if (p < limit && b[p] == delim && scanProblem == null) {
                p++;
                continue;
            }
            if (p < limit) {
                if (b[p] == '\r') {
                    if (p + 1 == limit && !eof) {
                        return NEED_MORE;
                    }
                    p += p + 1 < limit && b[p + 1] == '\n' ? 2 : 1;
                } else {
                    p++;
                }
                line++;
            }
            return commit(p, line);
        }
    }

    private void addSpan(int start, int end, boolean hasEscapes) {
        addField(start, end);
        escaped[fieldCount - 1] = hasEscapes;
    }

    private int commit(int p, long line) {
        input.pos = p;
        input.line = line;
        return DONE;
    }
}
