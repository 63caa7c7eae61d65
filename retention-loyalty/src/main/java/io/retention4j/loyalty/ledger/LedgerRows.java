package io.retention4j.loyalty.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How entries and receipts are laid out in rows (see {@code schema/v1.sql}): an instant is two
 * columns (epoch second, nano of second), an amount is {@link BigDecimal#toString()} text, the
 * allocations are {@code lot:points} pairs joined by commas, attributes and receipt customer lists
 * are JSON. Every one of them reads back to an equal value; a row that does not decode is reported
 * as {@link LedgerCorruptedException} with the customer, the seq and the column.
 */
final class LedgerRows {
    static final String ENTRY_COLUMNS = "customer_id, seq, entry_type, points, at_second, at_nano, entry_key, rule_id, "
            + "source, expires_second, expires_nano, available_second, available_nano, amount, note, debt, allocations, "
            + "attributes";
    static final String INSERT_ENTRY = "INSERT INTO ledger_entry (" + ENTRY_COLUMNS + ") VALUES ("
            + "?, ".repeat(17) + "?)";
    /**
     * The entries of a journal from a seq on, with the size the customer table records: one row per
     * entry, or a single row with null entry columns when there is none from that seq; no row when the
     * customer has no row in the customer table.
     */
    static final String SELECT_JOURNAL_FROM = "SELECT e.seq, e.entry_type, e.points, e.at_second, e.at_nano, "
            + "e.entry_key, e.rule_id, e.source, e.expires_second, e.expires_nano, e.available_second, e.available_nano, "
            + "e.amount, e.note, e.debt, e.allocations, e.attributes, c.journal_size FROM ledger_customer c "
            + "LEFT JOIN ledger_entry e ON e.customer_id = c.customer_id AND e.seq >= ? WHERE c.customer_id = ? "
            + "ORDER BY e.seq";
    /** Whether entries of a customer exist (asked when the customer table has no row for it). */
    static final String SELECT_ANY_ENTRY = "SELECT 1 FROM ledger_entry WHERE customer_id = ? LIMIT 1";
    static final String RECEIPT_COLUMNS = "receipt_key, command, fingerprint, customer_ids, at_second, at_nano";
    static final String SELECT_RECEIPT = "SELECT command, fingerprint, customer_ids, at_second, at_nano "
            + "FROM ledger_receipt WHERE receipt_key = ?";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private LedgerRows() {
    }

    /** Binds an entry to {@link #INSERT_ENTRY}. */
    static void bind(PreparedStatement statement, LedgerEntry e) throws SQLException {
        statement.setString(1, e.customerId());
        statement.setLong(2, e.seq());
        statement.setString(3, e.type().name());
        statement.setLong(4, e.points());
        statement.setLong(5, e.at().getEpochSecond());
        statement.setInt(6, e.at().getNano());
        statement.setString(7, e.key());
        statement.setString(8, e.rule());
        statement.setString(9, e.source());
        setInstant(statement, 10, e.expiresAt());
        setInstant(statement, 12, e.availableAt());
        statement.setString(14, e.amount() == null ? null : e.amount().toString());
        statement.setString(15, e.note());
        statement.setLong(16, e.debt());
        statement.setString(17, e.allocations().isEmpty() ? null : allocations(e.allocations()));
        statement.setString(18, e.attributes().isEmpty() ? null : json(e.attributes()));
    }

    /** Binds a receipt to an insert of {@link #RECEIPT_COLUMNS}. */
    static void bind(PreparedStatement statement, CommandReceipt r) throws SQLException {
        statement.setString(1, r.key());
        statement.setString(2, r.command());
        statement.setString(3, r.fingerprint());
        statement.setString(4, json(r.customerIds()));
        statement.setLong(5, r.at().getEpochSecond());
        statement.setInt(6, r.at().getNano());
    }

    private static void setInstant(PreparedStatement statement, int column, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(column, Types.BIGINT);
            statement.setNull(column + 1, Types.INTEGER);
        } else {
            statement.setLong(column, instant.getEpochSecond());
            statement.setInt(column + 1, instant.getNano());
        }
    }

    /** Whether the current row of {@link #SELECT_JOURNAL_FROM} holds an entry. */
    static boolean hasEntry(ResultSet row) throws SQLException {
        row.getLong(1);
        return !row.wasNull();
    }

    /** The entry on the current row of {@link #SELECT_JOURNAL_FROM}. */
    static LedgerEntry entry(String customerId, ResultSet row) throws SQLException {
        long seq = row.getLong(1);
        String typeName = row.getString(2);
        EntryType type;
        try {
            type = EntryType.valueOf(typeName);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LedgerCorruptedException(customerId, seq, "column entry_type holds '" + typeName
                    + "', which is no entry type", null);
        }
        Instant at = instant(customerId, seq, row, 4, "at");
        String amountText = row.getString(13);
        BigDecimal amount = null;
        if (amountText != null) {
            try {
                amount = new BigDecimal(amountText);
            } catch (NumberFormatException e) {
                throw new LedgerCorruptedException(customerId, seq, "column amount holds '" + amountText
                        + "', which is not a decimal number", e);
            }
        }
        try {
            return new LedgerEntry(seq, customerId, type, row.getLong(3), at, row.getString(6), row.getString(7),
                    row.getString(8), instant(customerId, seq, row, 9, "expires"), instant(customerId, seq, row, 11, "available"),
                    amount, row.getString(14), row.getLong(15), allocations(customerId, seq, row.getString(16)),
                    attributes(customerId, seq, row.getString(17)));
        } catch (IllegalArgumentException e) {
            throw new LedgerCorruptedException(customerId, seq, "the row is not a valid entry: " + e.getMessage(), e);
        }
    }

    /** The journal size column of {@link #SELECT_JOURNAL_FROM}'s current row. */
    static long journalSize(ResultSet row) throws SQLException {
        return row.getLong(18);
    }

    /** The receipt on the current row of {@link #SELECT_RECEIPT}. */
    static CommandReceipt receipt(String key, ResultSet row) throws SQLException {
        String ids = row.getString(3);
        List<String> customerIds;
        try {
            customerIds = JSON.readValue(ids, IDS);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new LedgerStoreException("the receipt of key '" + key + "' is corrupt: column customer_ids holds '"
                    + ids + "', which is not a JSON list of customer ids", e);
        }
        try {
            return new CommandReceipt(key, row.getString(1), row.getString(2), customerIds,
                    Instant.ofEpochSecond(row.getLong(4), row.getInt(5)));
        } catch (RuntimeException e) {
            throw new LedgerStoreException("the receipt of key '" + key + "' is corrupt: " + e.getMessage(), e);
        }
    }

    private static Instant instant(String customerId, long seq, ResultSet row, int column, String name) throws SQLException {
        long second = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        long nano = row.getLong(column + 1);
        if (row.wasNull() || nano < 0 || nano > 999_999_999) {
            throw new LedgerCorruptedException(customerId, seq, "column " + name + "_nano holds "
                    + (row.wasNull() ? "null" : nano) + " next to " + name + "_second " + second, null);
        }
        try {
            return Instant.ofEpochSecond(second, nano);
        } catch (java.time.DateTimeException e) {
            throw new LedgerCorruptedException(customerId, seq, "column " + name + "_second holds " + second
                    + ", which is no instant", e);
        }
    }

    static String allocations(List<Allocation> allocations) {
        StringBuilder s = new StringBuilder(allocations.size() * 8);
        for (Allocation a : allocations) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(a.lotId()).append(':').append(a.points());
        }
        return s.toString();
    }

    private static List<Allocation> allocations(String customerId, long seq, String text) {
        if (text == null) {
            return List.of();
        }
        List<Allocation> allocations = new ArrayList<>(2);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            String pair = text.substring(start, end);
            int colon = pair.indexOf(':');
            try {
                allocations.add(new Allocation(Long.parseLong(pair.substring(0, colon)),
                        Long.parseLong(pair.substring(colon + 1))));
            } catch (RuntimeException e) {
                throw new LedgerCorruptedException(customerId, seq, "column allocations holds '" + text
                        + "': '" + pair + "' is not lot:points with a lot >= 0 and points > 0", e);
            }
            start = end + 1;
        }
        return allocations;
    }

    private static Map<String, String> attributes(String customerId, long seq, String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, ATTRIBUTES);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new LedgerCorruptedException(customerId, seq, "column attributes holds '" + text
                    + "', which is not a JSON object of strings", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}
