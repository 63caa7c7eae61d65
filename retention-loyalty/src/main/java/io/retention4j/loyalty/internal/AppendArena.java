package io.retention4j.loyalty.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * An append-only array of objects in fixed-size chunks, shared by all customers of a store.
 * Writers reserve consecutive slots and fill them, so the references a commit stores land next to
 * those of the previous commit: the garbage collector then finds a few dirty cards per hundred
 * appends instead of one per customer touched (the per-customer indexes are primitive arrays, which
 * it never scans).
 *
 * <p>Each thread reserves slots from a block of its own, taken from the shared counter
 * {@value #BLOCK} slots at a time, so two threads appending at once do not fight over one counter
 * (a block's unused tail stays empty: slots are only read through indexes that were filled).
 *
 * <p>Thread-safe for concurrent appends. A slot's content is visible to a reader that learned the
 * slot's index through a happens-before edge with the writer (the store publishes indexes under the
 * customer's monitor).
 *
 * @param <T> the element type
 */
public final class AppendArena<T> {
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private static final int BLOCK = 256;

    private final AtomicInteger next = new AtomicInteger();
    /** The calling thread's block: {next free slot, end of block}. */
    private final ThreadLocal<int[]> block = ThreadLocal.withInitial(() -> new int[2]);
    private final String whenFull;
    private volatile Object[][] chunks = new Object[16][];

    /**
     * An empty arena.
     *
     * @param whenFull the message of the exception thrown when the arena would exceed 2^31 slots
     */
    public AppendArena(String whenFull) {
        this.whenFull = whenFull;
    }

    /**
     * Reserves {@code n} consecutive slots.
     *
     * @param n the number of slots
     * @return the first slot's index
     * @throws IllegalStateException when the arena would exceed {@code Integer.MAX_VALUE} slots
     */
    public int reserve(int n) {
        int[] own = block.get();
        if (own[1] - own[0] >= n) {
            int first = own[0];
            own[0] += n;
            return first;
        }
        int size = Math.max(BLOCK, n);
        int first = next.getAndAdd(size);
        if (first < 0 || first + size < 0) {
            next.getAndAdd(-size);
            throw new IllegalStateException(whenFull);
        }
        ensureChunks((first + size - 1) >>> CHUNK_BITS);
        own[0] = first + n;
        own[1] = first + size;
        return first;
    }

    /**
     * Stores an element in a reserved slot.
     *
     * @param index the slot
     * @param value the element
     */
    public void set(int index, T value) {
        chunks[index >>> CHUNK_BITS][index & MASK] = value;
    }

    /**
     * The element in a filled slot.
     *
     * @param index the slot
     * @return its element
     */
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) chunks[index >>> CHUNK_BITS][index & MASK];
    }

    /**
     * The number of slots handed out in blocks so far (filled or not).
     *
     * @return the count
     */
    public int reserved() {
        return next.get();
    }

    private void ensureChunks(int last) {
        Object[][] current = chunks;
        if (last < current.length && current[last] != null) {
            return;
        }
        synchronized (this) {
            current = chunks;
            if (last >= current.length) {
                current = java.util.Arrays.copyOf(current, Math.max(current.length * 2, last + 1));
            }
            for (int c = 0; c <= last; c++) {
                if (current[c] == null) {
                    current[c] = new Object[CHUNK];
                }
            }
            chunks = current;
        }
    }
}
