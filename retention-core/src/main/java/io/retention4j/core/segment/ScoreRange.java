package io.retention4j.core.segment;

/**
 * An inclusive range of scores, {@code lower..upper}.
 *
 * @param lower the lowest score in the range, {@code >= 1}
 * @param upper the highest score in the range, {@code >= lower}, {@code <= 9}
 */
public record ScoreRange(int lower, int upper) {
    /**
     * Validates the range.
     *
     * @param lower the lowest score, 1..9
     * @param upper the highest score, lower..9
     * @throws IllegalArgumentException when a bound is outside 1..9 or the range is inverted
     */
    public ScoreRange {
        if (lower < 1 || upper > 9) {
            throw new IllegalArgumentException("score range " + lower + ".." + upper + " must lie within 1..9");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("score range " + lower + ".." + upper
                    + " is inverted: lower " + lower + " is above upper " + upper);
        }
    }

    /**
     * A range.
     *
     * @param lower the lowest score
     * @param upper the highest score
     * @return the range
     */
    public static ScoreRange of(int lower, int upper) {
        return new ScoreRange(lower, upper);
    }

    /**
     * A single score.
     *
     * @param score the score
     * @return {@code score..score}
     */
    public static ScoreRange only(int score) {
        return new ScoreRange(score, score);
    }

    /**
     * Every score of an n-point scale.
     *
     * @param levels n, 1..9
     * @return {@code 1..levels}
     */
    public static ScoreRange all(int levels) {
        return new ScoreRange(1, levels);
    }

    /**
     * Whether a score lies in the range.
     *
     * @param score a score
     * @return true when {@code lower <= score <= upper}
     */
    public boolean contains(int score) {
        return score >= lower && score <= upper;
    }

    /**
     * The number of scores in the range.
     *
     * @return {@code upper - lower + 1}
     */
    public int width() {
        return upper - lower + 1;
    }

    @Override
    public String toString() {
        return lower == upper ? Integer.toString(lower) : lower + "-" + upper;
    }
}
