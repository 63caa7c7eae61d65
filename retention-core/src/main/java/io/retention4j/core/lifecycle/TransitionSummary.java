package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.Checks;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts of state changes per from -&gt; to pair, first purchases ("(first purchase)" -&gt; NEW, or
 * -&gt; ACTIVE without a new-customer window) included. Immutable and thread-safe.
 */
public final class TransitionSummary {
    private static final LifecycleState[] STATES = LifecycleState.values();

    private final long[][] counts = new long[STATES.length + 1][STATES.length];   // [from + 1][to]
    private final long total;
    private final Instant after;
    private final Instant until;

    TransitionSummary(byte[] from, byte[] to, int size, Instant after, Instant until) {
        for (int i = 0; i < size; i++) {
            counts[from[i] + 1][to[i]]++;
        }
        this.total = size;
        this.after = after;
        this.until = until;
    }

    /**
     * The number of transitions from one state to another.
     *
     * @param from the state before, or null for first purchases
     * @param to   the state after
     * @return the count
     */
    public long count(LifecycleState from, LifecycleState to) {
        return counts[from == null ? 0 : from.ordinal() + 1][Checks.notNull("to", to).ordinal()];
    }

    /**
     * The number of transitions into a state (first purchases included).
     *
     * @param to the state after
     * @return the count
     */
    public long into(LifecycleState to) {
        int t = Checks.notNull("to", to).ordinal();
        long n = 0;
        for (long[] row : counts) {
            n += row[t];
        }
        return n;
    }

    /**
     * The number of transitions out of a state.
     *
     * @param from the state before, or null for first purchases
     * @return the count
     */
    public long outOf(LifecycleState from) {
        long n = 0;
        for (long c : counts[from == null ? 0 : from.ordinal() + 1]) {
            n += c;
        }
        return n;
    }

    /**
     * The number of transitions.
     *
     * @return the count
     */
    public long total() {
        return total;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TransitionSummary[").append(String.format(Locale.ROOT, "%,d", total))
                .append(" transitions ").append(after == null ? "up to " : "after " + after + " up to ").append(until)
                .append("]\n");
        for (int f = 0; f < counts.length; f++) {
            String from = f == 0 ? "(first purchase)" : STATES[f - 1].toString();
            for (int t = 0; t < STATES.length; t++) {
                if (counts[f][t] > 0) {
                    sb.append(String.format(Locale.ROOT, "%16s -> %-11s %,12d%n", from, STATES[t], counts[f][t]));
                }
            }
        }
        return sb.toString();
    }
}
