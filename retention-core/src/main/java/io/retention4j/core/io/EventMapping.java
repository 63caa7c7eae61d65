package io.retention4j.core.io;

/**
 * Which columns of an input hold the fields of a customer event, and how times are read.
 *
 * <p>Required: the customer id, the time and the event type (any non-blank name, see
 * {@link io.retention4j.core.model.EventType}). Optional: property columns, each of whose non-empty
 * values becomes an event property under the column's name (for example a {@code feature} column
 * for feature-use events). Defaults: {@link DateFormat#AUTO} and UTC for times without an offset.
 * Column names are trimmed and matched exactly against the input's column names.
 *
 * <p>Immutable: each method returns a new mapping and validates its argument at once.
 */
public final class EventMapping extends MappingBase<EventMapping> {
    static final int CUSTOMER = 0;
    static final int TIME = 1;
    static final int TYPE = 2;
    static final int FIRST_PROPERTY = 3;
    private static final String[] ROLES = {"customer", "time", "type"};

    private EventMapping(ColumnMapping columns) {
        super(columns);
    }

    /**
     * A mapping of the three required columns.
     *
     * @param customerColumn the column of the customer id
     * @param timeColumn     the column of the event time
     * @param typeColumn     the column of the event type name
     * @return the mapping
     * @throws IllegalArgumentException when a name is blank or two names are equal
     */
    public static EventMapping of(String customerColumn, String timeColumn, String typeColumn) {
        return new EventMapping(ColumnMapping.of(ROLES, customerColumn, timeColumn, typeColumn));
    }

    /**
     * The property columns (replacing any set before): each non-empty value becomes a property named
     * after its column; an empty value adds no property.
     *
     * @param propertyColumns the column names
     * @return a new mapping
     * @throws IllegalArgumentException when a name is blank or already mapped
     */
    public EventMapping properties(String... propertyColumns) {
        return with(columnMapping().withTail(FIRST_PROPERTY, "property", propertyColumns));
    }

    @Override
    EventMapping with(ColumnMapping changed) {
        return new EventMapping(changed);
    }
}
