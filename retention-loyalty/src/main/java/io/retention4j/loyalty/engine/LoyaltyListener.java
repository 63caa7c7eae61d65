package io.retention4j.loyalty.engine;

/**
 * Receives every action after the command or advance that produced it was committed, on the calling
 * thread, in order per customer. Listeners must be fast and must not call back into the engine for
 * the same customer from another thread while blocking the caller. An exception thrown by a listener
 * reaches the caller; the command stays committed.
 */
@FunctionalInterface
public interface LoyaltyListener {
    /**
     * One action.
     *
     * @param action the action
     */
    void onAction(Action action);
}
