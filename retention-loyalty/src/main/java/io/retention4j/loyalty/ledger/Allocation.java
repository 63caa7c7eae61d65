package io.retention4j.loyalty.ledger;

/**
 * How many points a debit took from one lot.
 *
 * @param lotId  the lot (the journal position of the entry that opened it)
 * @param points points taken, positive
 */
public record Allocation(long lotId, long points) {
    /**
     * Validates the fields.
     *
     * @param lotId  non-negative
     * @param points positive
     */
    public Allocation {
        if (lotId < 0 || points <= 0) {
            throw new IllegalArgumentException("allocation needs lotId >= 0 and points > 0, got lot " + lotId
                    + ", points " + points);
        }
    }

    @Override
    public String toString() {
        return points + "@lot" + lotId;
    }
}
