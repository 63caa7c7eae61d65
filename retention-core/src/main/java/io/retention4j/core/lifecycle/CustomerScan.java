package io.retention4j.core.lifecycle;

import io.retention4j.core.internal.MonotoneDays;
import io.retention4j.core.log.TransactionLog;
import java.util.Arrays;

/**
 * The per-customer engine behind {@link Lifecycle}: the state as of an instant, and the exact replay
 * of one customer's states over time. One instance per thread, reused from customer to customer;
 * nothing is allocated per purchase or per day.
 */
final class CustomerScan {
    /** The state before the first purchase (and the "from" of a first-purchase transition). */
    static final int NONE = -1;
    private static final long NO_DAY = Long.MIN_VALUE;
    private static final int ACTIVE = LifecycleState.ACTIVE.ordinal();
    private static final int NEW = LifecycleState.NEW.ordinal();
    private static final int REACTIVATED = LifecycleState.REACTIVATED.ordinal();
    private static final DormancyLevel[] SEVERE = {DormancyLevel.AT_RISK, DormancyLevel.DORMANT, DormancyLevel.CHURNED};

    private final DormancyPolicy policy;
    private final MonotoneDays days;
    private final int newDays;
    private final int reactDays;
    private final boolean fixedZone;
    final PurchaseHistory history;

    /** levelDay[L], L = 1..3: in the current interval, the first day at level >= L (ordinal), or NEVER. */
    private final long[] levelDay = new long[4];
    private final long[] candidates = new long[5];
    private long[] startKeys;      // direct-mapped cache of MonotoneDays.startOf for zones with rules
    private long[] startValues;

    /** After {@link #asOf} or a replay: the state (or NONE), its day and the last reactivation day. */
    int state;
    long day;
    long reactivationDay;

    CustomerScan(Lifecycle lifecycle) {
        this.policy = lifecycle.policy();
        this.days = lifecycle.days();
        this.newDays = lifecycle.newCustomerDays();
        this.reactDays = lifecycle.reactivationDays();
        this.fixedZone = lifecycle.zone().getRules().isFixedOffset();
        this.history = new PurchaseHistory(lifecycle.zone());
    }

    /**
     * Loads customer c's purchases at or before {@code asOfMillis} and classifies them as of that
     * instant; false (and state NONE) when there is none.
     */
    boolean asOf(TransactionLog log, int c, long asOfMillis) {
        history.reset(log.customers(), c);
        reactivationDay = NO_DAY;
        state = NONE;
        int end = log.endRow(c);
        for (int row = log.firstRow(c); row < end; row++) {
            long t = log.epochMillis(row);
            if (t > asOfMillis) {
                break;
            }
            if (log.amount(row) < 0) {
                continue;
            }
            long d = days.dayOf(t);
            if (history.stored() == 0 || d != history.lastDay()) {
                history.append(d);
            }
        }
        int n = history.stored();
        if (n == 0) {
            return false;
        }
        day = days.dayOf(asOfMillis);
        DormancyLevel level = policy.level(history, day);
        if (level == DormancyLevel.ACTIVE && reactDays > 0) {
            int first = n;   // the first purchase day (not the very first) inside the reactivation window
            while (first > 1 && day - history.storedDay(first - 1) < reactDays) {
                first--;
            }
            for (int j = first; j < n; j++) {
                history.view(j);
                long dj = history.storedDay(j);
                if (policy.level(history, dj).atLeast(DormancyLevel.DORMANT)) {
                    reactivationDay = dj;
                }
            }
            history.view(n);
        }
        state = classify(level, day);
        return true;
    }

    /** The state on {@code d} given the level, the first purchase day and the last reactivation day. */
    private int classify(DormancyLevel level, long d) {
        if (level != DormancyLevel.ACTIVE) {
            return level.state().ordinal();
        }
        if (reactivationDay != NO_DAY && d - reactivationDay < reactDays) {
            return REACTIVATED;
        }
        return d - history.firstDay() < newDays ? NEW : ACTIVE;
    }

    /** The reason for {@code state} on {@code d}, from the history and reactivation day as they stand. */
    String reason(int stateOrdinal, long d) {
        if (stateOrdinal == REACTIVATED) {
            int n = history.stored();
            int j = n - 1;
            while (history.storedDay(j) != reactivationDay) {
                j--;
            }
            history.view(j);
            String before = policy.explain(history, reactivationDay);
            history.view(n);
            return "reactivated by the purchase on " + Days.date(reactivationDay) + ", " + (d - reactivationDay)
                    + " days ago (< reactivation window " + reactDays + " days), which ended: " + before + "; now: "
                    + policy.explain(history, d);
        }
        if (stateOrdinal == NEW) {
            long first = history.firstDay();
            return "first purchase on " + Days.date(first) + ", " + (d - first) + " days ago (< new-customer window "
                    + newDays + " days); " + policy.explain(history, d);
        }
        return policy.explain(history, d);
    }

