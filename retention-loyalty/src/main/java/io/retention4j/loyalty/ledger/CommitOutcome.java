package io.retention4j.loyalty.ledger;

/** What {@link LedgerStore#commit} did. Anything but COMMITTED means nothing was written. */
public enum CommitOutcome {
    /** Everything was written. */
    COMMITTED,
    /** A journal had another size than expected: someone else wrote to the customer; reload and retry. */
    CUSTOMER_CHANGED,
    /** The receipt's key exists already: the command was applied before (compare fingerprints). */
    KEY_EXISTS,
    /** A reward's stock would be exceeded. */
    OUT_OF_STOCK
}
