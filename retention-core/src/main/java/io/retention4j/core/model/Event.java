package io.retention4j.core.model;

import io.retention4j.core.internal.Checks;
import java.time.Instant;
import java.util.Map;

/**
 * Something a customer did that is not a purchase: a visit, a login, use of a feature, a support
 * ticket opened or closed, a sign-up, or any caller-defined {@link EventType}.
 *
 * @param customerId the customer id, non-blank
 * @param at         when it happened, non-null
 * @param type       what happened, non-null
 * @param properties details (for example {@code feature=export} or {@code ticket_id=T-17}), never
 *                   null; copied into an unmodifiable map sorted by key
 */
public record Event(String customerId, Instant at, EventType type, Map<String, String> properties) {

    /** Property naming the feature of a {@link EventType#FEATURE_USE} event. */
    public static final String FEATURE = "feature";
    /** Property naming the ticket of a support ticket event; pairs an opened ticket with its closing. */
    public static final String TICKET_ID = "ticket_id";

    /**
     * Creates an event, validating every field.
     *
     * @param customerId the customer id, non-blank
     * @param at         when it happened, non-null
     * @param type       what happened, non-null
     * @param properties details, non-null; null or blank keys and null values are rejected
     */
    public Event {
        Checks.notBlank("Event.customerId", customerId);
        Checks.notNull("Event.at", at);
        Checks.notNull("Event.type", type);
        properties = Checks.stringMap("Event.properties", properties);
    }

    /**
     * An event without properties.
     *
     * @param customerId the customer id
     * @param at         when it happened
     * @param type       what happened
     * @return the event
     */
    public static Event of(String customerId, Instant at, EventType type) {
        return new Event(customerId, at, type, Map.of());
    }

    /**
     * A {@link EventType#FEATURE_USE} event for the named feature.
     *
     * @param customerId the customer id
     * @param at         when it happened
     * @param feature    the feature name, non-blank
     * @return the event
     */
    public static Event featureUse(String customerId, Instant at, String feature) {
        return new Event(customerId, at, EventType.FEATURE_USE,
                Map.of(FEATURE, Checks.notBlank("feature", feature)));
    }

    /**
     * A support ticket event ({@link EventType#SUPPORT_TICKET_OPENED} or
     * {@link EventType#SUPPORT_TICKET_CLOSED}) for the named ticket.
     *
     * @param customerId the customer id
     * @param at         when it happened
     * @param opened     true for opened, false for closed
     * @param ticketId   the ticket id, non-blank
     * @return the event
     */
    public static Event supportTicket(String customerId, Instant at, boolean opened, String ticketId) {
        return new Event(customerId, at,
                opened ? EventType.SUPPORT_TICKET_OPENED : EventType.SUPPORT_TICKET_CLOSED,
                Map.of(TICKET_ID, Checks.notBlank("ticketId", ticketId)));
    }
}
