package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The shared state of the public mappings: which column plays which role (slot i has role
 * {@code roles[i]} and column {@code columns[i]}, null when an optional role is not mapped), the
 * date format and the zone. Immutable; every change validates at once: column names are trimmed and
 * non-blank, and no column plays two roles.
 */
final class ColumnMapping {
    private final String[] roles;
    private final String[] columns;
    private final DateFormat dateFormat;
    private final ZoneId zone;

    private ColumnMapping(String[] roles, String[] columns, DateFormat dateFormat, ZoneId zone) {
        this.roles = roles;
        this.columns = columns;
        this.dateFormat = dateFormat;
        this.zone = zone;
        for (int i = 0; i < columns.length; i++) {
            for (int j = 0; j < i; j++) {
                if (columns[i] != null && columns[i].equals(columns[j])) {
                    throw new IllegalArgumentException("column '" + columns[i] + "' is mapped twice: as "
                            + roles[j] + " and as " + roles[i]);
                }
            }
        }
    }

    /**
     * A mapping with the given roles, the first {@code required.length} of which are mapped to the
     * given columns; default date format {@link DateFormat#AUTO}, zone UTC.
     */
    static ColumnMapping of(String[] roles, String... required) {
        String[] columns = new String[roles.length];
        for (int i = 0; i < required.length; i++) {
            columns[i] = name(roles[i], required[i]);
        }
        return new ColumnMapping(roles, columns, DateFormat.AUTO, ZoneOffset.UTC);
    }

    private static String name(String role, String column) {
        return Checks.notBlank(role + " column", column).trim();
    }

    /** This mapping with slot {@code slot} mapped to a column. */
    ColumnMapping with(int slot, String column) {
        String[] copy = columns.clone();
        copy[slot] = name(roles[slot], column);
        return new ColumnMapping(roles, copy, dateFormat, zone);
    }

    /** This mapping with the slots from {@code from} on replaced by {@code extra}, each with role {@code role}. */
    ColumnMapping withTail(int from, String role, String[] extra) {
        Checks.notNull(role + " columns", extra);
        String[] newRoles = Arrays.copyOf(roles, from + extra.length);
        String[] newColumns = Arrays.copyOf(columns, from + extra.length);
        for (int i = 0; i < extra.length; i++) {
            newRoles[from + i] = role;
            newColumns[from + i] = name(role, extra[i]);
        }
        return new ColumnMapping(newRoles, newColumns, dateFormat, zone);
    }

    ColumnMapping dateFormat(DateFormat format) {
        return new ColumnMapping(roles, columns, Checks.notNull("dateFormat", format), zone);
    }

    ColumnMapping zone(ZoneId newZone) {
        return new ColumnMapping(roles, columns, dateFormat, Checks.notNull("zone", newZone));
    }

    DateFormat dateFormat() {
        return dateFormat;
    }

    ZoneId zone() {
        return zone;
    }

    /** The column of each slot, null for an unmapped optional role. */
    String[] columns() {
        return columns.clone();
    }

    String column(int slot) {
        return columns[slot];
    }

    int size() {
        return columns.length;
    }

    /** For example {@code CsvMapping[customer=id, time=date, amount=amount, dateFormat=AUTO, zone=Z]}. */
    String describe(String type) {
        StringBuilder sb = new StringBuilder(type).append('[');
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                sb.append(roles[i]).append('=').append(columns[i]).append(", ");
            }
        }
        return sb.append("dateFormat=").append(dateFormat).append(", zone=").append(zone).append(']').toString();
    }
}
