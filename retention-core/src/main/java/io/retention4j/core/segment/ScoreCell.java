package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;

/**
 * One cell of the score cube: a (recency, frequency, monetary) score triple.
 *
 * @param recency   the recency score, 1..9
 * @param frequency the frequency score, 1..9
 * @param monetary  the monetary score, 1..9
 */
public record ScoreCell(int recency, int frequency, int monetary) {
    /**
     * Validates the scores.
     *
     * @param recency   1..9
     * @param frequency 1..9
     * @param monetary  1..9
     */
    public ScoreCell {
        Checks.inRange("recency", recency, 1, 9);
        Checks.inRange("frequency", frequency, 1, 9);
        Checks.inRange("monetary", monetary, 1, 9);
    }

    /**
     * The combined code {@code recency * 100 + frequency * 10 + monetary}.
     *
     * @return the code
     */
    public int code() {
        return recency * 100 + frequency * 10 + monetary;
    }

    @Override
    public String toString() {
        return Integer.toString(code());
    }
}
