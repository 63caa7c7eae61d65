package io.retention4j.core.model;

import io.retention4j.core.internal.Checks;
import java.time.Instant;

/**
 * A customer's answer to a survey or a piece of unsolicited feedback: a 0..10 score (the NPS
 * question, or any 0..10 satisfaction scale) with optional text.
 *
 * @param customerId the customer id, non-blank
 * @param at         when it was given, non-null
 * @param score      the score, 0..10 inclusive
 * @param comment    free text, or {@code null}
 * @param channel    where it was given (email survey, app, call centre, ...), or {@code null}
 * @param category   a caller-assigned category (delivery, price, product, ...), or {@code null}
 */
public record Feedback(String customerId, Instant at, int score, String comment, String channel,
                       String category) {

    /**
     * Creates feedback, validating every field.
     *
     * @param customerId the customer id, non-blank
     * @param at         when it was given, non-null
     * @param score      the score, 0..10 inclusive
     * @param comment    free text, or null
     * @param channel    where it was given, or null; non-blank when present
     * @param category   a caller-assigned category, or null; non-blank when present
     */
    public Feedback {
        Checks.notBlank("Feedback.customerId", customerId);
        Checks.notNull("Feedback.at", at);
        Checks.inRange("Feedback.score", score, 0, 10);
        Checks.nullOrNotBlank("Feedback.channel", channel);
        Checks.nullOrNotBlank("Feedback.category", category);
    }

    /**
     * A score without text, channel or category.
     *
     * @param customerId the customer id
     * @param at         when it was given
     * @param score      the score, 0..10
     * @return the feedback
     */
    public static Feedback of(String customerId, Instant at, int score) {
        return new Feedback(customerId, at, score, null, null, null);
    }

    /**
     * The NPS class of the score.
     *
     * @return promoter (9-10), passive (7-8) or detractor (0-6)
     */
    public NpsClass npsClass() {
        return NpsClass.of(score);
    }
}
