package io.retention4j.metrics.lifecycle;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One interval of a lifecycle table: the customers in each status, and their counts.
 *
 * @param label                 the interval's label ("2024-03", "2024-03-04", ...)
 * @param start                 the local start of the interval (for fixed buckets, UTC)
 * @param complete              whether the interval ended by the observation end
 * @param newCustomers          ids of the new customers, in log order
 * @param returningCustomers    ids of the returning customers, in log order
 * @param resurrectingCustomers ids of the resurrecting customers, in log order
 * @param dormantCustomers      ids of the customers gone dormant, in log order
 */
public record LifecycleInterval(String label, LocalDateTime start, boolean complete, List<String> newCustomers,
                                List<String> returningCustomers, List<String> resurrectingCustomers,
                                List<String> dormantCustomers) {

    /**
     * Creates an interval, copying the id lists.
     *
     * @param label                 the label, non-null
     * @param start                 the local start, non-null
     * @param complete              whether the interval ended by the observation end
     * @param newCustomers          ids of new customers, non-null
     * @param returningCustomers    ids of returning customers, non-null
     * @param resurrectingCustomers ids of resurrecting customers, non-null
     * @param dormantCustomers      ids of dormant customers, non-null
     */
    public LifecycleInterval {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(start, "start must not be null");
        newCustomers = List.copyOf(newCustomers);
        returningCustomers = List.copyOf(returningCustomers);
        resurrectingCustomers = List.copyOf(resurrectingCustomers);
        dormantCustomers = List.copyOf(dormantCustomers);
    }

    /**
     * The customers in a status.
     *
     * @param status the status
     * @return their ids
     */
    public List<String> customers(LifecycleStatus status) {
        switch (Objects.requireNonNull(status, "status must not be null")) {
            case NEW:
                return newCustomers;
            case RETURNING:
                return returningCustomers;
            case RESURRECTING:
                return resurrectingCustomers;
            default:
                return dormantCustomers;
        }
    }

    /**
     * The signed count of a status: the number of customers, negative for {@link LifecycleStatus#DORMANT}.
     *
     * @param status the status
     * @return the count; {@code <= 0} for dormant, {@code >= 0} otherwise
     */
    public int count(LifecycleStatus status) {
        int n = customers(status).size();
        return status == LifecycleStatus.DORMANT ? -n : n;
    }

    /**
     * The number of active customers: new + returning + resurrecting.
     *
     * @return the count
     */
    public int active() {
        return newCustomers.size() + returningCustomers.size() + resurrectingCustomers.size();
    }

    @Override
    public String toString() {
        return label + (complete ? "" : " (incomplete)") + ": new " + newCustomers.size() + ", returning "
                + returningCustomers.size() + ", resurrecting " + resurrectingCustomers.size() + ", dormant "
                + -dormantCustomers.size();
    }
}
