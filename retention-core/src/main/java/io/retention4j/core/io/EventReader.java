package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.EventLog;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads customer events into an {@link EventLog}.
 *
 * <p>Each row must have a non-blank customer id, a time in the mapping's {@link DateFormat} and a
 * non-blank event type; every non-empty value of a property column becomes a property named after
 * the column. Every value is trimmed.
 *
 * <p>Strict mode (the default) throws a {@link DataFormatException} on the first bad row; lenient
 * mode keeps the good rows and lists every bad one in {@link ReadResult#rejected()}. In both modes a
 * mapped column that the input lacks, an ambiguous header, or text that cannot be decoded throws.
 *
 * <p>Files are read as UTF-8. Instances are immutable and thread-safe; each read is independent.
 */
public final class EventReader extends ReaderBase<EventReader, EventLog> {
    private static final String TYPE_EXPECTED = "an event type name";

    private final EventMapping mapping;

    private EventReader(EventMapping mapping, InputFormat format, boolean lenient) {
        super(mapping, format, lenient);
        this.mapping = mapping;
    }

    /**
     * A strict reader of CSV with a header line.
     *
     * @param mapping which columns hold which fields
     * @return the reader
     */
    public static EventReader of(EventMapping mapping) {
        return new EventReader(Checks.notNull("mapping", mapping), InputFormat.csv(), false);
    }

    @Override
    EventReader with(InputFormat changedFormat, boolean changedLenient) {
        return new EventReader(mapping, changedFormat, changedLenient);
    }

    @Override
    RecordReading.RowHandler<EventLog> newRows() {
        return new Rows(mapping);
    }

    /** Adds each record to an event log builder. */
    private static final class Rows implements RecordReading.RowHandler<EventLog> {
        private final EventLog.Builder builder = EventLog.builder();
        private final ColumnMapping columns;
        private final DateFormat dateFormat;
        private final TimeParser times;

        Rows(EventMapping mapping) {
            this.columns = mapping.columnMapping();
            this.dateFormat = mapping.dateFormat();
            this.times = dateFormat.newParser(mapping.zone());
        }

        @Override
        public void accept(RecordSource record) {
            String customer = record.required(EventMapping.CUSTOMER, Fields.CUSTOMER_ID);
            long millis = Fields.time(record, EventMapping.TIME, times, dateFormat);
            String type = record.required(EventMapping.TYPE, TYPE_EXPECTED);
            Map<String, String> properties = Map.of();
            for (int slot = EventMapping.FIRST_PROPERTY; slot < columns.size(); slot++) {
                String value = record.optional(slot);
                if (value != null) {
                    if (properties.isEmpty()) {
                        properties = new HashMap<>();
                    }
                    properties.put(columns.column(slot), value);
                }
            }
            builder.add(customer, millis, type, properties);
        }

        @Override
        public EventLog result() {
            return builder.build();
        }
    }
}
