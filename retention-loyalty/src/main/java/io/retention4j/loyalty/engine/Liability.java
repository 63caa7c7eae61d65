package io.retention4j.loyalty.engine;

/**
 * Points outstanding over all customers the engine has loaded, as of their last housekeeping (call
 * {@link LoyaltyEngine#advanceTo} first for a common instant).
 *
 * @param customers customers counted
 * @param available sum of available points (remaining in released lots minus debt)
 * @param pending   sum of pending points
 * @param debt      sum of refund debt
 */
public record Liability(long customers, long available, long pending, long debt) {
    /**
     * The points the program owes: what customers can spend now or after their returns window.
     *
     * @return {@code available + pending}
     */
    public long outstanding() {
        return available + pending;
    }

    @Override
    public String toString() {
        return "liability over " + customers + " customers: " + outstanding() + " points (" + available + " available, "
                + pending + " pending" + (debt > 0 ? ", debt " + debt : "") + ")";
    }
}
