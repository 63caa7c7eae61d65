package io.retention4j.core.model;

/**
 * The Net Promoter class of a 0..10 "how likely are you to recommend us" score: promoters answer 9
 * or 10, passives 7 or 8, detractors 0 to 6 (Reichheld 2003).
 */
public enum NpsClass {
    /** Score 0..6. */
    DETRACTOR,
    /** Score 7..8. */
    PASSIVE,
    /** Score 9..10. */
    PROMOTER;

    /**
     * The class of a score.
     *
     * @param score a score in 0..10
     * @return its class
     * @throws IllegalArgumentException if the score is outside 0..10
     */
    public static NpsClass of(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("NPS score must be in 0..10, got " + score);
        }
        return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
    }
}
