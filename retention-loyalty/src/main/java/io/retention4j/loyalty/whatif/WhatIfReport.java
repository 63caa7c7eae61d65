package io.retention4j.loyalty.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a candidate program would have done over a historical log.
 *
 * @param program     the program's name
 * @param from        the first purchase replayed
 * @param until       the instant the run ended (the log's last purchase, or the stated end)
 * @param customers   customers enrolled (at their first purchase)
 * @param purchases   purchases replayed
 * @param skipped     log rows not replayed: refunds (negative amounts), which the log does not link to an order
 * @param alreadyApplied purchases the store already held from an earlier run on it (replayed, nothing written);
 *                    0 for a run in a fresh store
 * @param issued      points credited by the program's rules: sum of EARN and PENDING lots
 * @param redeemed    points redeemed: minus the sum of REDEEM entries
 * @param expired     points expired: minus the sum of EXPIRE entries
 * @param reversed    points reversed by refunds (0 when refunds are skipped)
 * @param outstanding points outstanding at the end: available plus pending over all customers
 * @param pointValue  the money value of one point, in the program's currency
 * @param finalTiers  tier id to members at the end
 * @param monthly     tier mix and outstanding points at the start of each month
 */
public record WhatIfReport(String program, Instant from, Instant until, long customers, long purchases, long skipped,
                           long alreadyApplied, long issued, long redeemed, long expired, long reversed, long outstanding,
                           BigDecimal pointValue, Map<String, Long> finalTiers, List<TierMixRow> monthly) {
    /**
     * Copies the collections.
     *
     * @param program     name
     * @param from        first instant
     * @param until       last instant
     * @param customers   customers
     * @param purchases   purchases
     * @param skipped     rows skipped
     * @param alreadyApplied purchases already in the store
     * @param issued      points issued
     * @param redeemed    points redeemed
     * @param expired     points expired
     * @param reversed    points reversed
     * @param outstanding points outstanding
     * @param pointValue  value of a point
     * @param finalTiers  tier mix at the end
     * @param monthly     monthly rows
     */
    public WhatIfReport {
        finalTiers = Map.copyOf(finalTiers);
        monthly = List.copyOf(monthly);
    }

    /**
     * The money the program owes at the end.
     *
     * @return {@code outstanding * pointValue}, in the program's currency
     */
    public BigDecimal liability() {
        return pointValue.multiply(BigDecimal.valueOf(outstanding));
    }

    /**
     * The share of issued points that expired unredeemed.
     *
     * @return {@code expired / issued}, 0 when nothing was issued
     */
    public double breakage() {
        return issued == 0 ? 0 : (double) expired / issued;
    }

    /**
     * The share of issued points redeemed.
     *
     * @return {@code redeemed / issued}, 0 when nothing was issued
     */
    public double redemptionRate() {
        return issued == 0 ? 0 : (double) redeemed / issued;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("what-if ").append(program).append(", ").append(from).append(" .. ")
                .append(until).append('\n')
                .append(String.format(java.util.Locale.ROOT, "  %,d customers, %,d purchases%s%n", customers, purchases,
                        skipped > 0 ? ", " + skipped + " refund rows skipped" : ""))
                .append(alreadyApplied == 0 ? "" : String.format(java.util.Locale.ROOT,
                        "  %,d of them were already in the store from an earlier run: replayed, nothing written%s%n",
                        alreadyApplied, alreadyApplied == purchases ? "" : "; monthly rows start where this run began writing"))
                .append(String.format(java.util.Locale.ROOT,
                        "  points issued %,d, redeemed %,d, expired %,d, reversed %,d, outstanding %,d%n",
                        issued, redeemed, expired, reversed, outstanding))
                .append(String.format(java.util.Locale.ROOT, "  liability %s at %s per point; breakage %.1f%%, redeemed %.1f%%%n",
                        liability().setScale(2, RoundingMode.HALF_EVEN).toPlainString(), pointValue.toPlainString(),
                        100 * breakage(), 100 * redemptionRate()))
                .append("  tiers at the end ").append(finalTiers);
        for (TierMixRow row : monthly) {
            s.append("\n  ").append(row);
        }
        return s.toString();
    }
}
