package io.retention4j.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.internal.TestTimes;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A slow, obviously correct RFM summary over java.time, written from the definitions in the
 * {@link RfmSummary} javadoc: purchases (amount &gt;= 0, at or before the end) grouped by the local
 * date of their period start, frequency = periods - 1, recency and T as local calendar distances
 * between period start dates, monetary = mean value of the periods after the first.
 */
final class ReferenceSummary {
    /** Floating-point rounding of sums and quotients, nothing more. */
    static final double ROUNDING = 1e-9;

    /** A transaction. */
    record Tx(String customer, Instant at, double amount) {
    }

    /** One customer's reference statistics. */
    record Row(int frequency, double recency, double T, double monetary) {
    }

    /**
     * A unit, with its length stated independently of {@link TimeScale}.
     *
     * @param scale the scale under test
     * @param days  its length in days, NaN for calendar months
     */
    record Unit(TimeScale scale, double days) {
        double between(LocalDate from, LocalDate to) {
            return Double.isNaN(days)
                    ? TestTimes.calendarMonthsBetween(from.atStartOfDay(), to.atStartOfDay())
                    : ChronoUnit.DAYS.between(from, to) / days;
        }

        @Override
        public String toString() {
            return scale.name();
        }
    }

    private ReferenceSummary() {
    }

    /**
     * The log of some transactions, added in list order.
     *
     * @param txs transactions
     * @return the log
     */
    static TransactionLog log(List<Tx> txs) {
        TransactionLog.Builder b = TransactionLog.builder();
        txs.forEach(t -> b.add(t.customer(), t.at(), t.amount()));
        return b.build();
    }

    /**
     * The reference summary.
     *
     * @param txs         transactions in input order
     * @param zone        the zone of the local dates
     * @param periodStart the first date of the period that holds a date
     * @param unit        the unit
     * @param end         the observation end, inclusive
     * @return rows by customer, only customers with a purchase by the end
     */
    static Map<String, Row> of(List<Tx> txs, ZoneId zone, UnaryOperator<LocalDate> periodStart, Unit unit,
                               Instant end) {
        List<Tx> inTimeOrder = new ArrayList<>(txs);
        inTimeOrder.sort(Comparator.comparing(Tx::at)); // stable: input order for equal times
        Map<String, TreeMap<LocalDate, Double>> periods = new TreeMap<>();
        for (Tx t : inTimeOrder) {
            if (t.amount() >= 0 && !t.at().isAfter(end)) {
                LocalDate start = periodStart.apply(t.at().atZone(zone).toLocalDate());
                periods.computeIfAbsent(t.customer(), c -> new TreeMap<>()).merge(start, t.amount(), Double::sum);
            }
        }
        LocalDate endStart = periodStart.apply(end.atZone(zone).toLocalDate());
        Map<String, Row> rows = new TreeMap<>();
        periods.forEach((customer, sums) -> {
            int x = sums.size() - 1;
            LocalDate first = sums.firstKey();
            LocalDate last = sums.lastKey();
            // where clocks are set back across a period boundary, a purchase before the end can fall
            // in a later period than the end itself: T then runs to that purchase's period
            LocalDate tEnd = last.isAfter(endStart) ? last : endStart;
            double repeatValue = sums.tailMap(first, false).values().stream().mapToDouble(Double::doubleValue).sum();
            rows.put(customer, new Row(x, unit.between(first, last), unit.between(first, tEnd),
                    x == 0 ? 0 : repeatValue / x));
        });
        return rows;
    }

    /**
     * Asserts that a summary holds exactly the reference rows.
     *
     * @param summary   the summary under test
     * @param reference the reference rows
     */
    static void assertMatches(RfmSummary summary, Map<String, Row> reference) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < summary.size(); i++) {
            ids.add(summary.customerId(i));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(reference.keySet());
        reference.forEach((id, ref) -> {
            RfmRow row = summary.row(id);
            assertThat(row.frequency()).as("frequency of %s", id).isEqualTo(ref.frequency());
            assertThat(row.recency()).as("recency of %s", id).isCloseTo(ref.recency(), within(ROUNDING));
            assertThat(row.T()).as("T of %s", id).isCloseTo(ref.T(), within(ROUNDING));
            assertThat(row.monetaryValue()).as("monetary value of %s", id).isCloseTo(ref.monetary(), within(ROUNDING));
        });
    }
}
