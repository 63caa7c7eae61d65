package io.retention4j.core.internal;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Assigns dense int codes to strings in first-seen order. Not thread-safe (builder state).
 */
public final class Interner {
    private final HashMap<String, Integer> codes = new HashMap<>();
    private String[] values = new String[16];

    /**
     * The code of a string, assigning the next free code if it is new.
     *
     * @param value the string
     * @return its code
     */
    public int intern(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        int next = codes.size();
        codes.put(value, next);
        if (next == values.length) {
            values = Arrays.copyOf(values, next * 2);
        }
        values[next] = value;
        return next;
    }

    /**
     * How many distinct strings were seen.
     *
     * @return the count
     */
    public int size() {
        return codes.size();
    }

    /**
     * The strings by code.
     *
     * @return a copy, index = code
     */
    public String[] values() {
        return Arrays.copyOf(values, codes.size());
    }
}
