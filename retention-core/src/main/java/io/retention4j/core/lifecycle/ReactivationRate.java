package io.retention4j.core.lifecycle;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The reactivation rate of one period (see {@link ReactivationRates} for the definitions).
 *
 * @param periodStart   the local start of the period in which the dormancy spells started
 * @param becameDormant dormancy spells that started in the period
 * @param cameBack      of those, spells ended by a purchase within the window
 * @param censored      of those, spells without such a purchase whose window had not ended when the
 *                      replay ended (their outcome is unknown)
 */
public record ReactivationRate(LocalDateTime periodStart, int becameDormant, int cameBack, int censored) {
    /**
     * Validates the counts.
     *
     * @param periodStart   the period start, not null
     * @param becameDormant {@code >= 0}
     * @param cameBack      {@code >= 0}
     * @param censored      {@code >= 0}, with {@code cameBack + censored <= becameDormant}
     */
    public ReactivationRate {
        if (periodStart == null) {
            throw new NullPointerException("periodStart must not be null");
        }
        if (cameBack < 0 || censored < 0 || (long) cameBack + censored > becameDormant) {
            throw new IllegalArgumentException("need 0 <= cameBack, 0 <= censored, cameBack + censored <= becameDormant,"
                    + " got " + cameBack + ", " + censored + ", " + becameDormant + " for the period from " + periodStart);
        }
    }

    /**
     * The spells whose outcome is known: {@code becameDormant - censored}.
     *
     * @return the count
     */
    public int resolved() {
        return becameDormant - censored;
    }

    /**
     * The reactivation rate: {@code cameBack / resolved()}.
     *
     * @return the rate in 0..1, or empty when no spell of the period is resolved
     */
    public OptionalDouble rate() {
        return resolved() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cameBack / resolved());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %,d became dormant, %,d came back, %,d censored, rate %s", periodStart,
                becameDormant, cameBack, censored, ReactivationRates.percent(rate()));
    }
}
