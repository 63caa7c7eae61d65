package io.retention4j.core.log;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.Interner;
import io.retention4j.core.internal.LogSorter;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable, columnar log of customer events (visits, logins, feature use, support tickets, ...),
 * sorted by (customer, time) with input order kept for equal times.
 *
 * <p>Layout as in {@link TransactionLog}: dictionary-encoded customers and event types, {@code long}
 * epoch milliseconds per row, and the event properties per row (shared empty map when none).
 * Customers are ordered canonically (numeric ids numerically, then lexicographically), so any
 * permutation of the same input gives the same log up to the order of rows with equal customer and
 * time.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EventLog {
    private static final EventLog EMPTY = builder().build();

    private final IdDictionary customers;
    private final int[] starts;
    private final long[] millis;
    private final int[] typeCodes;
    private final IdDictionary types;
    private final Map<String, String>[] properties; // null when no event has properties

    private EventLog(IdDictionary customers, int[] starts, long[] millis, int[] typeCodes, IdDictionary types,
                     Map<String, String>[] properties) {
        this.customers = customers;
        this.starts = starts;
        this.millis = millis;
        this.typeCodes = typeCodes;
        this.types = types;
        this.properties = properties;
    }

    /**
     * A builder that accepts events in any order.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The empty log.
     *
     * @return a log without customers or events
     */
    public static EventLog empty() {
        return EMPTY;
    }

    /**
     * A log of the given events.
     *
     * @param events the events, in any order
     * @return the log
     */
    public static EventLog of(Collection<Event> events) {
        Builder b = builder();
        for (Event e : Checks.notNull("events", events)) {
            b.add(e);
        }
        return b.build();
    }

    /**
     * The customers of this log, in log order.
     *
     * @return the customer dictionary
     */
    public IdDictionary customers() {
        return customers;
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int customerCount() {
        return customers.size();
    }

    /**
     * The number of events.
     *
     * @return the count
     */
    public int size() {
        return millis.length;
    }

    /**
     * The first row of customer {@code c}.
     *
     * @param c a customer index
     * @return the row index
     */
    public int firstRow(int c) {
        return starts[c];
    }

    /**
     * One past the last row of customer {@code c}.
     *
     * @param c a customer index
     * @return the row index
     */
    public int endRow(int c) {
        return starts[c + 1];
    }

    /**
     * The time of a row.
     *
     * @param row a row index
     * @return epoch milliseconds
     */
    public long epochMillis(int row) {
        return millis[row];
    }

    /**
     * The event types that occur in this log, in canonical order (numeric names numerically, then
     * others lexicographically), whatever the input order.
     *
     * @return the type dictionary (type names)
     */
    public IdDictionary types() {
        return types;
    }

    /**
     * The type code of a row.
     *
     * @param row a row index
     * @return an index into {@link #types()}
     */
    public int typeCode(int row) {
        return typeCodes[row];
    }

    /**
     * The type of a row.
     *
     * @param row a row index
     * @return the event type
     */
    public EventType type(int row) {
        return EventType.of(types.id(typeCodes[row]));
    }

    /**
     * The properties of a row.
     *
     * @param row a row index
     * @return an unmodifiable map, empty when the event has none
     */
    public Map<String, String> properties(int row) {
        if (properties == null) {
            return Map.of();
        }
        Map<String, String> p = properties[row];
        return p == null ? Map.of() : p;
    }

    /**
     * Row {@code row} as a record.
     *
     * @param c   the customer index of the row
     * @param row a row index of that customer
     * @return the event
     */
    public Event event(int c, int row) {
        return new Event(customers.id(c), Instant.ofEpochMilli(millis[row]), type(row), properties(row));
    }

    /**
     * All events as records, in log order.
     *
     * @return a stream of events
     */
    public Stream<Event> stream() {
        return IntStream.range(0, customers.size()).boxed().flatMap(c ->
                IntStream.range(starts[c], starts[c + 1]).mapToObj(row -> event(c, row)));
    }

    @Override
    public String toString() {
        return "EventLog[" + size() + " events, " + customerCount() + " customers, types "
                + types.ids() + "]";
    }

    /**
     * Collects events in any order and builds an {@link EventLog}. Not thread-safe.
     */
    public static final class Builder {
        private final RowCollector rows = new RowCollector();
        private final Interner types = new Interner();
        private int[] typeCodes = new int[1024];
        private Map<String, String>[] properties;

        private Builder() {
        }

        /**
         * Adds an event.
         *
         * @param e the event
         * @return this builder
         */
        public Builder add(Event e) {
            Checks.notNull("event", e);
            return add(e.customerId(), e.at().toEpochMilli(), e.type().name(), e.properties());
        }

        /**
         * Adds an event from its fields.
         *
         * @param customerId  the customer id, non-blank
         * @param epochMillis when it happened
         * @param type        the event type name, non-blank
         * @param props       the properties (validated as in {@link Event}); may be empty
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public Builder add(String customerId, long epochMillis, String type, Map<String, String> props) {
            Checks.notBlank("type", type);
            Map<String, String> checked = Checks.stringMap("properties", props);
            int row = rows.add(customerId, epochMillis);
            if (row == typeCodes.length) {
                typeCodes = Arrays.copyOf(typeCodes, rows.capacity());
            }
            typeCodes[row] = types.intern(type);
            if (!checked.isEmpty() && properties == null) {
                properties = (Map<String, String>[]) new Map<?, ?>[rows.capacity()];
            }
            if (properties != null) {
                if (row >= properties.length) {
                    properties = Arrays.copyOf(properties, rows.capacity());
                }
                properties[row] = checked.isEmpty() ? null : checked;
            }
            return this;
        }

        /**
         * The number of events added so far.
         *
         * @return the count
         */
        public int size() {
            return rows.size();
        }

        /**
         * Builds the log.
         *
         * @return the log
         */
        public EventLog build() {
            int n = rows.size();
            RowCollector.Sorted sorted = rows.sort(null, true);
            LogSorter.Order order = sorted.order;
            // the type dictionary in canonical order, like customers, so the log does not depend on input order
            CanonicalCodes typeOrder = CanonicalCodes.of(types.values());
            return new EventLog(sorted.customers, order.starts, order.sortedMillis,
                    typeOrder.recode(order.gather(typeCodes, n)), typeOrder.dictionary,
                    properties == null ? null : order.gather(properties, n));
        }
    }
}
