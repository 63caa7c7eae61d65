package io.retention4j.core.io;

import java.time.ZoneId;

/**
 * What the public mappings share: the date format and zone of the time column, and a readable
 * form. Each subclass adds the withers of its own columns.
 *
 * @param <M> the mapping type, returned by the withers
 */
abstract class MappingBase<M extends MappingBase<M>> {
    private final ColumnMapping columns;

    MappingBase(ColumnMapping columns) {
        this.columns = columns;
    }

    /** A mapping of the subclass's type with other columns or settings. */
    abstract M with(ColumnMapping changed);

    /**
     * How the time column is parsed (default {@link DateFormat#AUTO}).
     *
     * @param format the format
     * @return a new mapping
     */
    public M dateFormat(DateFormat format) {
        return with(columns.dateFormat(format));
    }

    /**
     * The zone of times without an offset (default UTC); a date alone means the start of that day
     * in this zone.
     *
     * @param zone the zone
     * @return a new mapping
     */
    public M zone(ZoneId zone) {
        return with(columns.zone(zone));
    }

    /**
     * The format of the time column.
     *
     * @return the date format
     */
    public DateFormat dateFormat() {
        return columns.dateFormat();
    }

    /**
     * The zone of times without an offset.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return columns.zone();
    }

    ColumnMapping columnMapping() {
        return columns;
    }

    /**
     * The mapped columns by field, the date format and the zone.
     *
     * @return for example {@code CsvMapping[customer=id, time=date, amount=amount, dateFormat=AUTO, zone=Z]}
     */
    @Override
    public String toString() {
        return columns.describe(getClass().getSimpleName());
    }
}
