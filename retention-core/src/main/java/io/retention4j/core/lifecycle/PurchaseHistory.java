package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.SortedLongs;
import io.retention4j.core.log.IdDictionary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * One customer's purchase days up to some instant, as a {@link DormancyPolicy} sees them: the
 * distinct calendar days (in the {@link Lifecycle}'s zone) with at least one purchase (a transaction
 * with a non-negative amount; refunds are not purchases), in increasing order, always at least one.
 *
 * <p>Days are numbered as local epoch days: days since 1970-01-01 on the zone's calendar
 * ({@link LocalDate#ofEpochDay(long)} turns one into a date). Day numbers never run backwards with
 * time: in the hour after a zone set its clocks back across midnight (St John's 2003..2010) an
 * instant keeps the later date it had already reached. The day of a purchase is the day of its
 * instant; several purchases on one day are one purchase day (the daily-period convention of
 * {@link io.retention4j.core.summary.RfmSummary}).
 *
 * <p>A view that the lifecycle reuses from customer to customer: read it during the policy call,
 * never keep it. Not thread-safe.
 */
public final class PurchaseHistory {
    private final ZoneId zone;
    private IdDictionary ids;
    private int customer;
    private long[] days = new long[16];
    private int stored;     // days held
    private int size;       // days visible (a prefix of the stored ones)
    private final SortedLongs gaps = new SortedLongs();   // the gaps of days[0 .. gaps.size()]

    PurchaseHistory(ZoneId zone) {
        this.zone = zone;
    }

    /** Starts a new customer with no purchase day. */
    void reset(IdDictionary dictionary, int customerIndex) {
        this.ids = dictionary;
        this.customer = customerIndex;
        stored = 0;
        size = 0;
        gaps.clear();
    }

    /** Appends a purchase day after the last one; the view shows every stored day afterwards. */
    void append(long day) {
        if (stored == days.length) {
            days = Arrays.copyOf(days, stored * 2);
        }
        days[stored++] = day;
        size = stored;
    }

    /** Shows only the first {@code n} stored days (1..stored); {@code view(stored())} shows all again. */
    void view(int n) {
        size = n;
    }

    int stored() {
        return stored;
    }

    long storedDay(int i) {
        return days[i];
    }

    /**
     * The customer id.
     *
     * @return the id
     */
    public String customerId() {
        return ids.id(customer);
    }

    /**
     * The zone whose calendar numbers the days.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The number of distinct purchase days: the BTYD frequency x plus one.
     *
     * @return the count, at least 1
     */
    public int purchaseDays() {
        return size;
    }

    /**
     * The i-th purchase day.
     *
     * @param i {@code 0 .. purchaseDays() - 1}
     * @return local epoch day
     */
    public long day(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("purchase day " + i + " outside 0.." + (size - 1)
                    + " for customer '" + customerId() + "'");
        }
        return days[i];
    }

    /**
     * The first purchase day.
     *
     * @return local epoch day
     */
    public long firstDay() {
        return days[0];
    }

    /**
     * The last purchase day.
     *
     * @return local epoch day
     */
    public long lastDay() {
        return days[size - 1];
    }

    /**
     * The median gap between consecutive purchase days, in days (the mean of the two middle gaps
     * for an even number of gaps), as {@link io.retention4j.core.profile.CustomerProfile#medianInterPurchaseGapDays()}
     * defines it. Every gap is at least 1.
     *
     * @return the median gap
     * @throws IllegalStateException with fewer than two purchase days (no gap)
     */
    public double medianGapDays() {
        if (size < 2) {
            throw new IllegalStateException("customer '" + customerId() + "' has " + size
                    + " purchase day: no gap between purchase days, so no median gap");
        }
        // bring the gaps held in line with the view: drop those beyond it, add those missing
        for (int i = gaps.size(); i > size - 1; i--) {
            gaps.remove(days[i] - days[i - 1]);
        }
        for (int i = gaps.size() + 1; i < size; i++) {
            gaps.add(days[i] - days[i - 1]);
        }
        return gaps.median();
    }

    @Override
    public String toString() {
        return "PurchaseHistory[" + customerId() + ": " + size + " purchase days, "
                + LocalDate.ofEpochDay(firstDay()) + " .. " + LocalDate.ofEpochDay(lastDay()) + " (" + zone + ")]";
    }
}
