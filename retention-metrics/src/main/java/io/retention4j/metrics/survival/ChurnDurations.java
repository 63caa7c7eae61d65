package io.retention4j.metrics.survival;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each customer's time to churn (or to censoring) under a {@link ChurnDefinition}, from a
 * transaction log: the bridge from customers to {@link KaplanMeier}, {@link TenureHazards} and
 * {@link ChurnOddsRanking}.
 *
 * <p>Two origins: {@link #fromFirstPurchase} measures tenure from each customer's first purchase
 * (customers without any purchase have no origin; they are listed in
 * {@link #customersWithoutPurchase()}, not silently left out); {@link #fromSignup} measures it from
 * the sign-up of every given customer (a customer who never buys churns {@code gap} after signing up).
 *
 * <p>Immutable and thread-safe.
 */
public final class ChurnDurations {
    private final ChurnDefinition definition;
    private final String[] ids;
    private final long[] originMillis;
    private final long[] exitMillis;
    private final boolean[] churned;
    private final List<String> withoutPurchase;

    private ChurnDurations(ChurnDefinition definition, String[] ids, long[] originMillis, long[] exitMillis,
                           boolean[] churned, List<String> withoutPurchase) {
        this.definition = definition;
        this.ids = ids;
        this.originMillis = originMillis;
        this.exitMillis = exitMillis;
        this.churned = churned;
        this.withoutPurchase = List.copyOf(withoutPurchase);
    }

    /**
     * Time to churn from each customer's first purchase.
     *
     * @param log        the transactions; every row at or before the observation end
     * @param definition the churn definition
     * @return one entry per customer with at least one purchase, in log order
     * @throws IllegalArgumentException naming the customer and time of a transaction after the observation end,
     *                                  or when no customer has a purchase
     */
    public static ChurnDurations fromFirstPurchase(TransactionLog log, ChurnDefinition definition) {
        Args.notNull("log", log);
        Args.notNull("definition", definition);
        int k = log.customerCount();
        List<String> ids = new ArrayList<>(k);
        long[] origin = new long[k];
        long[] exit = new long[k];
        boolean[] churned = new boolean[k];
        List<String> withoutPurchase = new ArrayList<>();
        long end = definition.observationEnd().toEpochMilli();
        for (int c = 0; c < k; c++) {
            requireObserved(log, c, end);
            int first = firstPurchaseRow(log, c);
            if (first < 0) {
                withoutPurchase.add(log.customerId(c));
                continue;
            }
            int i = ids.size();
            ids.add(log.customerId(c));
            origin[i] = log.epochMillis(first);
            churned[i] = follow(log, c, origin[i], definition, exit, i);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no customer has a purchase (amount >= 0) in the log ("
                    + k + " customers): nothing to measure tenure from");
        }
        int n = ids.size();
        return new ChurnDurations(definition, ids.toArray(new String[0]), java.util.Arrays.copyOf(origin, n),
                java.util.Arrays.copyOf(exit, n), java.util.Arrays.copyOf(churned, n), withoutPurchase);
    }

    /**
     * Time to churn from each given customer's sign-up.
     *
     * @param log        the transactions; every customer in it must be among {@code customers}, every row at or
     *                   before the observation end and not before the customer's sign-up (refunds included)
     * @param customers  the customers to measure, non-empty, distinct ids, signed up at or before the observation end
     * @param definition the churn definition
     * @return one entry per customer, in the order given
     * @throws IllegalArgumentException naming the customer (and time) of any violation
     */
    public static ChurnDurations fromSignup(TransactionLog log, Collection<Customer> customers,
                                            ChurnDefinition definition) {
        Args.notNull("log", log);
        Args.notNull("customers", customers);
        Args.notNull("definition", definition);
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("customers must not be empty");
        }
        long end = definition.observationEnd().toEpochMilli();
        Map<String, Integer> position = new HashMap<>();
        int n = customers.size();
        String[] ids = new String[n];
        long[] origin = new long[n];
        long[] exit = new long[n];
        boolean[] churned = new boolean[n];
        int i = 0;
        for (Customer customer : customers) {
            Args.notNull("customer", customer);
            if (position.put(customer.id(), i) != null) {
                throw new IllegalArgumentException("customer '" + customer.id() + "' is given twice");
            }
            if (customer.signup().isAfter(definition.observationEnd())) {
                throw new IllegalArgumentException("customer '" + customer.id() + "' signed up at "
                        + customer.signup() + ", after the observation end " + definition.observationEnd());
            }
            ids[i] = customer.id();
            origin[i] = customer.signup().toEpochMilli();
            i++;
        }
        int[] logIndex = new int[n];
        java.util.Arrays.fill(logIndex, -1);
        for (int c = 0; c < log.customerCount(); c++) {
            Integer p = position.get(log.customerId(c));
            if (p == null) {
                throw new IllegalArgumentException("customer '" + log.customerId(c)
                        + "' has transactions but is not among the given customers (no sign-up known)");
            }
            requireObserved(log, c, end);
            int first = log.firstRow(c);
            if (first < log.endRow(c) && log.epochMillis(first) < origin[p]) {
                throw new IllegalArgumentException("customer '" + log.customerId(c) + "' has a transaction at "
                        + Instant.ofEpochMilli(log.epochMillis(first)) + ", before the sign-up at "
                        + Instant.ofEpochMilli(origin[p]));
            }
            logIndex[p] = c;
        }
        for (int j = 0; j < n; j++) {
            churned[j] = logIndex[j] < 0 ? followWithoutPurchases(origin[j], definition, exit, j)
                    : follow(log, logIndex[j], origin[j], definition, exit, j);
        }
        return new ChurnDurations(definition, ids, origin, exit, churned, List.of());
    }

    private static void requireObserved(TransactionLog log, int c, long end) {
        int last = log.endRow(c) - 1;
        if (last >= log.firstRow(c) && log.epochMillis(last) > end) {
            throw new IllegalArgumentException("customer '" + log.customerId(c) + "' has a transaction at "
                    + Instant.ofEpochMilli(log.epochMillis(last)) + ", after the observation end "
                    + Instant.ofEpochMilli(end) + " (cut the log or move the observation end)");
        }
    }

    private static int firstPurchaseRow(TransactionLog log, int c) {
        for (int row = log.firstRow(c); row < log.endRow(c); row++) {
            if (log.amount(row) >= 0) {
                return row;
            }
        }
        return -1;
    }

    /** Walks customer c's purchases from the origin; stores the exit time and says whether they churned. */
    private static boolean follow(TransactionLog log, int c, long origin, ChurnDefinition definition, long[] exit,
                                  int slot) {
        long gap = definition.gapMillis();
        long last = origin;
        for (int row = log.firstRow(c); row < log.endRow(c); row++) {
            if (log.amount(row) < 0) {
                continue; // a refund is not activity
            }
            long t = log.epochMillis(row);
            if (t > last + gap) {
                exit[slot] = last + gap;
                return true;
            }
            last = Math.max(last, t);
        }
        return closeAtEnd(last, definition, exit, slot);
    }

    private static boolean followWithoutPurchases(long origin, ChurnDefinition definition, long[] exit, int slot) {
        return closeAtEnd(origin, definition, exit, slot);
    }

    private static boolean closeAtEnd(long lastActivity, ChurnDefinition definition, long[] exit, int slot) {
        long end = definition.observationEnd().toEpochMilli();
        long churnAt = lastActivity + definition.gapMillis();
        if (churnAt <= end) {
            exit[slot] = churnAt;
            return true;
        }
        exit[slot] = end;
        return false;
    }

    /**
     * The number of customers measured.
     *
     * @return the count, at least 1
     */
    public int size() {
        return ids.length;
    }

    /**
     * The id of a customer.
     *
     * @param i a position, {@code 0 <= i < size()}
     * @return the id
     */
    public String customerId(int i) {
        return ids[i];
    }

    /**
     * The tenure of a customer at exit, in the definition's unit: {@code (exit - origin) / unit length}.
     *
     * @param i a position
     * @return the duration to churn, or to the observation end when censored
     */
    public double duration(int i) {
        return (exitMillis[i] - originMillis[i]) / definition.unit().lengthMillis();
    }

    /**
     * Whether a customer churned before (or at) the observation end.
     *
     * @param i a position
     * @return true when churned, false when censored
     */
    public boolean churned(int i) {
        return churned[i];
    }

    /**
     * The origin of a customer: first purchase or sign-up.
     *
     * @param i a position
     * @return the instant
     */
    public Instant origin(int i) {
        return Instant.ofEpochMilli(originMillis[i]);
    }

    /**
     * The exit of a customer: the churn time, or the observation end when censored.
     *
     * @param i a position
     * @return the instant
     */
    public Instant exit(int i) {
        return Instant.ofEpochMilli(exitMillis[i]);
    }

    long exitMillis(int i) {
        return exitMillis[i];
    }

    /**
     * The number of churned customers.
     *
     * @return the count
     */
    public int churnedCount() {
        int sum = 0;
        for (boolean b : churned) {
            if (b) {
                sum++;
            }
        }
        return sum;
    }

    /**
     * The customers of the log that have no purchase (only refunds or no rows), which
     * {@link #fromFirstPurchase} cannot measure; empty for {@link #fromSignup}.
     *
     * @return their ids, in log order
     */
    public List<String> customersWithoutPurchase() {
        return withoutPurchase;
    }

    /**
     * The churn definition.
     *
     * @return the definition
     */
    public ChurnDefinition definition() {
        return definition;
    }

    /**
     * The durations and churn flags as survival data, in the definition's unit.
     *
     * @return the data (event 1 = churned)
     */
    public SurvivalData toSurvivalData() {
        double[] durations = new double[ids.length];
        int[] events = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            durations[i] = duration(i);
            events[i] = churned[i] ? 1 : 0;
        }
        return SurvivalData.of(durations, events).withUnit(definition.unit());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ChurnDurations[%,d customers, %,d churned, %,d censored%s; %s]",
                ids.length, churnedCount(), ids.length - churnedCount(), withoutPurchase.isEmpty() ? ""
                        : ", " + withoutPurchase.size() + " without purchase not measured", definition);
    }
}
