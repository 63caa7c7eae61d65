package io.retention4j.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * A reusable character buffer over a {@link Reader}, shared by the record sources: scanners work on
 * {@link #buf} between {@link #pos} and {@link #limit} and call {@link #fill(int)} when a record
 * runs past the end. A UTF-8 byte order mark at the very start is skipped. Also splits the input
 * into physical lines for the line-based formats.
 */
final class TextInput {
    private static final int INITIAL_CAPACITY = 1 << 16;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final String source;
    char[] buf = new char[INITIAL_CAPACITY];
    /** The next unread character. */
    int pos;
    /** One past the last valid character. */
    int limit;
    /** Whether the reader is exhausted: {@link #limit} is the end of the input. */
    boolean eof;
    /** The 1-based physical line of {@code buf[pos]}. */
    long line = 1;
    /** The span and line number of the line that {@link #nextLine()} found. */
    int lineStart;
    int lineEnd;
    long lineNumber;
    private boolean started;

    TextInput(Reader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    /**
     * Keeps {@code buf[keepFrom .. limit)}, moved to the start of the buffer ({@link #pos} moves
     * with it), and reads more characters after it, growing the buffer when the kept part fills it.
     *
     * @return false when the input is exhausted and nothing was added
     */
    boolean fill(int keepFrom) throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - keepFrom;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keepFrom > 0) {
            System.arraycopy(buf, keepFrom, buf, 0, kept);
        }
        pos -= keepFrom;
        limit = kept;
        int read;
        try {
            read = reader.read(buf, limit, buf.length - limit);
        } catch (CharacterCodingException e) {
            throw DataFormatException.badInput(source, line, "the input is not valid text in its character set "
                    + "(UTF-8 for files) at or after line " + line + ": " + e, "text in the input's character set");
        }
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        if (!started) {
            started = true;
            if (limit > 0 && buf[0] == BYTE_ORDER_MARK) {
                pos = 1;
            }
        }
        return true;
    }

    /**
     * Advances to the next physical line (ending at LF, CRLF, CR or the end of the input), setting
     * {@link #lineStart}, {@link #lineEnd} (terminator excluded) and {@link #lineNumber}.
     *
     * @return false at the end of the input
     */
    boolean nextLine() throws IOException {
        int scanned = pos;
        while (true) {
            int p = scanned;
            while (p < limit && buf[p] != '\n' && buf[p] != '\r') {
                p++;
            }
            // a CR at the end of the buffer may be the first half of a CRLF
            boolean complete = p < limit - 1 || (p == limit - 1 && buf[p] == '\n') || eof;
            if (complete) {
                if (p == pos && p == limit) {
                    return false;
                }
                lineStart = pos;
                lineEnd = p;
                lineNumber = line;
                if (p < limit) {
                    p += buf[p] == '\r' && p + 1 < limit && buf[p + 1] == '\n' ? 2 : 1;
                }
                pos = p;
                line++;
                return true;
            }
            int offset = p - pos;
            fill(pos);
            scanned = pos + offset;
        }
    }
}
