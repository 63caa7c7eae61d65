package io.retention4j.loyalty.feedback;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text, as keyword matching sees them: the text is lower-cased with
 * {@code toLowerCase(Locale.ROOT)}, and a word is a maximal run of code points for which
 * {@link Character#isLetterOrDigit(int)} holds. Everything else (spaces, punctuation, apostrophes,
 * hyphens, underscores, emoji) separates words, so "don't" is the two words "don" and "t" and "wi-fi"
 * is "wi" "fi".
 */
final class Words {
    private static final String[] NONE = new String[0];

    private Words() {
    }

    /** The lower-cased words of a text, in order; empty for null. */
    static String[] of(String text) {
        if (text == null) {
            return NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = new String[8];
        int count = 0;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int c = lower.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(c);
            } while (i < n && Character.isLetterOrDigit(c = lower.codePointAt(i)));
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
            }
            words[count++] = lower.substring(start, i);
        }
        return count == words.length ? words : Arrays.copyOf(words, count);
    }

    /**
     * A keyword in its canonical form: its words joined by one space.
     *
     * @throws IllegalArgumentException naming the field when the keyword has no word
     */
    static String keyword(String field, String keyword) {
        String[] words = of(keyword);
        if (words.length == 0) {
            throw new IllegalArgumentException(field + " must contain a letter or digit, got '" + keyword + "'");
        }
        return String.join(" ", words);
    }

    /** Whether {@code phrase} occurs in {@code words} starting at {@code start}. */
    static boolean at(String[] words, int start, String[] phrase) {
        if (start + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words[start + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code phrase} occurs anywhere in {@code words} as consecutive words. */
    static boolean contains(String[] words, String[] phrase) {
        for (int start = 0; start + phrase.length <= words.length; start++) {
            if (at(words, start, phrase)) {
                return true;
            }
        }
        return false;
    }
}
