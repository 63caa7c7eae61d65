package io.retention4j.core.log;

import io.retention4j.core.internal.NaturalOrder;
import java.util.Arrays;

/**
 * Turns dictionary codes assigned in first-seen order into codes of the canonical order
 * ({@link NaturalOrder}), so that a log's dictionaries and code columns do not depend on input order.
 */
final class CanonicalCodes {
    /** The values in canonical order. */
    final IdDictionary dictionary;
    private final int[] rank; // first-seen code -> canonical code

    private CanonicalCodes(IdDictionary dictionary, int[] rank) {
        this.dictionary = dictionary;
        this.rank = rank;
    }

    /**
     * The canonical order of distinct values.
     *
     * @param firstSeen the values, index = first-seen code
     * @return the dictionary and code mapping
     */
    static CanonicalCodes of(String[] firstSeen) {
        Integer[] byName = new Integer[firstSeen.length];
        for (int i = 0; i < firstSeen.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, (a, b) -> NaturalOrder.INSTANCE.compare(firstSeen[a], firstSeen[b]));
        int[] rank = new int[firstSeen.length];
        String[] sorted = new String[firstSeen.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
            sorted[r] = firstSeen[byName[r]];
        }
        return new CanonicalCodes(IdDictionary.of(sorted), rank);
    }

    /**
     * The canonical code of a first-seen code.
     *
     * @param firstSeenCode a code
     * @return its canonical code
     */
    int code(int firstSeenCode) {
        return rank[firstSeenCode];
    }

    /**
     * Replaces first-seen codes by canonical codes in place; negative codes (none) stay.
     *
     * @param codes a code column
     * @return the same array
     */
    int[] recode(int[] codes) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0) {
                codes[i] = rank[codes[i]];
            }
        }
        return codes;
    }
}
