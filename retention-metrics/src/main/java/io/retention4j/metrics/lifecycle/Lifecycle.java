package io.retention4j.metrics.lifecycle;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.metrics.cohort.Activity;

/**
 * Lifecycle counts: per interval, how many customers were new, returning, resurrecting and gone
 * dormant, with the customers behind each number.
 *
 * <pre>{@code
 * LifecycleTable t = Lifecycle.of(log).period(ChronoUnit.WEEKS).zone(zone).table();
 * }</pre>
 *
 * <p>See {@link LifecycleStatus} for the statuses and {@link LifecycleBuilder} for the options.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    /**
     * Activity = purchases (refunds are not activity).
     *
     * @param log the transactions
     * @return a builder
     */
    public static LifecycleBuilder of(TransactionLog log) {
        return new LifecycleBuilder(Activity.purchases(log));
    }

    /**
     * Activity = events of any type.
     *
     * @param log the events
     * @return a builder
     */
    public static LifecycleBuilder of(EventLog log) {
        return new LifecycleBuilder(Activity.anyEvent(log));
    }

    /**
     * Activity as chosen, for example {@code Activity.events(log, EventType.LOGIN)}.
     *
     * @param activity what makes a customer active
     * @return a builder
     */
    public static LifecycleBuilder of(Activity activity) {
        return new LifecycleBuilder(activity);
    }
}
