package io.retention4j.core.model;

import io.retention4j.core.internal.Checks;

/**
 * The type of a customer {@link Event}: an open set of names with well-known constants.
 *
 * <p>Names are compared exactly (case-sensitive). The constants use lower-case snake case; callers
 * may define their own types with {@link #of(String)}.
 *
 * @param name the type name, non-blank
 */
public record EventType(String name) {

    /** A visit to a site, store or app screen. */
    public static final EventType VISIT = new EventType("visit");
    /** A login. */
    public static final EventType LOGIN = new EventType("login");
    /** Use of a product feature; the feature is named by the {@link Event#FEATURE} property. */
    public static final EventType FEATURE_USE = new EventType("feature_use");
    /** A support ticket opened; the ticket is named by the {@link Event#TICKET_ID} property. */
    public static final EventType SUPPORT_TICKET_OPENED = new EventType("support_ticket_opened");
    /** A support ticket closed; the ticket is named by the {@link Event#TICKET_ID} property. */
    public static final EventType SUPPORT_TICKET_CLOSED = new EventType("support_ticket_closed");
    /** A sign-up. */
    public static final EventType SIGN_UP = new EventType("sign_up");

    /**
     * Creates an event type.
     *
     * @param name the type name, non-blank
     */
    public EventType {
        Checks.notBlank("EventType.name", name);
    }

    /**
     * The event type with this name.
     *
     * @param name the type name, non-blank
     * @return the type
     */
    public static EventType of(String name) {
        return new EventType(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
