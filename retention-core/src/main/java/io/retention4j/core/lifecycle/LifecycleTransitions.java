package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The changes of state a {@link Lifecycle#replay} found, in columns: customer by customer in log
 * order, each customer's in time order. Reasons are computed when asked for (from the log, as the
 * reason of the customer's state as of the transition's instant), so a replay of millions of
 * transitions stores primitives only.
 *
 * <p>Immutable and thread-safe.
 */
public final class LifecycleTransitions implements Iterable<StateTransition> {
    private final Lifecycle lifecycle;
    private final TransactionLog log;
    private final Instant after;
    private final Instant until;
    private final int size;
    private final int[] customers;
    private final byte[] from;
    private final byte[] to;
    private final long[] millis;

    LifecycleTransitions(Lifecycle lifecycle, TransactionLog log, Instant after, Instant until, TransitionBuffer b) {
        this.lifecycle = lifecycle;
        this.log = log;
        this.after = after;
        this.until = until;
        this.size = b.size;
        this.customers = b.customers;
        this.from = b.from;
        this.to = b.to;
        this.millis = b.millis;
    }

    /**
     * The lifecycle that replayed the log.
     *
     * @return the lifecycle
     */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * The log that was replayed.
     *
     * @return the log
     */
    public TransactionLog log() {
        return log;
    }

    /**
     * The instant after which transitions were kept (exclusive).
     *
     * @return the instant, or empty when every transition from the first purchase on was kept
     */
    public Optional<Instant> replayedAfter() {
        return Optional.ofNullable(after);
    }

    /**
     * The last instant replayed (inclusive).
     *
     * @return the instant
     */
    public Instant replayedUntil() {
        return until;
    }

    /**
     * The number of transitions.
     *
     * @return the count, 0 for an empty log
     */
    public int size() {
        return size;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("transition " + i + " outside 0.." + (size - 1));
        }
        return i;
    }

    /**
     * The customer index (in {@link #log()}) of transition i.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the customer index
     */
    public int customerIndex(int i) {
        return customers[check(i)];
    }

    /**
     * The customer of transition i.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the customer id
     */
    public String customerId(int i) {
        return log.customerId(customers[check(i)]);
    }

    /**
     * The state before transition i.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the state, or null when transition i is the customer's first purchase
     */
    public LifecycleState fromState(int i) {
        byte f = from[check(i)];
        return f < 0 ? null : LifecycleState.of(f);
    }

    /**
     * The state after transition i.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the state
     */
    public LifecycleState toState(int i) {
        return LifecycleState.of(to[check(i)]);
    }

    /**
     * The instant of transition i.
     *
     * @param i {@code 0 .. size() - 1}
     * @return epoch milliseconds
     */
    public long epochMillis(int i) {
        return millis[check(i)];
    }

    /**
     * The instant of transition i.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the instant
     */
    public Instant at(int i) {
        return Instant.ofEpochMilli(millis[check(i)]);
    }

    /**
     * The reason of transition i: the reason of the customer's state as of its instant, recomputed
     * from the customer's purchases.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the rule and the numbers
     * @throws IllegalStateException when the state recomputed as of the instant is not the
     *                               transition's "to", which happens only with a policy that breaks
     *                               the monotone contract of {@link DormancyPolicy}
     */
    public String reason(int i) {
        check(i);
        CustomerScan scan = new CustomerScan(lifecycle);
        scan.asOf(log, customers[i], millis[i]);
        if (scan.state != to[i]) {
            throw new IllegalStateException("customer '" + customerId(i) + "' is "
                    + (scan.state < 0 ? "without purchase" : LifecycleState.of(scan.state)) + " as of " + at(i)
                    + " but the replay moved them to " + toState(i) + ": the policy " + lifecycle.policy()
                    + " breaks the DormancyPolicy contract (its level improved without a purchase)");
        }
        return scan.reason(scan.state, scan.day);
    }

    /**
     * Transition i as a record, with its reason.
     *
     * @param i {@code 0 .. size() - 1}
     * @return the transition
     */
    public StateTransition get(int i) {
        return new StateTransition(customerId(i), fromState(i), toState(i), at(i), reason(i));
    }

    /**
     * The transitions as an unmodifiable list whose elements (with reasons) are made when read.
     *
     * @return the list view
     */
    public List<StateTransition> list() {
        return new AbstractList<>() {
            @Override
            public StateTransition get(int index) {
                return LifecycleTransitions.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * The transitions as records, with reasons.
     *
     * @return a stream in stored order (materialized lazily)
     */
    public Stream<StateTransition> stream() {
        return IntStream.range(0, size).mapToObj(this::get);
    }

    @Override
    public Iterator<StateTransition> iterator() {
        return stream().iterator();
    }

    /**
     * Hands every transition, with its reason, to a listener, in stored order.
     *
     * @param listener the receiver
     */
    public void deliver(TransitionListener listener) {
        Checks.notNull("listener", listener);
        for (int i = 0; i < size; i++) {
            listener.onTransition(get(i));
        }
    }

    /**
     * The number of transitions from one state to another.
     *
     * @param fromState the state before, or null for first purchases
     * @param toState   the state after
     * @return the count
     */
    public int count(LifecycleState fromState, LifecycleState toState) {
        int f = fromState == null ? -1 : fromState.ordinal();
        int t = Checks.notNull("toState", toState).ordinal();
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (from[i] == f && to[i] == t) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts per from -&gt; to pair.
     *
     * @return the summary
     */
    public TransitionSummary summary() {
        return new TransitionSummary(from, to, size, after, until);
    }

    /**
     * The reactivation rate per period: of the customers who became dormant in a period, the share
     * who came back within {@code withinDays}; see {@link ReactivationRates} for the definitions.
     *
     * @param period     the periods that group the dormancy starts (for example calendar months in a zone)
     * @param withinDays the window in calendar days of the lifecycle's zone, {@code >= 0}
     * @return the rates
     */
    public ReactivationRates reactivationRates(CalendarPeriod period, int withinDays) {
        Checks.notNull("period", period);
        Checks.nonNegative("withinDays", withinDays);
        return ReactivationRates.of(this, customers, from, to, millis, size, period, withinDays);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LifecycleTransitions[")
                .append(String.format(Locale.ROOT, "%,d", size)).append(" transitions ")
                .append(after == null ? "up to " : "after " + after + " up to ").append(until).append("; ")
                .append(lifecycle).append("]\n");
        int shown = Math.min(size, 10);
        for (int i = 0; i < shown; i++) {
            sb.append(get(i)).append('\n');
        }
        if (shown < size) {
            sb.append("... ").append(size - shown).append(" more\n");
        }
        return sb.toString();
    }
}
