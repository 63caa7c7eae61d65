package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the public readers share: the input layout, the strict or lenient mode, and the two ways
 * to read. Each subclass supplies its mapping and how a record becomes part of its result.
 *
 * @param <R> the reader type, returned by the withers
 * @param <T> the type of the value read
 */
abstract class ReaderBase<R extends ReaderBase<R, T>, T> {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderBase.class);

    private final MappingBase<?> mapping;
    private final InputFormat format;
    private final boolean lenient;

    ReaderBase(MappingBase<?> mapping, InputFormat format, boolean lenient) {
        this.mapping = Checks.notNull("mapping", mapping);
        this.format = Checks.notNull("format", format);
        this.lenient = lenient;
    }

    /** A reader of the subclass's type with another layout or mode. */
    abstract R with(InputFormat changedFormat, boolean changedLenient);

    /** A fresh handler for one read. */
    abstract RecordReading.RowHandler<T> newRows();

    /**
     * This reader with another input layout.
     *
     * @param inputFormat the layout (default {@link InputFormat#csv()})
     * @return a new reader
     */
    public R format(InputFormat inputFormat) {
        return with(Checks.notNull("format", inputFormat), lenient);
    }

    /**
     * This reader throwing a {@link DataFormatException} on the first bad row (the default).
     *
     * @return a new reader
     */
    public R strict() {
        return with(format, false);
    }

    /**
     * This reader keeping good rows and reporting every bad one in {@link ReadResult#rejected()}.
     *
     * @return a new reader
     */
    public R lenient() {
        return with(format, true);
    }

    /**
     * Reads a UTF-8 file; the file name labels messages.
     *
     * @param path the file
     * @return the value read, and the read's counts and rejections
     * @throws IOException         when the file cannot be read
     * @throws DataFormatException in strict mode on the first bad row; in both modes when a mapped
     *                             column is missing or ambiguous, or the bytes are not UTF-8
     */
    public ReadResult<T> read(Path path) throws IOException {
        return logged(RecordReading.read(path, format, mapping.columnMapping().columns(), lenient, newRows()));
    }

    /**
     * Reads from a reader to its end; the reader is not closed.
     *
     * @param reader     the input
     * @param sourceName a label for messages, for example a file name
     * @return the value read, and the read's counts and rejections
     * @throws IOException         when the reader fails
     * @throws DataFormatException in strict mode on the first bad row; in both modes when a mapped
     *                             column is missing or ambiguous
     */
    public ReadResult<T> read(Reader reader, String sourceName) throws IOException {
        return logged(RecordReading.read(reader, sourceName, format, mapping.columnMapping().columns(), lenient,
                newRows()));
    }

    /** One debug line per read (never per row), so operators can trace what a service loaded. */
    private ReadResult<T> logged(ReadResult<T> result) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("read {}: {} rows, {} accepted, {} rejected, {} duplicate orders dropped", result.source(),
                    result.rowsRead(), result.rowsAccepted(), result.rejected().size(), result.duplicatesDropped());
        }
        return result;
    }

    /**
     * The mapping, layout and mode.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + mapping + ", " + format + ", " + (lenient ? "lenient" : "strict")
                + "]";
    }
}
