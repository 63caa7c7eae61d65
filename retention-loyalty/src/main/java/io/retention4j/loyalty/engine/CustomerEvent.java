package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Require;
import java.time.Instant;

/**
 * A non-purchase event (sign-up, review, survey answered, app login) that may earn points and counts
 * for tiers and challenges.
 *
 * @param eventId    the event id (the idempotency key)
 * @param customerId the customer
 * @param type       the event type, matched against EVENT earn rules
 * @param occurredAt when it happened, or null for the engine's now
 */
public record CustomerEvent(String eventId, String customerId, String type, Instant occurredAt) {
    /**
     * Validates the fields.
     *
     * @param eventId    non-blank
     * @param customerId non-blank
     * @param type       non-blank
     * @param occurredAt instant or null
     */
    public CustomerEvent {
        Require.notBlank("event.eventId", eventId);
        Require.notBlank("event", eventId, "customerId", customerId);
        Require.notBlank("event", eventId, "type", type);
    }

    /**
     * An event now.
     *
     * @param eventId    the id
     * @param customerId the customer
     * @param type       the type
     * @return the event
     */
    public static CustomerEvent of(String eventId, String customerId, String type) {
        return new CustomerEvent(eventId, customerId, type, null);
    }

    String fingerprint() {
        return "event|" + customerId + "|" + type + "|" + occurredAt;
    }
}
