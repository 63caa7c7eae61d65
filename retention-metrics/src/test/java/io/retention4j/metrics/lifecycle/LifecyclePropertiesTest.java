package io.retention4j.metrics.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Lifecycle tables against a naive set-based reference: per interval, the set of active customers
 * from java.time dates, and the statuses as set differences and intersections of this interval's
 * and the previous interval's active sets.
 */
class LifecyclePropertiesTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 3, 20);
    private static final Instant BASE = FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toInstant();

    /** An activity: customer 0..7, day -10..30 from the first day, minute of the day. */
    record Act(int customer, int day, int minute) {
        Instant at() {
            return BASE.plus(day, ChronoUnit.DAYS).plus(minute, ChronoUnit.MINUTES);
        }
    }

    enum Scheme { DAYS_UTC, DAYS_BERLIN, WEEKS_BERLIN_SUNDAY, MONTHS_UTC }

    @Provide
    Arbitrary<Act> act() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(-10, 30),
                Arbitraries.integers().between(0, 1439)).as(Act::new);
    }

    @Property(tries = 300)
    void table_matchesSetBasedReference(@ForAll @Size(min = 1, max = 50) List<@From("act") Act> acts,
                                        @ForAll Scheme scheme, @ForAll boolean bySignup,
                                        @ForAll @IntRange(min = 0, max = 4000) int signupLeadMinutes,
                                        @ForAll @IntRange(min = 6, max = 700) int untilHours) {
        TransactionLog.Builder b = TransactionLog.builder();
        Map<String, Instant> firstActivity = new HashMap<>();
        for (Act a : acts) {
            b.add("c" + a.customer(), a.at(), 1);
            firstActivity.merge("c" + a.customer(), a.at(), (x, y) -> x.isBefore(y) ? x : y);
        }
        TransactionLog log = b.build();
        Instant until = BASE.plus(untilHours, ChronoUnit.HOURS);
        ZoneId zone = scheme == Scheme.DAYS_BERLIN || scheme == Scheme.WEEKS_BERLIN_SUNDAY
                ? ZoneId.of("Europe/Berlin") : ZoneId.of("UTC");

        LifecycleBuilder builder = Lifecycle.of(log).zone(zone).from(FIRST_DAY).until(until);
        switch (scheme) {
            case WEEKS_BERLIN_SUNDAY:
                builder.period(ChronoUnit.WEEKS).weekStart(DayOfWeek.SUNDAY);
                break;
            case MONTHS_UTC:
                builder.period(ChronoUnit.MONTHS);
                break;
            default:
                builder.period(ChronoUnit.DAYS);
        }
        Map<String, Instant> created = new HashMap<>(firstActivity);
        if (bySignup) {
            List<Customer> customers = new ArrayList<>();
            firstActivity.forEach((id, first) -> {
                Instant signup = first.minus(signupLeadMinutes, ChronoUnit.MINUTES);
                customers.add(Customer.of(id, signup));
                created.put(id, signup);
            });
            builder.signups(customers);
        }
        LifecycleTable table = builder.table();

        // the reference
        Map<Long, Set<String>> active = new HashMap<>();
        for (Act a : acts) {
            if (a.at().isBefore(until)) {
                active.computeIfAbsent(index(scheme, zone, a.at()), k -> new HashSet<>()).add("c" + a.customer());
            }
        }
        long first = index(scheme, zone, FIRST_DAY.atStartOfDay(zone).toInstant());
        long last = index(scheme, zone, until.minusMillis(1));
        assertThat(table.intervalCount()).isEqualTo((int) (last - first + 1));
        for (long p = first; p <= last; p++) {
            Set<String> now = active.getOrDefault(p, Set.of());
            Set<String> before = active.getOrDefault(p - 1, Set.of());
            Set<String> fresh = new TreeSet<>();
            for (String id : now) {
                if (index(scheme, zone, created.get(id)) == p) {
                    fresh.add(id);
                }
            }
            Set<String> returning = new TreeSet<>(now);
            returning.retainAll(before);
            returning.removeAll(fresh);
            Set<String> resurrecting = new TreeSet<>(now);
            resurrecting.removeAll(before);
            resurrecting.removeAll(fresh);
            Set<String> dormant = new TreeSet<>(before);
            dormant.removeAll(now);
            int i = (int) (p - first);
            assertThat(new TreeSet<>(table.customers(i, LifecycleStatus.NEW))).as("new %d", i).isEqualTo(fresh);
            assertThat(new TreeSet<>(table.customers(i, LifecycleStatus.RETURNING))).as("returning %d", i)
                    .isEqualTo(returning);
            assertThat(new TreeSet<>(table.customers(i, LifecycleStatus.RESURRECTING))).as("resurrecting %d", i)
                    .isEqualTo(resurrecting);
            assertThat(new TreeSet<>(table.customers(i, LifecycleStatus.DORMANT))).as("dormant %d", i)
                    .isEqualTo(dormant);
            assertThat(table.count(i, LifecycleStatus.DORMANT)).isEqualTo(-dormant.size());
        }
    }

    private static long index(Scheme scheme, ZoneId zone, Instant t) {
        LocalDate date = t.atZone(zone).toLocalDate();
        switch (scheme) {
            case WEEKS_BERLIN_SUNDAY:
                return Math.floorDiv(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).toEpochDay(), 7);
            case MONTHS_UTC:
                return date.getYear() * 12L + date.getMonthValue() - 1;
            default:
                return date.toEpochDay();
        }
    }
}
