package io.retention4j.metrics.cohort;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;

/**
 * Cohort retention tables: who started in each period, and how many of them came back in each
 * later period.
 *
 * <pre>{@code
 * CohortTable t = Cohorts.of(log).period(ChronoUnit.MONTHS).zone(zone).retention();
 * CohortTable signups = Cohorts.of(Activity.signups(customers), Activity.purchases(log))
 *         .period(ChronoUnit.WEEKS).weekStart(DayOfWeek.SUNDAY).rolling(ChronoUnit.WEEKS).retention();
 * }</pre>
 *
 * <p>See {@link CohortTable} for the definition of every cell and {@link CohortBuilder} for the
 * options and their defaults.
 */
public final class Cohorts {
    private Cohorts() {
    }

    /**
     * Cohorts of first purchases, returns by purchases (refunds are neither).
     *
     * @param log the transactions
     * @return a builder
     */
    public static CohortBuilder of(TransactionLog log) {
        Activity purchases = Activity.purchases(log);
        return new CohortBuilder(purchases, purchases);
    }

    /**
     * Cohorts of first events of any type, returns by events of any type; choose types with
     * {@link CohortBuilder#start(Activity)} and {@link CohortBuilder#returns(Activity)}.
     *
     * @param log the events
     * @return a builder
     */
    public static CohortBuilder of(EventLog log) {
        Activity any = Activity.anyEvent(log);
        return new CohortBuilder(any, any);
    }

    /**
     * Cohorts of one activity, returns by another (for example sign-ups and purchases, matched by
     * customer id).
     *
     * @param start   what puts customers into cohorts
     * @param returns what counts as a return
     * @return a builder
     */
    public static CohortBuilder of(Activity start, Activity returns) {
        return new CohortBuilder(start, returns);
    }
}
