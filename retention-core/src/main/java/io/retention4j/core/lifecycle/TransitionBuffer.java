package io.retention4j.core.lifecycle;

import java.util.Arrays;

/** Transitions in growable primitive columns: one per replay chunk, then joined in chunk order. */
final class TransitionBuffer implements TransitionSink {
    int size;
    int[] customers;
    byte[] from;
    byte[] to;
    long[] millis;

    TransitionBuffer() {
        this(64);
    }

    private TransitionBuffer(int capacity) {
        customers = new int[capacity];
        from = new byte[capacity];
        to = new byte[capacity];
        millis = new long[capacity];
    }

    @Override
    public void accept(CustomerScan scan, int customer, int fromState, int toState, long epochMillis, long day) {
        if (size == customers.length) {
            int capacity = size * 2;
            customers = Arrays.copyOf(customers, capacity);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            millis = Arrays.copyOf(millis, capacity);
        }
        customers[size] = customer;
        from[size] = (byte) fromState;
        to[size] = (byte) toState;
        millis[size] = epochMillis;
        size++;
    }

    /** The parts one after the other, in exactly sized arrays. */
    static TransitionBuffer concat(TransitionBuffer[] parts) {
        int total = 0;
        for (TransitionBuffer p : parts) {
            total = Math.addExact(total, p.size);
        }
        TransitionBuffer out = new TransitionBuffer(total);
        for (TransitionBuffer p : parts) {
            System.arraycopy(p.customers, 0, out.customers, out.size, p.size);
            System.arraycopy(p.from, 0, out.from, out.size, p.size);
            System.arraycopy(p.to, 0, out.to, out.size, p.size);
            System.arraycopy(p.millis, 0, out.millis, out.size, p.size);
            out.size += p.size;
        }
        return out;
    }
}
