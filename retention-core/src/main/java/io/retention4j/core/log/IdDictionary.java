package io.retention4j.core.log;

import io.retention4j.core.internal.Checks;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * An immutable dictionary of distinct ids (customer ids, categories, channels, event types): index
 * {@code 0 .. size() - 1} to id and back. Logs store the index per row instead of the string.
 *
 * <p>Thread-safe. Lookup by id is a hash lookup; lookup by index is an array read.
 */
public final class IdDictionary {
    private static final IdDictionary EMPTY = new IdDictionary(new String[0], new HashMap<>());

    private final String[] ids;
    private final HashMap<String, Integer> indexes;

    private IdDictionary(String[] ids, HashMap<String, Integer> indexes) {
        this.ids = ids;
        this.indexes = indexes;
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
        HashMap<String, Integer> indexes = new HashMap<>(Math.max(16, (int) (copy.length / 0.75f) + 1));
        for (int i = 0; i < copy.length; i++) {
            String id = copy[i];
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("id at index " + i + " is null or blank: '" + id + "'");
            }
            Integer previous = indexes.putIfAbsent(id, i);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "id '" + id + "' appears twice, at index " + previous + " and " + i);
            }
        }
        return new IdDictionary(copy, indexes);
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
        Integer i = indexes.get(id);
        return i == null ? -1 : i;
    }

    /**
     * Whether the dictionary holds an id.
     *
     * @param id an id
     * @return true when present
     */
    public boolean contains(String id) {
        return indexes.containsKey(id);
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
