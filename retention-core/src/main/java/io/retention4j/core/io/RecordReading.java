package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The read loop that the readers share: bind the mapped columns, hand each record to a row handler,
 * and apply the strict or lenient policy to the problems of single rows. Problems with the input as
 * a whole (a missing column, undecodable text) are thrown in both modes.
 */
final class RecordReading {

    /** Turns the current record into an entry of the result. */
    interface RowHandler<T> {
        /**
         * Adds the current record.
         *
         * @throws DataFormatException when a value does not parse; the record is then not added
         */
        void accept(RecordSource record);

        /** The result of all accepted records. */
        T result();

        /** Accepted rows that the result dropped as duplicate order ids. */
        default int duplicatesDropped() {
            return 0;
        }
    }

    private RecordReading() {
    }

    /** Reads a UTF-8 file (malformed bytes are an error, not replaced). */
    static <T> ReadResult<T> read(Path path, InputFormat format, String[] columns, boolean lenient,
                                  RowHandler<T> handler) throws IOException {
        Checks.notNull("path", path);
        Path name = path.getFileName();
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder())) {
            return read(reader, name == null ? path.toString() : name.toString(), format, columns, lenient, handler);
        }
    }

    static <T> ReadResult<T> read(Reader reader, String source, InputFormat format, String[] columns,
                                  boolean lenient, RowHandler<T> handler) throws IOException {
        Checks.notNull("reader", reader);
        Checks.notBlank("sourceName", source);
        RecordSource records = RecordSource.open(reader, source, format);
        records.bind(columns);
        long rows = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        while (records.next()) {
            rows++;
            try {
                DataFormatException malformed = records.malformed();
                if (malformed != null) {
                    throw malformed;
                }
                handler.accept(records);
            } catch (DataFormatException e) {
                if (!lenient) {
                    throw e;
                }
                rejected.add(e.toRejectedRow());
            }
        }
        records.finish();
        return new ReadResult<>(source, handler.result(), rows, rejected, handler.duplicatesDropped());
    }
}
