package io.retention4j.loyalty.engine;

/** A debit larger than the customer's available points. */
public final class InsufficientPointsException extends LoyaltyException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The available points at the time. */
    private final long available;
    /** The points the command needed. */
    private final long requested;

    InsufficientPointsException(String key, String customerId, long requested, long available) {
        super("command '" + key + "': customer '" + customerId + "' has " + available + " available points, "
                + requested + " requested");
        this.available = available;
        this.requested = requested;
    }

    /** @return the available points at the time */
    public long available() {
        return available;
    }

    /** @return the points the command needed */
    public long requested() {
        return requested;
    }
}
