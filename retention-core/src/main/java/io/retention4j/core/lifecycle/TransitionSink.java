package io.retention4j.core.lifecycle;

/** Where a replay hands its changes of state: a buffer of columns, or a listener. */
interface TransitionSink {
    /**
     * One change of state.
     *
     * @param scan        the engine, positioned at the change (its history and reactivation day are
     *                    those of the instant, for reasons)
     * @param customer    the customer index in the log
     * @param from        the state before, or {@link CustomerScan#NONE} at the first purchase
     * @param to          the state from the instant on
     * @param epochMillis the instant
     * @param day         the day of the instant
     */
    void accept(CustomerScan scan, int customer, int from, int to, long epochMillis, long day);
}
