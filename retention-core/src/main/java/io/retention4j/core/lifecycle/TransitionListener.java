package io.retention4j.core.lifecycle;

/**
 * Receives state changes as a replay finds them ({@link Lifecycle#replay(io.retention4j.core.log.TransactionLog,
 * java.time.Instant, java.time.Instant, TransitionListener)}), for example a win-back campaign that
 * reacts to ACTIVE -&gt; DORMANT. Called on the replaying thread, customer by customer in log order and
 * in time order within a customer. An exception thrown by the listener stops the replay and reaches
 * the caller.
 */
@FunctionalInterface
public interface TransitionListener {
    /**
     * One change of state.
     *
     * @param transition the change, with its reason
     */
    void onTransition(StateTransition transition);
}
