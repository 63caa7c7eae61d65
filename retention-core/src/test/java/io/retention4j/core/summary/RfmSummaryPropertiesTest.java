package io.retention4j.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestTimes;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.summary.ReferenceSummary.Tx;
import io.retention4j.core.summary.ReferenceSummary.Unit;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** {@link RfmSummary} on random logs against {@link ReferenceSummary}, and its documented invariants. */
class RfmSummaryPropertiesTest {
    private static final long DAY = TestTimes.MILLIS_PER_DAY;
    private static final List<Unit> UNITS = List.of(new Unit(TimeScale.DAYS, 1), new Unit(TimeScale.WEEKS, 7),
            new Unit(TimeScale.months(30), 30), new Unit(TimeScale.HOURS, 1 / 24.0),
            new Unit(TimeScale.CALENDAR_MONTHS, Double.NaN));

    /** How purchases are merged: the period under test and the reference's period start date. */
    record Periods(String name, CalendarPeriod period, UnaryOperator<LocalDate> start) {
        @Override
        public String toString() {
            return period.toString();
        }
    }

    /** A random log and the options to summarise it with. */
    record Scenario(ZoneId zone, Periods periods, Unit unit, List<Tx> txs, Instant end) {
    }

    private static Arbitrary<Periods> periods(ZoneId zone) {
        Arbitrary<Periods> days = Arbitraries.just(new Periods("days", CalendarPeriod.days(zone), d -> d));
        Arbitrary<Periods> weeks = Arbitraries.of(DayOfWeek.class).map(ws -> new Periods("weeks",
                CalendarPeriod.weeks(zone, ws), d -> d.with(TemporalAdjusters.previousOrSame(ws))));
        Arbitrary<Periods> months = Arbitraries.just(new Periods("months", CalendarPeriod.months(zone),
                d -> d.withDayOfMonth(1)));
        return Arbitraries.frequencyOf(Tuple.of(3, days), Tuple.of(2, weeks),
                Tuple.of(1, months));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        // offsets from a base instant (often near an offset transition): clustered within a few days
        // (same-period merges) or spread over 14 months
        Arbitrary<Scenario> anywhere = Arbitraries.of(TestTimes.AWKWARD_ZONES).flatMap(zone ->
                TestTimes.epochMillis(zone).flatMap(base -> scenario(zone, base,
                        Arbitraries.oneOf(Arbitraries.longs().between(-DAY, 3 * DAY),
                                Arbitraries.longs().between(-30 * DAY, 400 * DAY)),
                        Arbitraries.longs().between(-30 * DAY, 420 * DAY))));
        // within 90 minutes of St John's clocks going back from 00:01 to 23:01 of the previous day:
        // purchase periods out of time order (the unordered scan) and ends in the repeated hour
        ZoneId stJohns = ZoneId.of("America/St_Johns");
        long window = 90 * 60_000L;
        Arbitrary<Scenario> backwards = Arbitraries.of(TestTimes.backwardDateTransitions(stJohns)).flatMap(base ->
                scenario(stJohns, base, Arbitraries.longs().between(-window, window),
                        Arbitraries.longs().between(-window, window)));
        return Arbitraries.frequencyOf(Tuple.of(4, anywhere), Tuple.of(1, backwards));
    }

    private static Arbitrary<Scenario> scenario(ZoneId zone, long base, Arbitrary<Long> offset, Arbitrary<Long> endOffset) {
        Arbitrary<Double> amount = Arbitraries.oneOf(Arbitraries.doubles().between(-30, 200).ofScale(2),
                Arbitraries.just(0.0));
        Arbitrary<Tx> tx = Combinators.combine(Arbitraries.of("1", "2", "10", "a", "b", "c"), offset, amount)
                .as((c, o, a) -> new Tx(c, Instant.ofEpochMilli(base + o), a));
        Arbitrary<Instant> end = endOffset.map(o -> Instant.ofEpochMilli(base + o));
        return Combinators.combine(periods(zone), Arbitraries.of(UNITS), tx.list().ofMaxSize(60), end)
                .as((p, u, txs, e) -> new Scenario(zone, p, u, txs, e));
    }

    private static RfmSummary summarise(Scenario s, TransactionLog log) {
        return RfmSummary.builder().period(s.periods().period()).unit(s.unit().scale()).observationEnd(s.end())
                .build(log);
    }

    @Property(tries = 1000)
    void build_randomLogs_matchesReferenceSummary(@ForAll("scenarios") Scenario s) {
        RfmSummary summary = summarise(s, ReferenceSummary.log(s.txs()));
        ReferenceSummary.assertMatches(summary,
                ReferenceSummary.of(s.txs(), s.zone(), s.periods().start(), s.unit(), s.end()));
        assertThat(summary.unit()).isEqualTo(s.unit().scale());
        assertThat(summary.period()).contains(s.periods().period());
        assertThat(summary.observationEnd()).contains(s.end());
    }

    @Test
    void build_moreCustomersThanTheParallelThreshold_matchesReferenceSummary() {
        // 70,000 customers (> 65,536: chunks are summarised in parallel), 1..4 purchases each
        java.util.Random random = new java.util.Random(20_260_101);
        ZoneId newYork = ZoneId.of("America/New_York");
        long base = Instant.parse("2026-01-01T05:00:00Z").toEpochMilli();
        List<Tx> txs = new java.util.ArrayList<>();
        for (int c = 0; c < 70_000; c++) {
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                txs.add(new Tx("c" + c, Instant.ofEpochMilli(base + (long) (random.nextDouble() * 300 * DAY)),
                        random.nextInt(10_000) / 100.0 - 10));
            }
        }
        Instant end = Instant.ofEpochMilli(base + 250 * DAY);
        Unit weeks = new Unit(TimeScale.WEEKS, 7);
        RfmSummary summary = RfmSummary.builder().period(CalendarPeriod.days(newYork)).unit(weeks.scale())
                .observationEnd(end).build(ReferenceSummary.log(txs));
        ReferenceSummary.assertMatches(summary, ReferenceSummary.of(txs, newYork, d -> d, weeks, end));
        RfmSummary oneThread = RfmSummary.builder().period(CalendarPeriod.days(newYork)).unit(weeks.scale())
                .observationEnd(end).parallel(false).build(ReferenceSummary.log(txs));
        ReferenceSummary.assertMatches(oneThread, ReferenceSummary.of(txs, newYork, d -> d, weeks, end));
    }

    @Property(tries = 1000)
    void build_randomLogs_recencyWithinTAndFrequencyIsDistinctPurchaseDaysMinusOne(
            @ForAll("scenarios") Scenario s) {
        Scenario daily = new Scenario(s.zone(), new Periods("days", CalendarPeriod.days(s.zone()), d -> d), s.unit(),
                s.txs(), s.end());
        RfmSummary summary = summarise(daily, ReferenceSummary.log(s.txs()));
        for (int i = 0; i < summary.size(); i++) {
            String id = summary.customerId(i);
            assertThat(summary.recency(i)).as("recency of %s", id).isBetween(0.0, summary.T(i));
            Set<LocalDate> purchaseDays = new HashSet<>();
            for (Tx t : s.txs()) {
                if (t.customer().equals(id) && t.amount() >= 0 && !t.at().isAfter(s.end())) {
                    purchaseDays.add(t.at().atZone(s.zone()).toLocalDate());
                }
            }
            assertThat(summary.frequency(i)).as("frequency of %s", id).isEqualTo(purchaseDays.size() - 1);
            assertThat(summary.monetaryValue(i) == 0 || summary.frequency(i) > 0).isTrue();
        }
    }
}
