package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.MonotoneDays;
import io.retention4j.core.log.TransactionLog;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Customer lifecycle states and their changes over time, from a transaction log: a
 * {@link DormancyPolicy}, a zone whose calendar days the rules count, a new-customer window and a
 * reactivation window. The states and the order in which their rules apply are defined at
 * {@link LifecycleState}; purchases are transactions with a non-negative amount (refunds are
 * ignored), merged by calendar day (see {@link PurchaseHistory}).
 *
 * <p>{@link #states} classifies every customer as of an instant. {@link #replay} finds every change
 * of state over time <em>exactly</em>, event by event rather than at checkpoints: a customer's
 * state changes only at a purchase (at its instant) or when a day starts (a threshold is crossed, a
 * new-customer or reactivation window closes: at the first instant of that day in the zone), and
 * between two purchases the policy's monotone contract lets the replay compute the few days on
 * which something can change. So every transition has its true instant (a checkpoint replay would
 * date it to the next checkpoint and could miss a DORMANT -&gt; REACTIVATED -&gt; ACTIVE round trip
 * between two checkpoints), and the cost is proportional to purchases plus transitions, not to
 * customers times checkpoints. The replay agrees with {@link #states}: the state as of any instant
 * is the "to" of the customer's last transition at or before it.
 *
 * <p>Immutable and thread-safe. Large logs (at least 65,536 customers) are processed on the common
 * fork-join pool unless {@link Builder#parallel(boolean)} turns that off.
 */
public final class Lifecycle {
    private static final int PARALLEL_THRESHOLD = 1 << 16;
    private static final int CHUNK = 4096;

    private final DormancyPolicy policy;
    private final ZoneId zone;
    private final MonotoneDays days;
    private final int newCustomerDays;
    private final int reactivationDays;
    private final boolean parallel;

    private Lifecycle(Builder b) {
        this.policy = b.policy;
        this.zone = b.zone;
        this.days = MonotoneDays.of(b.zone);
        this.newCustomerDays = b.newCustomerDays;
        this.reactivationDays = b.reactivationDays;
        this.parallel = b.parallel;
    }

    /**
     * A lifecycle with a policy and the defaults: zone UTC, new for 30 days, reactivated for 30 days.
     *
     * @param policy the dormancy policy
     * @return the lifecycle
     */
    public static Lifecycle of(DormancyPolicy policy) {
        return builder().policy(policy).build();
    }

    /**
     * A builder; the defaults are {@link FixedInactivityPolicy#defaults()}, zone UTC, new for 30
     * days, reactivated for 30 days, parallel on large logs.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The dormancy policy.
     *
     * @return the policy
     */
    public DormancyPolicy policy() {
        return policy;
    }

    /**
     * The zone whose calendar days the rules count.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    MonotoneDays days() {
        return days;
    }

    /**
     * The new-customer window: a customer is NEW while as-of day minus first purchase day is below it.
     *
     * @return days, 0 when no customer is ever NEW
     */
    public int newCustomerDays() {
        return newCustomerDays;
    }

    /**
     * The reactivation window: a customer is REACTIVATED while as-of day minus the reactivation
     * purchase day is below it.
     *
     * @return days, 0 when no customer is ever REACTIVATED
     */
    public int reactivationDays() {
        return reactivationDays;
    }

    /**
     * Every customer's state as of an instant. Customers without a purchase at or before it are not
     * in the result; an empty log gives an empty result.
     *
     * @param log  the transactions
     * @param asOf the instant; later transactions are ignored
     * @return the states
     */
    public LifecycleStates states(TransactionLog log, Instant asOf) {
        Checks.notNull("log", log);
        long asOfMillis = Checks.notNull("asOf", asOf).toEpochMilli();
        int k = log.customerCount();
        byte[] state = new byte[k];
        int[] purchaseDays = new int[k];
        long[] sinceFirst = new long[k];
        long[] sinceLast = new long[k];
        chunks(k).forEach(chunk -> {
            CustomerScan scan = new CustomerScan(this);
            int to = Math.min(k, (chunk + 1) * CHUNK);
            for (int c = chunk * CHUNK; c < to; c++) {
                if (!scan.asOf(log, c, asOfMillis)) {
                    state[c] = CustomerScan.NONE;
                    continue;
                }
                PurchaseHistory h = scan.history;
                state[c] = (byte) scan.state;
                purchaseDays[c] = h.purchaseDays();
                sinceFirst[c] = scan.day - h.firstDay();
                sinceLast[c] = scan.day - h.lastDay();
            }
        });
        return new LifecycleStates(this, log, asOf, state, purchaseDays, sinceFirst, sinceLast);
    }

    /**
     * One customer's state as of an instant.
     *
     * @param log        the transactions
     * @param customerId the customer
     * @param asOf       the instant
     * @return the state with its reason, or empty when the customer has no purchase at or before
     *         {@code asOf} (or is not in the log)
     */
    public Optional<CustomerState> state(TransactionLog log, String customerId, Instant asOf) {
        Checks.notNull("log", log);
        Checks.notNull("asOf", asOf);
        int c = log.customers().indexOf(Checks.notNull("customerId", customerId));
        return c < 0 ? Optional.empty() : Optional.ofNullable(stateOf(log, c, asOf));
    }

    /** Customer c's state as of an instant, or null without a purchase by then. */
    CustomerState stateOf(TransactionLog log, int c, Instant asOf) {
        CustomerScan scan = new CustomerScan(this);
        if (!scan.asOf(log, c, asOf.toEpochMilli())) {
            return null;
        }
        PurchaseHistory h = scan.history;
        return new CustomerState(log.customerId(c), LifecycleState.of(scan.state), asOf, h.purchaseDays(),
                scan.day - h.firstDay(), scan.day - h.lastDay(), scan.reason(scan.state, scan.day));
    }

    /**
     * Every change of state up to an instant, from each customer's first purchase on (first
     * purchases included, with {@code from} null). See {@link #replay(TransactionLog, Instant, Instant)}.
     *
     * @param log   the transactions
     * @param until the last instant replayed (inclusive)
     * @return the transitions
     */
    public LifecycleTransitions replay(TransactionLog log, Instant until) {
        return replay(log, null, until);
    }

    /**
     * Every change of state with an instant in {@code (from, until]}. Each customer is replayed from
     * their first purchase (earlier history decides the state at {@code from}, for example whether a
     * purchase after {@code from} is a reactivation), and transitions before or at {@code from} are
     * left out. The result lists transitions customer by customer in log order, each customer's in
     * time order; reasons are computed when asked for.
     *
     * @param log   the transactions
     * @param from  the instant after which transitions are kept (exclusive), or null for all
     * @param until the last instant replayed (inclusive)
     * @return the transitions
     * @throws IllegalArgumentException when {@code from} is after {@code until}
     */
    public LifecycleTransitions replay(TransactionLog log, Instant from, Instant until) {
        Window w = window(log, from, until);
        int k = log.customerCount();
        int chunkCount = (k + CHUNK - 1) / CHUNK;
        TransitionBuffer[] parts = new TransitionBuffer[chunkCount];
        chunks(k).forEach(chunk -> {
            CustomerScan scan = new CustomerScan(this);
            TransitionBuffer buffer = new TransitionBuffer();
            int to = Math.min(k, (chunk + 1) * CHUNK);
            for (int c = chunk * CHUNK; c < to; c++) {
                scan.replay(log, c, w.fromMillis, w.fromDay, w.untilMillis, w.untilDay, buffer);
            }
            parts[chunk] = buffer;
        });
        return new LifecycleTransitions(this, log, from, until, TransitionBuffer.concat(parts));
    }

    /**
     * Replays as {@link #replay(TransactionLog, Instant, Instant)} but hands each transition, with
     * its reason, to a listener as it is found instead of keeping them: customer by customer in log
     * order, each customer's in time order, on the calling thread.
     *
     * @param log      the transactions
     * @param from     the instant after which transitions are delivered (exclusive), or null for all
     * @param until    the last instant replayed (inclusive)
     * @param listener the receiver
     * @throws IllegalArgumentException when {@code from} is after {@code until}
     */
    public void replay(TransactionLog log, Instant from, Instant until, TransitionListener listener) {
        Checks.notNull("listener", listener);
        Window w = window(log, from, until);
        CustomerScan scan = new CustomerScan(this);
        TransitionSink sink = (s, c, fromState, toState, millis, day) -> listener.onTransition(new StateTransition(
                log.customerId(c), fromState == CustomerScan.NONE ? null : LifecycleState.of(fromState),
                LifecycleState.of(toState), Instant.ofEpochMilli(millis), s.reason(toState, day)));
        for (int c = 0; c < log.customerCount(); c++) {
            scan.replay(log, c, w.fromMillis, w.fromDay, w.untilMillis, w.untilDay, sink);
        }
    }

    /** The replay window in milliseconds and days. */
    private record Window(long fromMillis, long fromDay, long untilMillis, long untilDay) {
    }

    private Window window(TransactionLog log, Instant from, Instant until) {
        Checks.notNull("log", log);
        Checks.notNull("until", until);
        if (from != null && from.isAfter(until)) {
            throw new IllegalArgumentException("from " + from + " is after until " + until);
        }
        long fromMillis = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long fromDay = from == null ? Long.MIN_VALUE : days.dayOf(fromMillis);
        long untilMillis = until.toEpochMilli();
        return new Window(fromMillis, fromDay, untilMillis, days.dayOf(untilMillis));
    }

    private IntStream chunks(int customers) {
        IntStream chunks = IntStream.range(0, (customers + CHUNK - 1) / CHUNK);
        return parallel && customers >= PARALLEL_THRESHOLD ? chunks.parallel() : chunks;
    }

    @Override
    public String toString() {
        return "Lifecycle[" + policy + "; new for " + newCustomerDays + " days, reactivated for " + reactivationDays
                + " days; days in " + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()) + "]";
    }

    /** Options for {@link Lifecycle}; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private DormancyPolicy policy = FixedInactivityPolicy.defaults();
        private ZoneId zone = ZoneOffset.UTC;
        private int newCustomerDays = 30;
        private int reactivationDays = 30;
        private boolean parallel = true;

        private Builder() {
        }

        /**
         * The dormancy policy (default {@link FixedInactivityPolicy#defaults()}).
         *
         * @param dormancyPolicy the policy
         * @return this builder
         */
        public Builder policy(DormancyPolicy dormancyPolicy) {
            this.policy = Checks.notNull("policy", dormancyPolicy);
            return this;
        }

        /**
         * The zone whose calendar days the rules count (default UTC).
         *
         * @param zoneId the zone
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = Checks.notNull("zone", zoneId);
            return this;
        }

        /**
         * The zone by id, for example "Europe/Berlin" or "+02:00".
         *
         * @param zoneId a zone id that {@link ZoneId#of(String)} knows
         * @return this builder
         * @throws IllegalArgumentException naming the id when it is not a known zone
         */
        public Builder zone(String zoneId) {
            Checks.notNull("zone", zoneId);
            try {
                this.zone = ZoneId.of(zoneId);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("unknown zone '" + zoneId + "': " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * The new-customer window (default 30): a customer is NEW while as-of day minus first
         * purchase day is below it.
         *
         * @param days {@code >= 0}; 0 means no customer is ever NEW
         * @return this builder
         */
        public Builder newCustomerDays(int days) {
            this.newCustomerDays = Checks.nonNegative("newCustomerDays", days);
            return this;
        }

        /**
         * The reactivation window (default 30): a customer is REACTIVATED while as-of day minus the
         * reactivation purchase day is below it.
         *
         * @param days {@code >= 0}; 0 means no customer is ever REACTIVATED
         * @return this builder
         */
        public Builder reactivationDays(int days) {
            this.reactivationDays = Checks.nonNegative("reactivationDays", days);
            return this;
        }

        /**
         * Whether large logs (at least 65,536 customers) are processed on the common fork-join pool,
         * one chunk of customers per task (default true).
         *
         * @param enabled true to allow parallel work
         * @return this builder
         */
        public Builder parallel(boolean enabled) {
            this.parallel = enabled;
            return this;
        }

        /**
         * Builds the lifecycle.
         *
         * @return the lifecycle
         */
        public Lifecycle build() {
            return new Lifecycle(this);
        }
    }
}
