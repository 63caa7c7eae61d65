package io.retention4j.loyalty.whatif;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tier mix and outstanding points at the start of one month of a what-if run.
 *
 * @param month       the first day of the month (program zone); the snapshot is taken at its first instant
 * @param tiers       tier id to members holding it, in ladder order
 * @param outstanding points outstanding then (available plus pending)
 */
public record TierMixRow(LocalDate month, Map<String, Long> tiers, long outstanding) {
    /**
     * Copies the map, keeping its order.
     *
     * @param month       month start
     * @param tiers       tier counts
     * @param outstanding outstanding points
     */
    public TierMixRow {
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    }

    @Override
    public String toString() {
        return month + " " + tiers + ", outstanding " + outstanding;
    }
}
