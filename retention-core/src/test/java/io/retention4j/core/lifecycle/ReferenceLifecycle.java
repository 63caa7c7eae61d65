package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.ReferenceDays;
import io.retention4j.core.internal.TestTimes;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A slow, obviously correct lifecycle written from the javadoc definitions, to compare the fast one
 * with: states are recomputed from scratch at every instant asked, policies are naive (sorted lists,
 * the model asked on every day), and transitions are found by evaluating the state at every instant
 * where it could change (every purchase and the first instant of every day) and keeping the changes.
 */
final class ReferenceLifecycle {
    private static final long DAY = TestTimes.MILLIS_PER_DAY;
    private static final long HOUR = 3_600_000L;
    private static final int AT_RISK = 1;
    private static final int DORMANT = 2;
    private static final int CHURNED = 3;

    /** A transaction. */
    record Tx(String customer, Instant at, double amount) {
        @Override
        public String toString() {
            return customer + "@" + at + ":" + amount;
        }
    }

    /** A transition: from is -1 at the first purchase; states are ordinals of {@link LifecycleState}. */
    record Transition(String customer, int from, int to, long millis) {
        @Override
        public String toString() {
            return customer + " " + (from < 0 ? "-" : LifecycleState.values()[from]) + " -> "
                    + LifecycleState.values()[to] + " at " + Instant.ofEpochMilli(millis);
        }
    }

    /** A naive policy: the level (0..3) from the ascending purchase days and a day. */
    interface Naive {
        int level(List<Long> days, long day);
    }

    static Naive fixed(int atRisk, int dormant, int churned) {
        return (days, day) -> {
            long s = day - days.get(days.size() - 1);
            return s >= churned ? CHURNED : s >= dormant ? DORMANT : s >= atRisk ? AT_RISK : 0;
        };
    }

