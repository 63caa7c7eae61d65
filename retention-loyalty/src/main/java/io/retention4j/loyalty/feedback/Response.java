package io.retention4j.loyalty.feedback;

import io.retention4j.core.model.Feedback;
import io.retention4j.loyalty.internal.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One customer's answer to a {@link Survey}. Whether the score fits the survey's scale is checked
 * when the response is recorded ({@link Survey#check(Response)}); on its own a response only needs a
 * score within 0..10, the widest scale.
 *
 * @param id         the response's id, unique per feedback loop (the idempotency key), non-blank
 * @param customerId the customer, non-blank
 * @param surveyId   the survey answered, non-blank
 * @param at         when the customer answered
 * @param score      the score, 0..10, or null for none (free-text surveys)
 * @param text       the free text, or null for none (blank text counts as none)
 * @param channel    where it was given (email, app, call centre, ...), or null
 * @param product    the product or feature it is about, or null
 * @param attributes further caller data (plan, region, ...), sorted by key; empty for none
 */
public record Response(String id, String customerId, String surveyId, Instant at, Integer score, String text,
                       String channel, String product, Map<String, String> attributes) {
    /**
     * Validates the fields.
     *
     * @param id         non-blank
     * @param customerId non-blank
     * @param surveyId   non-blank
     * @param at         not null
     * @param score      null or 0..10
     * @param text       any; blank text becomes null
     * @param channel    null or non-blank
     * @param product    null or non-blank
     * @param attributes null (none) or non-blank keys with non-null values; copied
     * @throws IllegalArgumentException naming the response, the field and the value
     */
    public Response {
        Require.notBlank("response.id", id);
        String where = "response '" + id + "' ";
        Require.notBlank(where + "customerId", customerId);
        Require.notBlank(where + "surveyId", surveyId);
        Require.notNull(where + "at", at);
        if (score != null) {
            Checks.inRange(where + "score", score, 0, 10);
        }
        text = text == null || text.isBlank() ? null : text;
        Require.nullOrNotBlank(where + "channel", channel);
        Require.nullOrNotBlank(where + "product", product);
        Map<String, String> copy = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((key, value) -> {
                Require.notBlank(where + "attribute key", key);
                copy.put(key, Require.notNull(where + "attribute '" + key + "'", value));
            });
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a response.
     *
     * @param id         the response id
     * @param customerId the customer
     * @param surveyId   the survey answered
     * @return a builder; {@link Builder#at(Instant)} is required
     */
    public static Builder builder(String id, String customerId, String surveyId) {
        return new Builder(id, customerId, surveyId);
    }

    /**
     * A response from core's {@link Feedback}: its comment becomes the text, its channel the channel,
     * and its caller-assigned category, if any, the attribute {@code category}.
     *
     * @param id       the response id
     * @param surveyId the survey answered
     * @param feedback the feedback
     * @return the response
     */
    public static Response of(String id, String surveyId, Feedback feedback) {
        Require.notNull("feedback", feedback);
        return new Response(id, feedback.customerId(), surveyId, feedback.at(), feedback.score(), feedback.comment(),
                feedback.channel(), null, feedback.category() == null ? null : Map.of("category", feedback.category()));
    }

    /** The fields in which {@code other} differs from this response, for conflict messages. */
    List<String> differences(Response other) {
        List<String> d = new ArrayList<>();
        diff(d, "customerId", customerId, other.customerId);
        diff(d, "surveyId", surveyId, other.surveyId);
        diff(d, "at", at, other.at);
        diff(d, "score", score, other.score);
        diff(d, "text", text, other.text);
        diff(d, "channel", channel, other.channel);
        diff(d, "product", product, other.product);
        diff(d, "attributes", attributes, other.attributes);
        return d;
    }

    private static void diff(List<String> d, String field, Object before, Object now) {
        if (!Objects.equals(before, now)) {
            d.add(field + " " + quote(now) + " (recorded: " + quote(before) + ")");
        }
    }

    private static String quote(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(id).append(' ').append(customerId).append(' ').append(surveyId).append('@')
                .append(at);
        if (score != null) {
            s.append(" score ").append(score);
        }
        if (channel != null) {
            s.append(" via ").append(channel);
        }
        if (product != null) {
            s.append(" on ").append(product);
        }
        if (!attributes.isEmpty()) {
            s.append(' ').append(attributes);
        }
        if (text != null) {
            s.append(": \"").append(text).append('"');
        }
        return s.toString();
    }

    /** Builds a {@link Response}; each setter checks its argument at once. */
    public static final class Builder {
        private final String id;
        private final String customerId;
        private final String surveyId;
        private Instant at;
        private Integer score;
        private String text;
        private String channel;
        private String product;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder(String id, String customerId, String surveyId) {
            this.id = Require.notBlank("response.id", id);
            this.customerId = Require.notBlank("response '" + id + "' customerId", customerId);
            this.surveyId = Require.notBlank("response '" + id + "' surveyId", surveyId);
        }

        /**
         * When the customer answered.
         *
         * @param instant the instant
         * @return this builder
         */
        public Builder at(Instant instant) {
            this.at = Require.notNull("response '" + id + "' at", instant);
            return this;
        }

        /**
         * The score.
         *
         * @param value 0..10 (the survey's scale is checked when the response is recorded)
         * @return this builder
         */
        public Builder score(int value) {
            this.score = Checks.inRange("response '" + id + "' score", value, 0, 10);
            return this;
        }

        /**
         * The free text.
         *
         * @param value the text; null or blank for none
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * Where the response was given.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder channel(String value) {
            this.channel = Require.notBlank("response '" + id + "' channel", value);
            return this;
        }

        /**
         * The product or feature the response is about.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder product(String value) {
            this.product = Require.notBlank("response '" + id + "' product", value);
            return this;
        }

        /**
         * A further attribute.
         *
         * @param key   non-blank
         * @param value not null
         * @return this builder
         */
        public Builder attribute(String key, String value) {
            Require.notBlank("response '" + id + "' attribute key", key);
            attributes.put(key, Require.notNull("response '" + id + "' attribute '" + key + "'", value));
            return this;
        }

        /**
         * The response.
         *
         * @return the validated response
         * @throws NullPointerException when {@link #at(Instant)} was not set
         */
        public Response build() {
            return new Response(id, customerId, surveyId, at, score, text, channel, product, attributes);
        }
    }
}
