package io.retention4j.core.profile;

import io.retention4j.core.log.IdDictionary;
import java.util.Arrays;
import java.util.List;

/**
 * Counts dictionary codes for one customer at a time and reports the most frequent ones; reset in
 * time proportional to the codes touched, not the dictionary size.
 */
final class CodeCounter {
    private final int[] counts;
    private int[] touched = new int[16];
    private int touchedCount;

    CodeCounter(int dictionarySize) {
        this.counts = new int[dictionarySize];
    }

    boolean isEnabled() {
        return counts.length > 0;
    }

    void count(int code) {
        if (code < 0) {
            return;
        }
        if (counts[code]++ == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = code;
        }
    }

    /**
     * The names of the {@code n} most counted codes (ties by name), most counted first, or null when
     * nothing was counted; then resets.
     */
    List<String> topAndReset(IdDictionary names, int n) {
        if (touchedCount == 0) {
            return null;
        }
        Integer[] order = new Integer[touchedCount];
        for (int i = 0; i < touchedCount; i++) {
            order[i] = touched[i];
        }
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                : names.id(a).compareTo(names.id(b)));
        String[] best = new String[Math.min(n, touchedCount)];
        for (int i = 0; i < best.length; i++) {
            best[i] = names.id(order[i]);
        }
        for (int i = 0; i < touchedCount; i++) {
            counts[touched[i]] = 0;
        }
        touchedCount = 0;
        return List.of(best);
    }
}
