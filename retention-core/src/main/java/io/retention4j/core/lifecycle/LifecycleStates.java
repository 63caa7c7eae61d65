package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.TransactionLog;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every customer's lifecycle state as of one instant ({@link Lifecycle#states}): customers with at
 * least one purchase by then, in log order, held in columns. Reasons are computed when asked for
 * ({@link #reason(int)}, {@link #get(int)}), from the log.
 *
 * <p>Immutable and thread-safe.
 */
public final class LifecycleStates implements Iterable<CustomerState> {
    private final Lifecycle lifecycle;
    private final TransactionLog log;
    private final Instant asOf;
    private final int[] customers;     // row -> customer index in the log; null = identity
    private final byte[] states;
    private final int[] purchaseDays;
    private final long[] sinceFirst;
    private final long[] sinceLast;
    private final int[] counts = new int[LifecycleState.values().length];

    LifecycleStates(Lifecycle lifecycle, TransactionLog log, Instant asOf, byte[] state, int[] purchaseDays,
                    long[] sinceFirst, long[] sinceLast) {
        this.lifecycle = lifecycle;
        this.log = log;
        this.asOf = asOf;
        int n = 0;
        for (byte s : state) {
            if (s >= 0) {
                n++;
                counts[s]++;
            }
        }
        if (n == state.length) {   // every customer has a purchase: the columns are the rows
            this.customers = null;
            this.states = state;
            this.purchaseDays = purchaseDays;
            this.sinceFirst = sinceFirst;
            this.sinceLast = sinceLast;
            return;
        }
        this.customers = new int[n];
        this.states = new byte[n];
        this.purchaseDays = new int[n];
        this.sinceFirst = new long[n];
        this.sinceLast = new long[n];
        int row = 0;
        for (int c = 0; c < state.length; c++) {
            if (state[c] >= 0) {
                customers[row] = c;
                states[row] = state[c];
                this.purchaseDays[row] = purchaseDays[c];
                this.sinceFirst[row] = sinceFirst[c];
                this.sinceLast[row] = sinceLast[c];
                row++;
            }
        }
    }

    private int customer(int row) {
        return customers == null ? row : customers[row];
    }

    /**
     * The lifecycle that computed the states.
     *
     * @return the lifecycle
     */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * The instant the states describe.
     *
     * @return the as-of instant
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The number of customers: those with a purchase at or before {@link #asOf()}.
     *
     * @return the count, 0 for an empty log
     */
    public int size() {
        return states.length;
    }

    /**
     * The id of the customer in row i.
     *
     * @param i a row, {@code 0 .. size() - 1}
     * @return the customer id
     */
    public String customerId(int i) {
        return log.customerId(customer(i));
    }

    /**
     * The row of a customer.
     *
     * @param customerId a customer id
     * @return the row, or -1 when the customer has no purchase by the as-of instant or is not in the log
     */
    public int indexOf(String customerId) {
        int c = log.customers().indexOf(Checks.notNull("customerId", customerId));
        if (c < 0) {
            return -1;
        }
        if (customers == null) {
            return c;
        }
        int row = Arrays.binarySearch(customers, c);
        return row < 0 ? -1 : row;
    }

    /**
     * The state in row i.
     *
     * @param i a row
     * @return the state
     */
    public LifecycleState state(int i) {
        return LifecycleState.of(states[i]);
    }

    /**
     * Distinct purchase days of row i by the as-of instant.
     *
     * @param i a row
     * @return the count, at least 1
     */
    public int purchaseDays(int i) {
        return purchaseDays[i];
    }

    /**
     * Calendar days from the first purchase day of row i to the as-of day.
     *
     * @param i a row
     * @return the days
     */
    public long daysSinceFirstPurchase(int i) {
        return sinceFirst[i];
    }

    /**
     * Calendar days from the last purchase day of row i to the as-of day.
     *
     * @param i a row
     * @return the days, 0 when the customer bought on the as-of day
     */
    public long daysSinceLastPurchase(int i) {
        return sinceLast[i];
    }

    /**
     * The reason for the state in row i (computed from the log on each call).
     *
     * @param i a row
     * @return the rule and the numbers
     */
    public String reason(int i) {
        return get(i).reason();
    }

    /**
     * Row i as a record, with its reason.
     *
     * @param i a row, {@code 0 .. size() - 1}
     * @return the customer's state
     */
    public CustomerState get(int i) {
        if (i < 0 || i >= states.length) {
            throw new IndexOutOfBoundsException("row " + i + " outside 0.." + (states.length - 1));
        }
        return lifecycle.stateOf(log, customer(i), asOf);
    }

    /**
     * A customer's state.
     *
     * @param customerId a customer id
     * @return the state, or empty when the customer has no purchase by the as-of instant or is not
     *         in the log
     */
    public Optional<CustomerState> find(String customerId) {
        int row = indexOf(customerId);
        return row < 0 ? Optional.empty() : Optional.of(get(row));
    }

    /**
     * The number of customers in a state.
     *
     * @param state a state
     * @return the count
     */
    public int count(LifecycleState state) {
        return counts[Checks.notNull("state", state).ordinal()];
    }

    /**
     * The number of customers in each state.
     *
     * @return an unmodifiable map with every state (zero counts included), in declaration order
     */
    public Map<LifecycleState, Integer> counts() {
        EnumMap<LifecycleState, Integer> map = new EnumMap<>(LifecycleState.class);
        for (LifecycleState s : LifecycleState.values()) {
            map.put(s, counts[s.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The ids of the customers in a state, in log order.
     *
     * @param state a state
     * @return an unmodifiable list
     */
    public List<String> customerIds(LifecycleState state) {
        return rowsIn(state).mapToObj(this::customerId).toList();
    }

    /**
     * The customers in a state with their reasons, in log order (for example the dormant ones, for
     * a win-back campaign).
     *
     * @param state a state
     * @return an unmodifiable list
     */
    public List<CustomerState> inState(LifecycleState state) {
        return rowsIn(state).mapToObj(this::get).toList();
    }

    private IntStream rowsIn(LifecycleState state) {
        int wanted = Checks.notNull("state", state).ordinal();
        return IntStream.range(0, states.length).filter(i -> states[i] == wanted);
    }

    /**
     * All rows as records, with reasons.
     *
     * @return a stream in row order (materialized lazily)
     */
    public Stream<CustomerState> stream() {
        return IntStream.range(0, states.length).mapToObj(this::get);
    }

    @Override
    public Iterator<CustomerState> iterator() {
        return stream().iterator();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LifecycleStates[").append(String.format(Locale.ROOT, "%,d", size()))
                .append(" customers as of ").append(asOf).append(": ");
        for (LifecycleState s : LifecycleState.values()) {
            sb.append(s).append(' ').append(String.format(Locale.ROOT, "%,d", counts[s.ordinal()]))
                    .append(s.ordinal() < counts.length - 1 ? ", " : "");
        }
        sb.append("; ").append(lifecycle).append("]\n");
        int shown = Math.min(size(), 10);
        for (int i = 0; i < shown; i++) {
            CustomerState c = get(i);
            sb.append(String.format(Locale.ROOT, "%12s %-11s %s%n", abbreviate(c.customerId()), c.state(), c.reason()));
        }
        if (shown < size()) {
            sb.append("... ").append(size() - shown).append(" more\n");
        }
        return sb.toString();
    }

    static String abbreviate(String id) {
        return id.length() <= 12 ? id : id.substring(0, 11) + "~";
    }
}
