package io.retention4j.loyalty.feedback;

/** What a {@link Survey} asks for. */
public enum SurveyKind {
    /** The NPS question ("how likely are you to recommend us"): a score 0..10, text optional. */
    NPS,
    /** A satisfaction scale such as 1..5 (CSAT), within 0..10: a score on the scale, text optional. */
    SATISFACTION,
    /** An open question: text required, no score. */
    FREE_TEXT
}
