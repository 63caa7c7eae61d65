package io.retention4j.core.log;

import io.retention4j.core.internal.Checks;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable dictionary of distinct ids (customer ids, categories, channels, event types): index
 * {@code 0 .. size() - 1} to id and back. Logs store the index per row instead of the string.
 *
 * <p>Thread-safe. Lookup by id is an open-addressing hash lookup over an {@code int} table (about 8
 * to 16 bytes per id besides the strings themselves); lookup by index is an array read.
 */
public final class IdDictionary {
    private static final IdDictionary EMPTY = new IdDictionary(new String[0], new int[1]);

    private final String[] ids;
    private final int[] table; // slot -> index + 1, 0 = empty; length a power of two >= 2 * size
    private final int mask;

    private IdDictionary(String[] ids, int[] table) {
        this.ids = ids;
        this.table = table;
        this.mask = table.length - 1;
    }

    /**
     * A dictionary of the given ids, in the given order.
     *
     * @param ids distinct, non-blank ids
     * @return the dictionary
     * @throws IllegalArgumentException naming the position of a blank or repeated id
     */
    public static IdDictionary of(String... ids) {
        Checks.notNull("ids", ids);
        String[] copy = ids.clone();
        int capacity = Integer.highestOneBit(Math.max(2, copy.length) * 2 - 1) << 1;
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < copy.length; i++) {
            String id = copy[i];
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("id at index " + i + " is null or blank: '" + id + "'");
            }
            int slot = spread(id.hashCode()) & mask;
            while (table[slot] != 0) {
                int other = table[slot] - 1;
                if (copy[other].equals(id)) {
                    throw new IllegalArgumentException(
                            "id '" + id + "' appears twice, at index " + other + " and " + i);
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return new IdDictionary(copy, table);
    }

    /** Mixes the bits of a hash code so that similar ids ("C1", "C2", ...) spread over the table. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    /**
     * The empty dictionary.
     *
     * @return a dictionary of size 0
     */
    public static IdDictionary empty() {
        return EMPTY;
    }

    /**
     * The number of ids.
     *
     * @return the size
     */
    public int size() {
        return ids.length;
    }

    /**
     * The id at an index.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the id
     */
    public String id(int index) {
        return ids[index];
    }

    /**
     * The index of an id.
     *
     * @param id an id
     * @return its index, or -1 when the id is not in the dictionary
     */
    public int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        int slot = spread(id.hashCode()) & mask;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            if (ids[entry - 1].equals(id)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Whether the dictionary holds an id.
     *
     * @param id an id
     * @return true when present
     */
    public boolean contains(String id) {
        return indexOf(id) >= 0;
    }

    /**
     * The ids in index order.
     *
     * @return an unmodifiable list view
     */
    public List<String> ids() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return ids[index];
            }

            @Override
            public int size() {
                return ids.length;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdDictionary other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        int shown = Math.min(ids.length, 5);
        StringBuilder sb = new StringBuilder("IdDictionary[").append(ids.length).append(" ids");
        if (shown > 0) {
            sb.append(": ");
            for (int i = 0; i < shown; i++) {
                sb.append(i == 0 ? "" : ", ").append(ids[i]);
            }
            if (shown < ids.length) {
                sb.append(", ...");
            }
        }
        return sb.append(']').toString();
    }
}
