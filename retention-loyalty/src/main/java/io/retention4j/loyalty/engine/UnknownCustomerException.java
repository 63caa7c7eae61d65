package io.retention4j.loyalty.engine;

/** A command for a customer who is not enrolled. */
public final class UnknownCustomerException extends LoyaltyException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    UnknownCustomerException(String key, String customerId) {
        super("command '" + key + "': customer '" + customerId + "' is not enrolled (enrol them first"
                + ", or build the engine with enrolOnFirstPurchase())");
    }
}
