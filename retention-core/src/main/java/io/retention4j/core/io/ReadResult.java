package io.retention4j.core.io;

import java.util.Collection;
import java.util.List;

/**
 * What a read produced and what it could not use.
 *
 * <p>Counts: {@link #rowsRead()} is the number of data rows seen (records after the header; blank
 * lines are not rows), {@link #rowsAccepted()} the rows that parsed and were handed to the result,
 * and {@link #rejected()} lists every other row, so {@code rowsRead() == rowsAccepted() +
 * rejected().size()}. A strict read throws on the first bad row, so its result never has
 * rejections. A transaction log drops accepted rows whose order id repeats an earlier one; their
 * number is {@link #duplicatesDropped()} and the log lists them with their lines
 * ({@link io.retention4j.core.log.TransactionLog#duplicates()}).
 *
 * <p>Instances are immutable (as far as the value is) and thread-safe.
 *
 * @param <T> the type of the value read: a log or a list of records
 */
public final class ReadResult<T> {
    /** How many rejections {@link #toString()} shows. */
    private static final int SHOWN_REJECTIONS = 5;

    private final String source;
    private final T value;
    private final long rowsRead;
    private final List<RejectedRow> rejected;
    private final int duplicatesDropped;

    ReadResult(String source, T value, long rowsRead, List<RejectedRow> rejected, int duplicatesDropped) {
        this.source = source;
        this.value = value;
        this.rowsRead = rowsRead;
        this.rejected = List.copyOf(rejected);
        this.duplicatesDropped = duplicatesDropped;
    }

    /**
     * Where the input came from.
     *
     * @return the file name, or the label the caller gave
     */
    public String source() {
        return source;
    }

    /**
     * What was read.
     *
     * @return the log or list built from the accepted rows
     */
    public T value() {
        return value;
    }

    /**
     * The number of data rows seen: records after the header, blank lines not counted.
     *
     * @return the count
     */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * The number of rows that parsed and were handed to the result: {@code rowsRead() -
     * rejected().size()}. Includes rows that a transaction log then dropped as duplicate orders.
     *
     * @return the count
     */
    public long rowsAccepted() {
        return rowsRead - rejected.size();
    }

    /**
     * Every row that was rejected, in input order (always empty for a strict read).
     *
     * @return an unmodifiable list
     */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    /**
     * The number of accepted rows that the transaction log dropped because their order id repeated
     * an earlier row's; see {@link io.retention4j.core.log.TransactionLog#duplicates()} for the rows
     * and their lines. Always 0 for events and feedback.
     *
     * @return the count
     */
    public int duplicatesDropped() {
        return duplicatesDropped;
    }

    /**
     * The counts, the value (or, for a list, its size) and the first few rejections.
     *
     * @return a multi-line summary
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReadResult[").append(source).append(": ")
                .append(rowsRead).append(" rows read, ").append(rowsAccepted()).append(" accepted, ")
                .append(rejected.size()).append(" rejected");
        if (duplicatesDropped > 0) {
            sb.append(", ").append(duplicatesDropped)
                    .append(" accepted rows dropped by the log as duplicate order ids (see TransactionLog.duplicates())");
        }
        sb.append("]\n  value: ");
        if (value instanceof Collection<?> c) {
            sb.append("a list of ").append(c.size()).append(" records");
        } else {
            sb.append(value);
        }
        int shown = Math.min(SHOWN_REJECTIONS, rejected.size());
        if (shown > 0) {
            sb.append("\n  rejected (first ").append(shown).append(" of ").append(rejected.size()).append("):");
            for (int i = 0; i < shown; i++) {
                sb.append("\n    ").append(rejected.get(i));
            }
        }
        return sb.toString();
    }
}
