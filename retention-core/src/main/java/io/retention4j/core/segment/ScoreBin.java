package io.retention4j.core.segment;

/**
 * The customers who got one score on one dimension, and the range of their raw values.
 *
 * @param score     the score, 1..n
 * @param customers how many customers got it, {@code >= 0}
 * @param min       the smallest raw value among them (days, orders or spend); NaN when
 *                  {@code customers == 0}
 * @param max       the largest raw value among them; NaN when {@code customers == 0}
 */
public record ScoreBin(int score, int customers, double min, double max) {
    /**
     * Whether no customer got this score.
     *
     * @return true when {@code customers == 0}
     */
    public boolean isEmpty() {
        return customers == 0;
    }
}
