package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.TransactionLog;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads transactions into a {@link TransactionLog}.
 *
 * <pre>{@code
 * ReadResult<TransactionLog> r = TransactionReader.of(CsvMapping.of("customer_id", "date", "amount"))
 *         .lenient()
 *         .read(Path.of("orders.csv"));
 * }</pre>
 *
 * <p>Each row must have a non-blank customer id, a time in the mapping's {@link DateFormat}, and a
 * finite decimal amount (a negative amount is a refund: kept, and flagged by the log). Optional
 * columns: an empty value means absent; a quantity must be a whole number {@code >= 0}. Every
 * value is trimmed. A row whose order id repeats an earlier one is dropped by the log, which lists
 * it with its line ({@link TransactionLog#duplicates()}); {@link ReadResult#duplicatesDropped()}
 * counts them.
 *
 * <p>Strict mode (the default) throws a {@link DataFormatException} on the first bad row, naming
 * the source, line, column, value and what was expected; nothing is returned. Lenient mode keeps
 * the good rows and lists every bad one in {@link ReadResult#rejected()}. In both modes a mapped
 * column that the input lacks, an ambiguous header, or text that cannot be decoded throws.
 *
 * <p>Files are read as UTF-8. Instances are immutable and thread-safe; each read is independent.
 */
public final class TransactionReader extends ReaderBase<TransactionReader, TransactionLog> {
    private final CsvMapping mapping;

    private TransactionReader(CsvMapping mapping, InputFormat format, boolean lenient) {
        super(mapping, format, lenient);
        this.mapping = mapping;
    }

    /**
     * A strict reader of CSV with a header line.
     *
     * @param mapping which columns hold which fields
     * @return the reader
     */
    public static TransactionReader of(CsvMapping mapping) {
        return new TransactionReader(Checks.notNull("mapping", mapping), InputFormat.csv(), false);
    }

    /**
     * Reads a CSV file (header line, comma-separated) strictly: the shortest way in.
     *
     * @param path    the file
     * @param mapping which columns hold which fields
     * @return the log
     * @throws IOException         when the file cannot be read
     * @throws DataFormatException on the first bad row, or when a mapped column is missing
     */
    public static TransactionLog readCsv(Path path, CsvMapping mapping) throws IOException {
        return of(mapping).read(path).value();
    }

    @Override
    TransactionReader with(InputFormat changedFormat, boolean changedLenient) {
        return new TransactionReader(mapping, changedFormat, changedLenient);
    }

    @Override
    RecordReading.RowHandler<TransactionLog> newRows() {
        return new Rows(mapping);
    }

    /** Adds each record to a log builder. */
    private static final class Rows implements RecordReading.RowHandler<TransactionLog> {
        private final TransactionLog.Builder builder = TransactionLog.builder();
        private final DateFormat dateFormat;
        private final TimeParser times;
        private TransactionLog log;

        Rows(CsvMapping mapping) {
            this.dateFormat = mapping.dateFormat();
            this.times = dateFormat.newParser(mapping.zone());
        }

        @Override
        public void accept(RecordSource record) {
            String customer = record.required(CsvMapping.CUSTOMER, Fields.CUSTOMER_ID);
            long millis = Fields.time(record, CsvMapping.TIME, times, dateFormat);
            double amount = Fields.amount(record, CsvMapping.AMOUNT);
            int quantity = Fields.optionalWholeNumber(record, CsvMapping.QUANTITY, Integer.MAX_VALUE, Fields.QUANTITY);
            builder.addRow(record.line(), customer, millis, amount, record.optional(CsvMapping.ORDER_ID),
                    record.optional(CsvMapping.CATEGORY), record.optional(CsvMapping.CHANNEL), quantity);
        }

        @Override
        public TransactionLog result() {
            log = builder.build();
            return log;
        }

        @Override
        public int duplicatesDropped() {
            return log.duplicates().size();
        }
    }
}
