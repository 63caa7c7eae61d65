package io.retention4j.loyalty.feedback;

import java.util.Arrays;

/**
 * The words of a text, as keyword matching sees them: a word is a maximal run of code points for
 * which {@link Character#isLetterOrDigit(int)} holds, lower-cased code point by code point with
 * {@link Character#toLowerCase(int)} (no locale, no context). Everything else (spaces, punctuation,
 * apostrophes, hyphens, underscores, emoji) separates words, so "don't" is the two words "don" and
 * "t" and "wi-fi" is "wi" "fi". Keywords are brought into their canonical form here;
 * {@link KeywordIndex} finds them in texts the same way, without copying the text.
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
        String[] words = new String[8];
        int count = 0;
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            word.setLength(0);
            do {
                word.appendCodePoint(Character.toLowerCase(c));
                i += Character.charCount(c);
            } while (i < n && Character.isLetterOrDigit(c = text.codePointAt(i)));
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
            }
            words[count++] = word.toString();
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
}
