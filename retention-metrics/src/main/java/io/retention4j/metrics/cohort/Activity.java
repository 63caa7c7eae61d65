package io.retention4j.metrics.cohort;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which records count as a customer's activity: purchases of a transaction log, events of chosen
 * types (or of any type) of an event log, or sign-ups from {@link Customer} records. Cohort tables
 * take one activity as the start event and one as the return event; lifecycle counts take one as the
 * activity that makes a customer active.
 *
 * <p>Activities of different sources are matched by customer id. Instances are immutable and
 * thread-safe (they hold the log they read, which is immutable too).
 */
public final class Activity {
    private enum Source { PURCHASES, EVENTS, SIGNUPS }

    private final Source source;
    private final Object log;            // TransactionLog, EventLog, or null for sign-ups
    private final List<String> types;    // event type names; empty = every type
    private final IdDictionary signupIds;
    private final long[] signupMillis;

    private Activity(Source source, Object log, List<String> types, IdDictionary signupIds, long[] signupMillis) {
        this.source = source;
        this.log = log;
        this.types = types;
        this.signupIds = signupIds;
        this.signupMillis = signupMillis;
    }

    /**
     * The purchases of a transaction log: every row with an amount {@code >= 0}. Refunds (negative
     * amounts) are not purchases and never count as activity.
     *
     * @param log the log
     * @return the activity
     */
    public static Activity purchases(TransactionLog log) {
        return new Activity(Source.PURCHASES, Objects.requireNonNull(log, "log must not be null"), List.of(),
                null, null);
    }

    /**
     * The events of the given types.
     *
     * @param log   the log
     * @param types at least one type; each must occur in the log (a type that never occurs is most
     *              likely misspelt)
     * @return the activity
     * @throws IllegalArgumentException when no type is given or a type does not occur in the log,
     *                                  naming it and the log's types
     */
    public static Activity events(EventLog log, EventType... types) {
        Objects.requireNonNull(log, "log must not be null");
        Objects.requireNonNull(types, "types must not be null");
        if (types.length == 0) {
            throw new IllegalArgumentException("events(log, types): give at least one event type, "
                    + "or use anyEvent(log) for every type");
        }
        List<String> names = new ArrayList<>();
        for (EventType type : types) {
            String name = Objects.requireNonNull(type, "event type must not be null").name();
            if (!log.types().contains(name)) {
                throw new IllegalArgumentException("event type '" + name + "' does not occur in the log; its types are "
                        + log.types().ids());
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return new Activity(Source.EVENTS, log, List.copyOf(names), null, null);
    }

    /**
     * Events of any type.
     *
     * @param log the log
     * @return the activity
     */
    public static Activity anyEvent(EventLog log) {
        return new Activity(Source.EVENTS, Objects.requireNonNull(log, "log must not be null"), List.of(), null, null);
    }

    /**
     * The sign-up instant of each customer record.
     *
     * @param customers the customers, each id at most once
     * @return the activity: one instant per customer
     * @throws IllegalArgumentException naming an id that appears twice
     */
    public static Activity signups(Collection<Customer> customers) {
        Objects.requireNonNull(customers, "customers must not be null");
        String[] ids = new String[customers.size()];
        long[] millis = new long[ids.length];
        int i = 0;
        for (Customer customer : customers) {
            Objects.requireNonNull(customer, "customer at position " + i + " must not be null");
            ids[i] = customer.id();
            millis[i] = customer.signup().toEpochMilli();
            i++;
        }
        IdDictionary dictionary;
        try {
            dictionary = IdDictionary.of(ids);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sign-ups: each customer must appear once: " + e.getMessage(), e);
        }
        return new Activity(Source.SIGNUPS, null, List.of(), dictionary, millis);
    }

    /**
     * Whether this activity is sign-ups from customer records, which by definition precede every
     * other activity of their customer.
     *
     * @return true for {@link #signups(Collection)}
     */
    public boolean isSignups() {
        return source == Source.SIGNUPS;
    }

    /**
     * What counts, in words: "purchases", "events sign_up, login", "events of any type", "sign-ups".
     *
     * @return the description
     */
    public String description() {
        switch (source) {
            case PURCHASES:
                return "purchases";
            case SIGNUPS:
                return "sign-ups";
            default:
                return types.isEmpty() ? "events of any type" : "events " + String.join(", ", types);
        }
    }

    /**
     * The instants of this activity per customer, in primitive columns (built on each call: one
     * pass over the source).
     *
     * @return the timeline, in the source's customer order (for sign-ups, the order of the records)
     */
    public ActivityTimeline timeline() {
        switch (source) {
            case PURCHASES:
                return ActivityTimeline.purchases((TransactionLog) log);
            case SIGNUPS:
                return ActivityTimeline.single(signupIds, signupMillis);
            default:
                EventLog events = (EventLog) log;
                if (types.isEmpty()) {
                    return ActivityTimeline.events(events, null);
                }
                boolean[] selected = new boolean[events.types().size()];
                for (String name : types) {
                    selected[events.types().indexOf(name)] = true;
                }
                return ActivityTimeline.events(events, selected);
        }
    }

    /**
     * Whether another activity has the same source (the same log instance, or equal sign-up
     * records) and the same selection.
     *
     * @param o another object
     * @return true when both select the same records
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Activity other && source == other.source && log == other.log && types.equals(other.types)
                && Objects.equals(signupIds, other.signupIds)
                && Arrays.equals(signupMillis, other.signupMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, System.identityHashCode(log), types, signupIds);
    }

    @Override
    public String toString() {
        return description() + " of " + (source == Source.SIGNUPS ? signupIds.size() + " customer records" : log);
    }
}