    static Naive cadence(double atRisk, double dormant, double churned, int minPurchaseDays, Naive fallback) {
        return (days, day) -> {
            if (days.size() < minPurchaseDays) {
                return fallback.level(days, day);
            }
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < days.size(); i++) {
                gaps.add(days.get(i) - days.get(i - 1));
            }
            Collections.sort(gaps);
            int m = gaps.size();
            double median = m % 2 == 1 ? gaps.get(m / 2) : (gaps.get(m / 2 - 1) + gaps.get(m / 2)) / 2.0;
            long s = day - days.get(days.size() - 1);
            return s > churned * median ? CHURNED : s > dormant * median ? DORMANT : s > atRisk * median ? AT_RISK : 0;
        };
    }

    /** Model-based: P(alive) below thresholds (alive = true) or P(no purchase in horizon) above them. */
    static Naive model(AliveProbability model, boolean alive, double horizon, double atRisk, double dormant,
                       double churned) {
        return (days, day) -> {
            int x = days.size() - 1;
            long first = days.get(0);
            double tx = x == 0 ? 0 : distance(first, days.get(x), model.unit());
            double T = distance(first, day, model.unit());
            if (alive) {
                double p = model.probabilityAlive(x, tx, T);
                return p < churned ? CHURNED : p < dormant ? DORMANT : p < atRisk ? AT_RISK : 0;
            }
            double q = model.probabilityNoPurchase(horizon, x, tx, T);
            return q > churned ? CHURNED : q > dormant ? DORMANT : q > atRisk ? AT_RISK : 0;
        };
    }

    /** Days between two local epoch days in a unit: days, weeks (days / 7) or calendar months. */
    static double distance(long fromDay, long toDay, TimeScale unit) {
        if (unit.equals(TimeScale.DAYS)) {
            return toDay - fromDay;
        }
        if (unit.equals(TimeScale.WEEKS)) {
            return (toDay - fromDay) / 7.0;
        }
        if (unit.isCalendarMonths()) {
            return TestTimes.calendarMonthsBetween(LocalDate.ofEpochDay(fromDay).atStartOfDay(),
                    LocalDate.ofEpochDay(toDay).atStartOfDay());
        }
        throw new IllegalArgumentException("no reference distance for " + unit);
    }

    private final ZoneId zone;
    private final Naive policy;
    private final int newDays;
    private final int reactDays;
    private final Map<Long, Long> starts = new HashMap<>();

    ReferenceLifecycle(ZoneId zone, Naive policy, int newDays, int reactDays) {
        this.zone = zone;
        this.policy = policy;
        this.newDays = newDays;
        this.reactDays = reactDays;
    }

    static TransactionLog log(List<Tx> txs) {
        TransactionLog.Builder b = TransactionLog.builder();
        txs.forEach(t -> b.add(t.customer(), t.at(), t.amount()));
        return b.build();
    }

    /** The day of an instant: the latest local date reached at or before it. */
    long day(long millis) {
        return ReferenceDays.day(zone, millis);
    }

    /** The first instant whose day is at least d: java.time's start of day if it checks out, else bisection. */
    long startOf(long d) {
        return starts.computeIfAbsent(d, key -> {
            long guess = LocalDate.ofEpochDay(d).atStartOfDay(zone).toInstant().toEpochMilli();
            if (day(guess) >= d && day(guess - 1) < d) {
                return guess;
            }
            long lo = d * DAY - 40 * HOUR;   // day(lo) < d
            long hi = d * DAY + 40 * HOUR;   // day(hi) >= d
            while (hi - lo > 1) {
                long mid = lo + (hi - lo) / 2;
                if (day(mid) >= d) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        });
    }

    /** The ascending distinct purchase days of a customer at or before an instant. */
    List<Long> purchaseDays(List<Tx> txs, String customer, long millis) {
        TreeSet<Long> days = new TreeSet<>();
        for (Tx t : txs) {
            if (t.customer().equals(customer) && t.amount() >= 0 && t.at().toEpochMilli() <= millis) {
                days.add(day(t.at().toEpochMilli()));
            }
        }
        return new ArrayList<>(days);
    }

    /** The state ordinal of a customer as of an instant, or -1 without a purchase by then. */
    int state(List<Tx> txs, String customer, long millis) {
        List<Long> days = purchaseDays(txs, customer, millis);
        if (days.isEmpty()) {
            return -1;
        }
        long d = day(millis);
        int level = policy.level(days, d);
        if (level > 0) {
            return DormancyLevel.values()[level].state().ordinal();
        }
        for (int i = 1; i < days.size(); i++) {
            if (d - days.get(i) < reactDays && policy.level(days.subList(0, i), days.get(i)) >= DORMANT) {
                return LifecycleState.REACTIVATED.ordinal();
            }
        }
        return d - days.get(0) < newDays ? LifecycleState.NEW.ordinal() : LifecycleState.ACTIVE.ordinal();
    }

    /** Every customer's transitions with an instant in (after, until], by customer id, in time order. */
    Map<String, List<Transition>> transitions(List<Tx> txs, long after, long until) {
        Map<String, List<Transition>> out = new TreeMap<>();
        Map<String, List<Tx>> byCustomer = new TreeMap<>();
        txs.forEach(t -> byCustomer.computeIfAbsent(t.customer(), c -> new ArrayList<>()).add(t));
        for (Map.Entry<String, List<Tx>> e : byCustomer.entrySet()) {
            String customer = e.getKey();
            List<Tx> own = e.getValue();
            TreeSet<Long> instants = new TreeSet<>();
            long firstDay = Long.MAX_VALUE;
            for (Tx t : own) {
                long m = t.at().toEpochMilli();
                if (t.amount() >= 0 && m <= until) {
                    instants.add(m);
                    firstDay = Math.min(firstDay, day(m));
                }
            }
            if (instants.isEmpty()) {
                continue;
            }
            for (long d = firstDay + 1; d <= day(until); d++) {
                instants.add(startOf(d));
            }
            List<Transition> list = new ArrayList<>();
            int previous = -1;
            for (long m : instants) {
                int s = state(own, customer, m);
                if (s != previous) {
                    if (m > after) {
                        list.add(new Transition(customer, previous, s, m));
                    }
                    previous = s;
                }
            }
            if (!list.isEmpty()) {
                out.put(customer, list);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ReferenceLifecycle[" + zone + ", new " + newDays + ", reactivated " + reactDays + "]";
    }
}