    /**
     * Replays customer c's purchases at or before {@code untilMillis} and the days between them,
     * handing every change of state with an instant after {@code fromMillis} to the sink. Leaves the
     * state as of {@code untilMillis} in {@link #state}.
     */
    void replay(TransactionLog log, int c, long fromMillis, long fromDay, long untilMillis, long untilDay,
                TransitionSink sink) {
        history.reset(log.customers(), c);
        reactivationDay = NO_DAY;
        state = NONE;
        int end = log.endRow(c);
        int row = nextPurchase(log, log.firstRow(c), end, untilMillis);
        if (row < 0) {
            return;
        }
        long t = log.epochMillis(row);
        long d = days.dayOf(t);
        while (true) {
            // the next purchase on a later day: its day bounds the searches of this interval
            int next = nextPurchase(log, row + 1, end, untilMillis);
            long nextT = 0;
            long nextD = untilDay;
            while (next >= 0) {
                nextT = log.epochMillis(next);
                nextD = days.dayOf(nextT);
                if (nextD != d) {
                    break;
                }
                next = nextPurchase(log, next + 1, end, untilMillis);
            }
            if (next < 0) {
                nextD = untilDay;
            }
            boolean reactivation = false;
            if (history.stored() > 0) {
                ticks(c, d, t, fromDay, sink);
                reactivation = levelOn(d).atLeast(DormancyLevel.DORMANT);
            }
            history.append(d);
            if (reactivation) {
                reactivationDay = d;
            }
            levelDays(nextD);
            int s = classify(levelOn(d), d);
            if (s != state) {
                if (t > fromMillis) {
                    sink.accept(this, c, state, s, t, d);
                }
                state = s;
            }
            if (next < 0) {
                break;
            }
            row = next;
            t = nextT;
            d = nextD;
        }
        ticks(c, untilDay, Long.MAX_VALUE, fromDay, sink);
        day = untilDay;
    }

    /** The first purchase row (non-negative amount) in {@code from .. end - 1} at or before until, or -1. */
    private static int nextPurchase(TransactionLog log, int from, int end, long untilMillis) {
        for (int row = from; row < end; row++) {
            if (log.epochMillis(row) > untilMillis) {
                return -1;
            }
            if (log.amount(row) >= 0) {
                return row;
            }
        }
        return -1;
    }

    /** The first day of each severe level after the last purchase, searched up to {@code limitDay}. */
    private void levelDays(long limitDay) {
        boolean reached = true;
        for (DormancyLevel level : SEVERE) {
            // a level not reached by the limit leaves every more severe level unreached too
            long first = reached ? policy.firstDayAtLevel(history, level, limitDay) : DormancyPolicy.NEVER;
            reached = first != DormancyPolicy.NEVER;
            levelDay[level.ordinal()] = first;
        }
    }

    /** The level on day d of the current interval. */
    private DormancyLevel levelOn(long d) {
        for (int l = 3; l > 0; l--) {
            if (levelDay[l] <= d) {
                return DormancyLevel.of(l);
            }
        }
        return DormancyLevel.ACTIVE;
    }

    /**
     * The changes of state by the passing of days in (last purchase day, limitDay], at the starts of
     * those days, stopping before {@code beforeMillis} (the next purchase: a day start at the very
     * instant of the purchase is merged into the purchase's own transition).
     */
    private void ticks(int c, long limitDay, long beforeMillis, long fromDay, TransitionSink sink) {
        long last = history.lastDay();
        int n = 0;
        for (int l = 1; l <= 3; l++) {
            n = candidate(n, levelDay[l], last, limitDay);
        }
        if (newDays > 0) {
            n = candidate(n, history.firstDay() + newDays, last, limitDay);
        }
        if (reactivationDay != NO_DAY && reactDays > 0) {
            n = candidate(n, reactivationDay + reactDays, last, limitDay);
        }
        Arrays.sort(candidates, 0, n);
        for (int i = 0; i < n; i++) {
            long d = candidates[i];
            long at = startOf(d);
            if (at >= beforeMillis) {
                return;
            }
            // where a date was skipped (Apia, 2011-12-30) day d starts with the next day
            long effective = fixedZone ? d : days.dayOf(at);
            int s = classify(levelOn(effective), effective);
            if (s == state) {
                continue;
            }
            if (d > fromDay) {
                sink.accept(this, c, state, s, at, effective);
            }
            state = s;
        }
    }

    private int candidate(int n, long d, long after, long limitDay) {
        if (d > after && d <= limitDay) {
            candidates[n] = d;
            return n + 1;
        }
        return n;
    }

    private long startOf(long d) {
        if (fixedZone) {
            return days.startOf(d);
        }
        if (startKeys == null) {
            startKeys = new long[1024];
            startValues = new long[1024];
            Arrays.fill(startKeys, NO_DAY);
        }
        int k = (int) (d & 1023);
        if (startKeys[k] != d) {
            startValues[k] = days.startOf(d);
            startKeys[k] = d;
        }
        return startValues[k];
    }
}
