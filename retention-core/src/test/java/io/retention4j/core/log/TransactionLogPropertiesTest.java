package io.retention4j.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.log.LogRows.TxRow;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Builder properties on random rows, against a stable {@link List#sort} as the reference. */
class TransactionLogPropertiesTest {

    @Provide
    Arbitrary<List<TxRow>> rows() {
        return LogRows.txRows();
    }

    @Property(tries = 500)
    void build_anyRows_equalsStableSortByCanonicalCustomerThenTime(@ForAll("rows") List<TxRow> rows) {
        Statistics.label("merge-sort path").collect(LogRows.needsMergeSort(rows, TxRow::customer, TxRow::millis));
        Statistics.label("merge-sort path").coverage(c -> c.check(true).percentage(p -> p >= 10));
        TransactionLog log = LogRows.txLog(rows);
        LogRows.assertBuiltLikeReference(rows, log.customers(), LogRows.rowsOf(log), TxRow::customer, TxRow::millis);
        assertThat(log.size()).isEqualTo(rows.size());
        assertThat(log.refundCount()).isEqualTo((int) rows.stream().filter(r -> r.amount() < 0).count());
        for (int row = 0; row < log.size(); row++) {
            int c = log.customerOf(row);
            assertThat(log.firstRow(c)).isLessThanOrEqualTo(row);
            assertThat(log.endRow(c)).isGreaterThan(row);
        }
    }

    @Property(tries = 300)
    void build_anyPermutation_sameCustomersRangesTimesAndRowMultisets(@ForAll("rows") List<TxRow> rows,
                                                                     @ForAll long seed) {
        TransactionLog a = LogRows.txLog(rows);
        TransactionLog b = LogRows.txLog(LogRows.shuffled(rows, seed));
        assertThat(b.customers()).isEqualTo(a.customers());
        assertThat(LogRows.ranges(b.customerCount(), b::firstRow, b::endRow))
                .isEqualTo(LogRows.ranges(a.customerCount(), a::firstRow, a::endRow));
        assertThat(timesOf(b)).isEqualTo(timesOf(a));
        assertThat(LogRows.multisetByCustomerAndTime(LogRows.rowsOf(b), TxRow::customer, TxRow::millis))
                .isEqualTo(LogRows.multisetByCustomerAndTime(LogRows.rowsOf(a), TxRow::customer, TxRow::millis));
    }

    @Property(tries = 300)
    void build_distinctCustomerTimes_anyPermutationGivesIdenticalColumns(@ForAll("rows") List<TxRow> anyRows,
                                                                        @ForAll long seed) {
        List<TxRow> rows = LogRows.distinctByCustomerAndTime(anyRows, TxRow::customer, TxRow::millis);
        TransactionLog a = LogRows.txLog(rows);
        TransactionLog b = LogRows.txLog(LogRows.shuffled(rows, seed));
        assertThat(b.categories()).isEqualTo(a.categories());
        assertThat(b.channels()).isEqualTo(a.channels());
        for (int row = 0; row < a.size(); row++) {
            assertThat(b.epochMillis(row)).isEqualTo(a.epochMillis(row));
            assertThat(b.amount(row)).isEqualTo(a.amount(row));
            assertThat(b.categoryCode(row)).as("category code of row %d", row).isEqualTo(a.categoryCode(row));
            assertThat(b.channelCode(row)).as("channel code of row %d", row).isEqualTo(a.channelCode(row));
            assertThat(b.quantity(row)).isEqualTo(a.quantity(row));
        }
        assertThat(b.toString()).isEqualTo(a.toString());
    }

    @Property(tries = 200)
    void stream_roundTripThroughRecords_givesTheSameLog(@ForAll("rows") List<TxRow> rows) {
        TransactionLog log = LogRows.txLog(rows);
        TransactionLog again = TransactionLog.of(log.stream().toList());
        assertThat(LogRows.rowsOf(again)).isEqualTo(LogRows.rowsOf(log));
        assertThat(again.customers()).isEqualTo(log.customers());
        assertThat(again.categories()).isEqualTo(log.categories());
    }

    private static List<List<Long>> timesOf(TransactionLog log) {
        List<List<Long>> out = new ArrayList<>();
        for (int c = 0; c < log.customerCount(); c++) {
            List<Long> times = new ArrayList<>();
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                times.add(log.epochMillis(row));
            }
            out.add(times);
        }
        return out;
    }
}
