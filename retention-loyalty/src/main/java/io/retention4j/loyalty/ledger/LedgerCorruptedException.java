package io.retention4j.loyalty.ledger;

/**
 * Stored ledger data that cannot be what this library wrote: a journal with a gap, an allocation
 * naming a lot that does not exist or is overdrawn, a row that does not decode. The store refuses to
 * hand such a journal to the engine, which would otherwise compute balances from it; the message
 * names the customer, the entry's seq and what is wrong.
 */
public class LedgerCorruptedException extends LedgerStoreException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The customer whose data is corrupt. */
    private final String customerId;
    /** The seq of the first bad entry, or -1 when the problem is not one entry. */
    private final long seq;

    /**
     * An exception about one customer's stored journal.
     *
     * @param customerId the customer
     * @param seq        the seq of the first bad entry, or -1 when the problem is not one entry
     * @param problem    what is wrong
     * @param cause      the error behind it, or null
     */
    public LedgerCorruptedException(String customerId, long seq, String problem, Throwable cause) {
        super("ledger data of customer '" + customerId + "' is corrupt" + (seq >= 0 ? " at seq " + seq : "") + ": "
                + problem, cause);
        this.customerId = customerId;
        this.seq = seq;
    }

    /** @return the customer whose data is corrupt */
    public String customerId() {
        return customerId;
    }

    /** @return the seq of the first bad entry, or -1 when the problem is not one entry */
    public long seq() {
        return seq;
    }
}
