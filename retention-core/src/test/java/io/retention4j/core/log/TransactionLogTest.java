package io.retention4j.core.log;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.model.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionLogTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final long DAY = 86_400_000L;

    private static Instant day(int d) {
        return T0.plusMillis(d * DAY);
    }

    private static List<Double> amountsOf(CustomerTransactions view) {
        return java.util.stream.IntStream.range(0, view.size()).mapToObj(view::amount).toList();
    }

    @Test
    void build_unsortedInput_sortsByCustomerThenTime() {
        TransactionLog log = TransactionLog.builder()
                .add("b", day(3), 30).add("a", day(2), 20).add("b", day(1), 10).add("a", day(0), 5)
                .build();
        assertThat(log.customers().ids()).containsExactly("a", "b");
        assertThat(log.firstRow(0)).isZero();
        assertThat(log.endRow(0)).isEqualTo(2);
        assertThat(log.firstRow(1)).isEqualTo(2);
        assertThat(log.endRow(1)).isEqualTo(4);
        assertThat(new double[] {log.amount(0), log.amount(1), log.amount(2), log.amount(3)})
                .containsExactly(5, 20, 10, 30);
        assertThat(log.epochMillis(0)).isEqualTo(day(0).toEpochMilli());
        assertThat(log.instant(3)).isEqualTo(day(3));
    }

    @Test
    void build_equalCustomerAndTime_keepsInputOrder() {
        TransactionLog log = TransactionLog.builder()
                .add("a", day(1), 3).add("a", day(0), 1).add("a", day(1), 4).add("a", day(1), 2).build();
        assertThat(amountsOf(log.of("a"))).containsExactly(1.0, 3.0, 4.0, 2.0);
    }

    @Test
    void build_longUnsortedRunsPerCustomer_sortedStably() {
        // 100 rows per customer (more than the 24 an insertion sort handles: the merge sort), times
        // descending in steps of 1 with each time used twice; amount = input position
        TransactionLog.Builder b = TransactionLog.builder();
        for (int i = 0; i < 200; i++) {
            b.add(i % 2 == 0 ? "x" : "y", (99 - i / 2) / 2, i);
        }
        TransactionLog log = b.build();
        for (String id : List.of("x", "y")) {
            CustomerTransactions rows = log.of(id);
            assertThat(rows.size()).isEqualTo(100);
            for (int k = 0; k < 100; k++) {
                // the customer's j-th input row (j = 0..99) has input position 2j (+1 for y) and time
                // (99 - j) / 2, so time t is held by rows j = 98 - 2t and 99 - 2t: sorted position k has
                // time k / 2 and, ties in input order, j = 98 - 2t for even k and 99 - 2t for odd k
                long t = k / 2;
                int j = (int) (k % 2 == 0 ? 98 - 2 * t : 99 - 2 * t);
                assertThat(rows.epochMillis(k)).isEqualTo(t);
                assertThat(rows.amount(k)).isEqualTo(2.0 * j + (id.equals("y") ? 1 : 0));
            }
        }
    }

    @Test
    void build_customerIds_canonicalOrderNumericFirst() {
        TransactionLog.Builder b = TransactionLog.builder();
        for (String id : List.of("b", "10", "a", "2", "B", "1", "007", "7")) {
            b.add(id, day(0), 1);
        }
        assertThat(b.build().customers().ids()).containsExactly("1", "2", "7", "007", "10", "B", "a", "b");
    }

    @Test
    void build_duplicateOrderIds_keepsFirstOccurrenceAndReportsPositions() {
        TransactionLog.Builder b = TransactionLog.builder();
        b.add(Transaction.of("a", day(5), new BigDecimal("10.00"), "o-1"));   // position 1, kept
        b.add(Transaction.of("a", day(1), new BigDecimal("7.00"), "o-2"));    // position 2, kept
        b.add(Transaction.of("a", day(0), new BigDecimal("99.00"), "o-1"));   // position 3, dropped: o-1 seen at 1
        b.add(Transaction.of("b", day(2), new BigDecimal("5.00"), "o-2"));    // position 4, dropped: o-2 seen at 2
        b.add(Transaction.of("b", day(3), 6.0));                               // position 5, no order id
        TransactionLog log = b.build();

        assertThat(log.size()).isEqualTo(3);
        assertThat(amountsOf(log.of("a"))).containsExactly(7.0, 10.0);
        assertThat(amountsOf(log.of("b"))).containsExactly(6.0);
        assertThat(log.duplicates()).containsExactly(
                new DuplicateOrder("o-1", "a", day(0), 99.0, 3, 1),
                new DuplicateOrder("o-2", "b", day(2), 5.0, 4, 2));
        assertThat(log.toString()).contains("2 duplicate orders dropped");
    }

    @Test
    void add_rejectedRow_takesNoPositionInDuplicateReports() {
        // a caller that skips bad rows: the rejected row was never added, so the kept rows are
        // positions 1 and 2 and the duplicate is position 3, first seen at position 1
        TransactionLog.Builder b = TransactionLog.builder();
        b.add(Transaction.of("a", day(0), new BigDecimal("1"), "o-1"));
        assertRejects(IllegalArgumentException.class, () -> b.add("a", day(1), Double.NaN), "amount");
        assertRejects(IllegalArgumentException.class, () -> b.add(" ", day(1).toEpochMilli(), 1.0), "customerId");
        b.add(Transaction.of("a", day(2), new BigDecimal("2"), "o-2"));
        b.add(Transaction.of("a", day(3), new BigDecimal("3"), "o-1"));
        assertThat(b.build().duplicates()).singleElement().satisfies(d -> {
            assertThat(d.sourceRow()).isEqualTo(3);
            assertThat(d.firstSourceRow()).isEqualTo(1);
        });
    }

    @Test
    void addRow_duplicateOrderId_returnsFalseAndQuotesCallerRowLabels() {
        TransactionLog.Builder b = TransactionLog.builder();
        assertThat(b.addRow(17, "a", 1000, 5.0, "X", null, null, -1)).isTrue();
        assertThat(b.addRow(42, "a", 2000, 6.0, "X", "music", "web", 2)).isFalse();
        assertThat(b.size()).isEqualTo(1);
        TransactionLog log = b.build();
        assertThat(log.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.sourceRow()).isEqualTo(42);
            assertThat(d.firstSourceRow()).isEqualTo(17);
            assertThat(d.at()).isEqualTo(Instant.ofEpochMilli(2000));
        });
        assertThat(log.categories().size()).as("the dropped row's category is not in the log").isZero();
    }

    @Test
    void build_refunds_keptAndFlagged() {
        TransactionLog log = TransactionLog.builder()
                .add("a", day(0), 20).add("a", day(1), -20).add("b", day(0), 0).add("b", day(2), -0.5).build();
        assertThat(log.size()).isEqualTo(4);
        assertThat(log.refundCount()).isEqualTo(2);
        assertThat(new boolean[] {log.isRefund(0), log.isRefund(1), log.isRefund(2), log.isRefund(3)})
                .containsExactly(false, true, false, true);
        assertThat(log.transaction(1).isRefund()).isTrue();
        assertThat(log.toString()).contains("2 refunds");
    }

    @Test
    void build_optionalColumns_roundTripAndAbsentValuesReadAsNullOrMinusOne() {
        TransactionLog log = TransactionLog.of(List.of(
                new Transaction("a", day(0), new BigDecimal("1.5"), null, "music", "web", 2),
                new Transaction("a", day(1), new BigDecimal("2.5"), null, null, null, null),
                new Transaction("b", day(0), new BigDecimal("3.5"), null, "books", "app", 0)));
        assertThat(log.categories().ids()).containsExactly("books", "music");
        assertThat(log.channels().ids()).containsExactly("app", "web");
        assertThat(log.category(0)).isEqualTo("music");
        assertThat(log.categoryCode(0)).isEqualTo(1);
        assertThat(log.channel(0)).isEqualTo("web");
        assertThat(log.quantity(0)).isEqualTo(2);
        assertThat(log.category(1)).isNull();
        assertThat(log.categoryCode(1)).isEqualTo(-1);
        assertThat(log.channelCode(1)).isEqualTo(-1);
        assertThat(log.quantity(1)).isEqualTo(-1);
        assertThat(log.quantity(2)).isZero();
        assertThat(log.transaction(0))
                .isEqualTo(new Transaction("a", day(0), new BigDecimal("1.5"), null, "music", "web", 2));
        assertThat(log.transaction(1).quantity()).isNull();
        assertThat(log.of("b").category(0)).isEqualTo("books");
        assertThat(log.of("b").channel(0)).isEqualTo("app");
    }

    @Test
    void build_noOptionalColumns_emptyDictionaries() {
        TransactionLog log = TransactionLog.builder().add("a", 0L, 1).build();
        assertThat(log.categories().size()).isZero();
        assertThat(log.channels().size()).isZero();
        assertThat(log.category(0)).isNull();
        assertThat(log.quantity(0)).isEqualTo(-1);
        // 1 row, 1 customer: starts 16 + 4 * 2, millis 16 + 8, amounts 16 + 8 = 72 bytes
        assertThat(log.columnBytes()).isEqualTo(72);
    }

    @Test
    void build_optionalColumnsStartingAfterBufferGrowth_earlierRowsReadAsAbsent() {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int i = 0; i < 3000; i++) {
            String category = i == 2500 ? "late" : null;
            String channel = i == 10 ? "web" : null;
            int quantity = i == 1100 ? 4 : -1;
            b.addRow(i + 1, "c", i, i, null, category, channel, quantity);
        }
        TransactionLog log = b.build();
        assertThat(log.size()).isEqualTo(3000);
        for (int row = 0; row < 3000; row++) {
            assertThat(log.amount(row)).isEqualTo(row);
            assertThat(log.category(row)).isEqualTo(row == 2500 ? "late" : null);
            assertThat(log.channel(row)).isEqualTo(row == 10 ? "web" : null);
            assertThat(log.quantity(row)).isEqualTo(row == 1100 ? 4 : -1);
        }
    }

    @Test
    void addRow_invalidFields_rejectedNamingFieldAndValue() {
        TransactionLog.Builder b = TransactionLog.builder();
        assertRejects(IllegalArgumentException.class, () -> b.addRow(1, " ", 0, 1, null, null, null, -1),
                "customerId", "' '");
        assertRejects(NullPointerException.class, () -> b.addRow(1, null, 0, 1, null, null, null, -1), "customerId");
        assertRejects(IllegalArgumentException.class, () -> b.addRow(1, "a", 0, Double.NaN, null, null, null, -1),
                "amount", "NaN");
        assertRejects(IllegalArgumentException.class,
                () -> b.addRow(1, "a", 0, Double.NEGATIVE_INFINITY, null, null, null, -1), "amount", "-Infinity");
        assertRejects(IllegalArgumentException.class, () -> b.addRow(1, "a", 0, 1, "", null, null, -1), "orderId");
        assertRejects(IllegalArgumentException.class, () -> b.addRow(1, "a", 0, 1, null, "\t", null, -1), "category");
        assertRejects(IllegalArgumentException.class, () -> b.addRow(1, "a", 0, 1, null, null, " ", -1), "channel");
        assertRejects(IllegalArgumentException.class, () -> b.addRow(1, "a", 0, 1, null, null, null, -2),
                "quantity", "-2");
        assertRejects(NullPointerException.class, () -> b.add("a", (Instant) null, 1), "at");
        assertRejects(NullPointerException.class, () -> b.add(null), "transaction");
        assertThat(b.size()).as("rejected rows are not added").isZero();
    }

    @Test
    void fromArrays_keepsCallersDictionaryOrderAndEmptyCustomers() {
        String[] dictionary = {"zed", "10", "2", "idle"};
        int[] codes = {2, 0, 1, 0, 2};
        long[] millis = {50, 40, 30, 20, 10};
        double[] amounts = {1, 2, 3, 4, 5};
        TransactionLog log = TransactionLog.fromArrays(dictionary, codes, millis, amounts);
        dictionary[0] = "changed";
        codes[0] = 3;
        assertThat(log.customers().ids()).containsExactly("zed", "10", "2", "idle");
        // zed: rows (40, 2.0), (20, 4.0) -> sorted 20, 40; "10": (30, 3.0); "2": (50, 1.0), (10, 5.0) -> 10, 50
        assertThat(LogRows.ranges(4, log::firstRow, log::endRow)).containsExactly(0, 2, 2, 3, 3, 5, 5, 5);
        assertThat(amountsOf(log.of("zed"))).containsExactly(4.0, 2.0);
        assertThat(amountsOf(log.of("2"))).containsExactly(5.0, 1.0);
        assertThat(log.of("idle").isEmpty()).isTrue();
        assertThat(log.duplicates()).isEmpty();
        assertThat(log.categories().size()).isZero();
    }

    @Test
    void fromArrays_invalidInput_rejectedNamingRowAndValue() {
        String[] dict = {"a", "b"};
        assertRejects(IllegalArgumentException.class,
                () -> TransactionLog.fromArrays(dict, new int[] {0, 2}, new long[2], new double[2]),
                "customerCodes[1] = 2", "0..1");
        assertRejects(IllegalArgumentException.class,
                () -> TransactionLog.fromArrays(dict, new int[] {-1}, new long[1], new double[1]), "customerCodes[0] = -1");
        assertRejects(IllegalArgumentException.class,
                () -> TransactionLog.fromArrays(dict, new int[] {0, 1, 0}, new long[3], new double[] {1, 2, Double.NaN}),
                "amounts[2]", "NaN");
        assertRejects(IllegalArgumentException.class,
                () -> TransactionLog.fromArrays(dict, new int[] {0, 1}, new long[3], new double[2]),
                "customerCodes 2", "epochMillis 3", "amounts 2");
        assertRejects(IllegalArgumentException.class,
                () -> TransactionLog.fromArrays(new String[] {"a", "b", "a"}, new int[0], new long[0], new double[0]),
                "'a'", "index 0 and 2");
        assertRejects(IllegalArgumentException.class,
                () -> TransactionLog.fromArrays(new String[] {"a", " "}, new int[0], new long[0], new double[0]),
                "index 1");
    }

    @Test
    void of_customerView_readsRowsInTimeOrder_andUnknownIdIsEmpty() {
        TransactionLog log = TransactionLog.of(List.of(
                Transaction.of("a", day(2), 2.0).withCategory("x"), Transaction.of("a", day(1), 1.0),
                Transaction.of("b", day(0), 9.0)));
        CustomerTransactions a = log.of("a");
        assertThat(a.customerId()).isEqualTo("a");
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.instant(0)).isEqualTo(day(1));
        assertThat(a.epochMillis(1)).isEqualTo(day(2).toEpochMilli());
        assertThat(a.category(1)).isEqualTo("x");
        assertThat(a.stream().map(Transaction::amount).map(BigDecimal::doubleValue)).containsExactly(1.0, 2.0);
        assertThat(a).hasToString("CustomerTransactions[a, 2 rows]");
        assertRejects(IndexOutOfBoundsException.class, () -> a.amount(2), "index 2", "'a'");
        assertRejects(IndexOutOfBoundsException.class, () -> a.amount(-1), "index -1");

        CustomerTransactions unknown = log.of("nobody");
        assertThat(unknown.customerId()).isEqualTo("nobody");
        assertThat(unknown.isEmpty()).isTrue();
        assertThat(unknown.size()).isZero();
        assertThat(unknown.stream()).isEmpty();
        assertRejects(IndexOutOfBoundsException.class, () -> unknown.amount(0), "'nobody'");
        assertRejects(NullPointerException.class, () -> log.of((String) null), "customerId");
    }

    @Test
    void customerOf_everyRow_includingAroundEmptyCustomers() {
        // dictionary order: e0 (empty), a (2 rows), e1 (empty), b (1 row), e2 (empty)
        TransactionLog log = TransactionLog.fromArrays(new String[] {"e0", "a", "e1", "b", "e2"},
                new int[] {3, 1, 1}, new long[] {0, 0, 1}, new double[] {1, 1, 1});
        assertThat(log.customerOf(0)).isEqualTo(1);
        assertThat(log.customerOf(1)).isEqualTo(1);
        assertThat(log.customerOf(2)).isEqualTo(3);
        assertRejects(IndexOutOfBoundsException.class, () -> log.customerOf(3), "row 3", "0..2");
        assertRejects(IndexOutOfBoundsException.class, () -> log.customerOf(-1), "row -1");
    }

    @Test
    void stream_recordsInLogOrder_withAmountsAsDecimals() {
        List<Transaction> input = List.of(Transaction.of("2", day(1), 19.99), Transaction.of("10", day(0), -5.0),
                Transaction.of("2", day(0), 0.1));
        List<Transaction> out = TransactionLog.of(input).stream().toList();
        assertThat(out).extracting(Transaction::customerId).containsExactly("2", "2", "10");
        assertThat(out).extracting(Transaction::at).containsExactly(day(0), day(1), day(0));
        assertThat(out.get(0).amount()).isEqualByComparingTo("0.1");
        assertThat(out.get(1).amount()).isEqualByComparingTo("19.99");
        assertThat(out.get(2).amount()).isEqualByComparingTo("-5");
    }

    @Test
    void timesFinerThanMilliseconds_truncatedToTheMillisecond() {
        Instant fine = Instant.parse("2026-01-01T00:00:00.001999Z");
        TransactionLog log = TransactionLog.of(List.of(Transaction.of("a", fine, 1.0)));
        assertThat(log.instant(0)).isEqualTo(Instant.parse("2026-01-01T00:00:00.001Z"));
    }

    @Test
    void builder_reusedAfterBuild_earlierLogUnchanged() {
        TransactionLog.Builder b = TransactionLog.builder().add("a", day(1), 1);
        TransactionLog first = b.build();
        b.add("a", day(0), 2).addRow(9, "b", 0, 3, "o", "cat", null, -1);
        TransactionLog second = b.build();
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.customerCount()).isEqualTo(1);
        assertThat(first.categories().size()).isZero();
        assertThat(second.size()).isEqualTo(3);
        assertThat(amountsOf(second.of("a"))).containsExactly(2.0, 1.0);
    }

    @Test
    void toString_summarisesCountsRangeRefundsAndDictionaries() {
        TransactionLog log = TransactionLog.of(List.of(
                Transaction.of("a", day(0), 10.0).withCategory("music"),
                Transaction.of("b", day(3), -4.0).withChannel("web"),
                Transaction.of("a", day(1), 5.0).withCategory("books")));
        assertThat(log).hasToString("TransactionLog[3 transactions, 2 customers, 2026-01-01T00:00:00Z .. "
                + "2026-01-04T00:00:00Z, 1 refunds, 0 duplicate orders dropped, 2 categories, 1 channels]");
        assertThat(log.minEpochMillis()).isEqualTo(day(0).toEpochMilli());
        assertThat(log.maxEpochMillis()).isEqualTo(day(3).toEpochMilli());
    }

    @Test
    void emptyLog_hasNoRowsAndSentinelTimeBounds() {
        TransactionLog log = TransactionLog.builder().build();
        assertThat(log.size()).isZero();
        assertThat(log.customerCount()).isZero();
        assertThat(log.minEpochMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(log.maxEpochMillis()).isEqualTo(Long.MIN_VALUE);
        assertThat(log.stream()).isEmpty();
        assertThat(log).hasToString("TransactionLog[0 transactions, 0 customers, 0 refunds, 0 duplicate orders dropped]");
    }
}
