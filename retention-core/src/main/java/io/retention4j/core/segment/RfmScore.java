package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;

/**
 * One customer's RFM scores.
 *
 * @param customerId the customer id
 * @param recency    the recency score, 1..9 (higher = bought more recently)
 * @param frequency  the frequency score, 1..9 (higher = more orders)
 * @param monetary   the monetary score, 1..9 (higher = more spend)
 */
public record RfmScore(String customerId, int recency, int frequency, int monetary) {
    /**
     * Validates the scores.
     *
     * @param customerId the customer id, non-blank
     * @param recency    1..9
     * @param frequency  1..9
     * @param monetary   1..9
     */
    public RfmScore {
        Checks.notBlank("customerId", customerId);
        Checks.inRange("recency", recency, 1, 9);
        Checks.inRange("frequency", frequency, 1, 9);
        Checks.inRange("monetary", monetary, 1, 9);
    }

    /**
     * The combined code, one digit per score: {@code recency * 100 + frequency * 10 + monetary}
     * (R's {@code rfm} package calls it {@code rfm_score}).
     *
     * @return the code, e.g. 543
     */
    public int code() {
        return recency * 100 + frequency * 10 + monetary;
    }

    /**
     * The score cell.
     *
     * @return the (recency, frequency, monetary) cell
     */
    public ScoreCell cell() {
        return new ScoreCell(recency, frequency, monetary);
    }
}
