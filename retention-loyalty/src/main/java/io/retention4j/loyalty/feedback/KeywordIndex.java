package io.retention4j.loyalty.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in one pass over a text and without copying it, which rules have a keyword in it. Words are
 * as in {@link Words} (maximal runs of letters and digits, each code point lower-cased with
 * {@link Character#toLowerCase(int)}); each distinct keyword word has an id in an open-addressing
 * table probed with a hash computed while the word is scanned, and each keyword is a sequence of word
 * ids. A text becomes a sequence of ids (-1 for words no keyword uses), in which each keyword is looked
 * for at the positions of its first word. Immutable and thread-safe; a call allocates the id sequence
 * and one flag per rule.
 */
final class KeywordIndex {
    /** Below this, chars are ASCII and looked up in the two tables, which the Character methods fill. */
    private static final int ASCII = 128;
    private static final boolean[] ASCII_WORD = new boolean[ASCII];
    private static final char[] ASCII_LOWER = new char[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private final String[] slots;
    private final int[] slotHash;
    private final int[] slotId;
    private final int mask;
    /** Word id to the phrases starting with it. */
    private final int[][] phrasesByFirstWord;
    /** Phrase to its word ids. */
    private final int[][] phraseWords;
    /** Phrase to the index of its rule. */
    private final int[] phraseRule;
    private final int rules;

    /**
     * @param keywords for each rule (in evaluation order), its keywords in canonical form (lower-case
     *                 words joined by one space)
     */
    KeywordIndex(List<List<String>> keywords) {
        this.rules = keywords.size();
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> phrases = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            for (String keyword : keywords.get(r)) {
                String[] words = keyword.split(" ");
                int[] phrase = new int[words.length];
                for (int w = 0; w < words.length; w++) {
                    phrase[w] = ids.computeIfAbsent(words[w], k -> ids.size());
                }
                phrases.add(phrase);
                owners.add(r);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2) - 1) << 1;
        this.slots = new String[capacity];
        this.slotHash = new int[capacity];
        this.slotId = new int[capacity];
        this.mask = capacity - 1;
        ids.forEach((word, id) -> {
            int h = hash(word, 0, word.length());
            int slot = spread(h) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
            slotHash[slot] = h;
            slotId[slot] = id;
        });
        this.phraseWords = phrases.toArray(new int[0][]);
        this.phraseRule = owners.stream().mapToInt(Integer::intValue).toArray();
        List<List<Integer>> byFirst = new ArrayList<>();
        for (int w = 0; w < ids.size(); w++) {
            byFirst.add(new ArrayList<>());
        }
        for (int p = 0; p < phraseWords.length; p++) {
            byFirst.get(phraseWords[p][0]).add(p);
        }
        this.phrasesByFirstWord = byFirst.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * For each rule, whether one of its keywords occurs in the text.
     *
     * @param text the text or null
     * @return one flag per rule, in evaluation order
     */
    boolean[] hits(String text) {
        boolean[] hit = new boolean[rules];
        if (text == null || phraseWords.length == 0) {
            return hit;
        }
        int[] sequence = new int[16];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < ASCII ? !ASCII_WORD[ch] : !Character.isLetterOrDigit(text.codePointAt(i))) {
                i += ch < ASCII ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            int h = 0;
            while (i < n) {
                ch = text.charAt(i);
                if (ch < ASCII) {
                    if (!ASCII_WORD[ch]) {
                        break;
                    }
                    h = 31 * h + ASCII_LOWER[ch];
                    i++;
                } else {
                    int c = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(c)) {
                        break;
                    }
                    h = 31 * h + Character.toLowerCase(c);
                    i += Character.charCount(c);
                }
            }
            if (count == sequence.length) {
                sequence = Arrays.copyOf(sequence, count * 2);
            }
            sequence[count++] = id(text, start, i, h);
        }
        for (int p = 0; p < count; p++) {
            int first = sequence[p];
            if (first < 0) {
                continue;
            }
            for (int phrase : phrasesByFirstWord[first]) {
                if (!hit[phraseRule[phrase]] && at(sequence, count, p, phraseWords[phrase])) {
                    hit[phraseRule[phrase]] = true;
                }
            }
        }
        return hit;
    }

    private static boolean at(int[] sequence, int count, int start, int[] phrase) {
        if (start + phrase.length > count) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (sequence[start + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    /** The id of the keyword word {@code text[start, end)}, or -1 when no keyword uses it. */
    private int id(String text, int start, int end, int h) {
        for (int slot = spread(h) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            if (slotHash[slot] == h && sameLowerCase(text, start, end, slots[slot])) {
                return slotId[slot];
            }
        }
        return -1;
    }

    /** Whether {@code text[start, end)} lower-cased per code point is {@code word}. */
    private static boolean sameLowerCase(String text, int start, int end, String word) {
        int j = 0;
        for (int k = start; k < end; ) {
            if (j >= word.length()) {
                return false;
            }
            char ch = text.charAt(k);
            if (ch < ASCII) {
                if (ASCII_LOWER[ch] != word.charAt(j)) {
                    return false;
                }
                k++;
                j++;
                continue;
            }
            int c = text.codePointAt(k);
            int w = word.codePointAt(j);
            if (Character.toLowerCase(c) != w) {
                return false;
            }
            k += Character.charCount(c);
            j += Character.charCount(w);
        }
        return j == word.length();
    }

    private static int hash(String word, int start, int end) {
        int h = 0;
        for (int k = start; k < end; ) {
            int c = word.codePointAt(k);
            h = 31 * h + Character.toLowerCase(c);
            k += Character.charCount(c);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
