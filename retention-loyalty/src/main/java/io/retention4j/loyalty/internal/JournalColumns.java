package io.retention4j.loyalty.internal;

import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the engine reads on every command from a customer's journal, kept beside the entries in
 * primitive arrays: each entry's instant, type, and amount when it fits a {@code long} at a scale
 * of at most 18. Why: walking back over a journal of entry objects costs a cache miss per entry and
 * another per instant; these columns put a whole window's worth in a few cache lines, and arrays
 * without references add nothing for the garbage collector to scan.
 */
public final class JournalColumns {
    /** {@link #amountScale} of an entry without an amount or with one that does not fit a long. */
    public static final byte NO_COMPACT_AMOUNT = -1;
    private static final EntryType[] TYPES = EntryType.values();

    // four longs per entry, side by side so the newest entries share a cache line or two:
    // [epoch second, nano << 16 | type << 8 | amount scale, unscaled amount, the owner's slot number]
    private static final int STRIDE = 4;
    private long[] data = new long[4 * STRIDE];
    private int size;

    void add(LedgerEntry entry) {
        int at = size * STRIDE;
        if (at == data.length) {
            // doubling: each growth stores a new array into this (old) object, a card G1 must refine
            data = Arrays.copyOf(data, 2 * size * STRIDE);
        }
        Instant instant = entry.at();
        BigDecimal amount = entry.amount();
        int scale = NO_COMPACT_AMOUNT;
        long value = 0;
        if (amount != null && amount.scale() >= 0 && amount.scale() <= 18 && amount.precision() <= 18) {
            value = amount.unscaledValue().longValue();
            scale = amount.scale();
        }
        data[at] = instant.getEpochSecond();
        data[at + 1] = (long) instant.getNano() << 16 | entry.type().ordinal() << 8 | (scale & 0xff);
        data[at + 2] = value;
        size++;
    }

    /**
     * The slot number the owner keeps for entry {@code i} (see {@link Account}).
     *
     * @param i a position in the journal
     * @return the slot
     */
    int slot(int i) {
        return (int) data[i * STRIDE + 3];
    }

    void slot(int i, int slot) {
        data[i * STRIDE + 3] = slot;
    }

    /**
     * The number of entries.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The type of entry {@code i}.
     *
     * @param i a position in the journal
     * @return its type
     */
    public EntryType type(int i) {
        return TYPES[(int) (data[i * STRIDE + 1] >>> 8) & 0xff];
    }

    /**
     * Whether entry {@code i} happened before {@code at}.
     *
     * @param i  a position in the journal
     * @param at an instant
     * @return entry time &lt; at
     */
    public boolean isBefore(int i, Instant at) {
        return compare(i, at) < 0;
    }

    /**
     * Whether entry {@code i} happened after {@code at}.
     *
     * @param i  a position in the journal
     * @param at an instant
     * @return entry time &gt; at
     */
    public boolean isAfter(int i, Instant at) {
        return compare(i, at) > 0;
    }

    /**
     * The unscaled amount of entry {@code i}, meaningful when {@link #amountScale} is not
     * {@link #NO_COMPACT_AMOUNT}.
     *
     * @param i a position in the journal
     * @return the amount's unscaled value
     */
    public long amountUnscaled(int i) {
        return data[i * STRIDE + 2];
    }

    /**
     * The scale of entry {@code i}'s amount, or {@link #NO_COMPACT_AMOUNT} (no amount, or one to read
     * from the entry).
     *
     * @param i a position in the journal
     * @return the scale, 0 to 18, or -1
     */
    public int amountScale(int i) {
        return (byte) data[i * STRIDE + 1];
    }

    private int compare(int i, Instant other) {
        return compare(data[i * STRIDE], (int) (data[i * STRIDE + 1] >>> 16), other);
    }

    /**
     * Compares an instant given as epoch second and nanosecond with another.
     *
     * @param second epoch second
     * @param nano   nanosecond of the second
     * @param other  the instant to compare with
     * @return negative, zero or positive as (second, nano) is before, at or after {@code other}
     */
    static int compare(long second, int nano, Instant other) {
        int c = Long.compare(second, other.getEpochSecond());
        return c != 0 ? c : nano - other.getNano();
    }
}
