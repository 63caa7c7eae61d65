package io.retention4j.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Test helper for the log tests: rows as plain records, jqwik generators for them, and the naive
 * reference of what a log builder must do with them (a stable {@link List#sort} by canonical
 * customer, then time).
 */
final class LogRows {
    /** Numeric ids (with a leading zero), and others, so that the canonical order matters. */
    static final List<String> CUSTOMER_POOL = List.of("1", "2", "10", "007", "7", "a", "B", "c-3");

    /** One transaction row as the builder's {@code addRow} takes it. */
    record TxRow(String customer, long millis, double amount, String category, String channel, int quantity) {
    }

    /** One event row as the builder's {@code add} takes it. */
    record EvRow(String customer, long millis, String type, Map<String, String> properties) {
    }

    private LogRows() {
    }

    /** The first k ids of the pool, k = 1..8: few customers make long per-customer runs. */
    private static Arbitrary<Arbitrary<String>> customers() {
        return Arbitraries.integers().between(1, CUSTOMER_POOL.size())
                .map(k -> Arbitraries.of(CUSTOMER_POOL.subList(0, k)));
    }

    /** Times in a narrow range, so that equal (customer, time) pairs are common, or anywhere. */
    private static Arbitrary<Long> millis() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-5, 25),
                Arbitraries.longs().between(-4_000_000_000_000L, 8_000_000_000_000L));
    }

    /**
     * Transaction rows: up to 200, over 1 to 8 customers (so customers often get more than 24
     * unsorted rows, the merge-sort path), with refunds, zero amounts and sparse optional columns.
     *
     * @return row lists
     */
    static Arbitrary<List<TxRow>> txRows() {
        Arbitrary<Double> amounts = Arbitraries.oneOf(Arbitraries.doubles().between(-50, 500).ofScale(2),
                Arbitraries.just(0.0));
        Arbitrary<String> categories = Arbitraries.of("music", "books", "10", "2", "Games").injectNull(0.5);
        Arbitrary<String> channels = Arbitraries.of("web", "app", "store").injectNull(0.7);
        Arbitrary<Integer> quantities = Arbitraries.integers().between(-1, 5);
        return customers().flatMap(customers -> Combinators.combine(customers, millis(), amounts, categories,
                channels, quantities).as(TxRow::new).list().ofMaxSize(200)
                .withSizeDistribution(RandomDistribution.uniform()));
    }

    /**
     * Event rows: like {@link #txRows()}, with types and sparse properties.
     *
     * @return row lists
     */
    static Arbitrary<List<EvRow>> evRows() {
        Arbitrary<String> types = Arbitraries.of("visit", "login", "feature_use", "10", "2");
        Arbitrary<Map<String, String>> props = Arbitraries.oneOf(Arbitraries.just(Map.of()),
                Arbitraries.maps(Arbitraries.of("feature", "page", "ticket_id"), Arbitraries.strings().alpha()
                        .ofMinLength(1).ofMaxLength(3)).ofMaxSize(2));
        return customers().flatMap(customers -> Combinators.combine(customers, millis(), types, props)
                .as(EvRow::new).list().ofMaxSize(200)
                .withSizeDistribution(RandomDistribution.uniform()));
    }

    /**
     * The documented order of a log: customers canonically, then time, input order kept for ties.
     *
     * @param rows     rows in input order
     * @param customer the customer of a row
     * @param millis   the time of a row
     * @param <R>      the row type
     * @return a sorted copy
     */
    static <R> List<R> referenceOrder(List<R> rows, Function<R, String> customer, ToLongFunction<R> millis) {
        List<R> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(customer, TestIds.NATURAL_ORDER_REFERENCE).thenComparingLong(millis));
        return sorted;
    }

    /**
     * Asserts that a log holds exactly the reference: canonical customers, rows in
     * {@link #referenceOrder} order.
     *
     * @param rows      the rows given to the builder, in input order
     * @param customers the log's customer dictionary
     * @param logRows   the log's rows read back, in log order
     * @param customer  the customer of a row
     * @param millis    the time of a row
     * @param <R>       the row type
     */
    static <R> void assertBuiltLikeReference(List<R> rows, IdDictionary customers, List<R> logRows,
                                             Function<R, String> customer, ToLongFunction<R> millis) {
        assertThat(customers.ids()).containsExactlyElementsOf(referenceCustomers(rows, customer));
        assertThat(logRows).containsExactlyElementsOf(referenceOrder(rows, customer, millis));
    }

    /**
     * The distinct customers of some rows in canonical order.
     *
     * @param rows     rows
     * @param customer the customer of a row
     * @param <R>      the row type
     * @return the ids
     */
    static <R> List<String> referenceCustomers(List<R> rows, Function<R, String> customer) {
        TreeSet<String> ids = new TreeSet<>(TestIds.NATURAL_ORDER_REFERENCE);
        rows.forEach(r -> ids.add(customer.apply(r)));
        return List.copyOf(ids);
    }

    /**
     * A shuffled copy.
     *
     * @param rows rows
     * @param seed the random seed
     * @param <R>  the row type
     * @return the permutation
     */
    static <R> List<R> shuffled(List<R> rows, long seed) {
        List<R> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    /**
     * Rows grouped by (customer, time), each group's rows sorted by their string form: the multiset
     * of rows per (customer, time), independent of input order.
     *
     * @param rows     rows
     * @param customer the customer of a row
     * @param millis   the time of a row
     * @param <R>      the row type
     * @return the groups
     */
    static <R> Map<String, List<String>> multisetByCustomerAndTime(List<R> rows, Function<R, String> customer,
                                                                  ToLongFunction<R> millis) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (R r : rows) {
            groups.computeIfAbsent(customer.apply(r) + "@" + millis.applyAsLong(r), k -> new ArrayList<>())
                    .add(r.toString());
        }
        groups.values().forEach(Collections::sort);
        return groups;
    }

    /**
     * Whether some customer has more than 24 rows out of time order: the builder's merge-sort path.
     *
     * @param rows     rows in input order
     * @param customer the customer of a row
     * @param millis   the time of a row
     * @param <R>      the row type
     * @return true when the merge sort is needed
     */
    static <R> boolean needsMergeSort(List<R> rows, Function<R, String> customer, ToLongFunction<R> millis) {
        Map<String, List<Long>> times = new TreeMap<>();
        rows.forEach(r -> times.computeIfAbsent(customer.apply(r), c -> new ArrayList<>()).add(millis.applyAsLong(r)));
        for (List<Long> t : times.values()) {
            for (int i = 1; t.size() > 24 && i < t.size(); i++) {
                if (t.get(i) < t.get(i - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The rows whose (customer, time) pair has not occurred before: the first row of each pair.
     *
     * @param rows     rows
     * @param customer the customer of a row
     * @param millis   the time of a row
     * @param <R>      the row type
     * @return rows with distinct (customer, time) pairs, in input order
     */
    static <R> List<R> distinctByCustomerAndTime(List<R> rows, Function<R, String> customer,
                                                 ToLongFunction<R> millis) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<R> out = new ArrayList<>();
        for (R r : rows) {
            if (seen.add(customer.apply(r) + "@" + millis.applyAsLong(r))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Builds a transaction log from rows via {@code addRow}, labelling row i as source row i + 1.
     *
     * @param rows rows
     * @return the log
     */
    static TransactionLog txLog(List<TxRow> rows) {
        TransactionLog.Builder b = TransactionLog.builder();
        for (int i = 0; i < rows.size(); i++) {
            TxRow r = rows.get(i);
            b.addRow(i + 1, r.customer(), r.millis(), r.amount(), null, r.category(), r.channel(), r.quantity());
        }
        return b.build();
    }

    /**
     * Reads a transaction log back into rows, in log order.
     *
     * @param log the log
     * @return its rows
     */
    static List<TxRow> rowsOf(TransactionLog log) {
        List<TxRow> out = new ArrayList<>();
        for (int c = 0; c < log.customerCount(); c++) {
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                out.add(new TxRow(log.customerId(c), log.epochMillis(row), log.amount(row), log.category(row),
                        log.channel(row), log.quantity(row)));
            }
        }
        return out;
    }

    /**
     * Builds an event log from rows.
     *
     * @param rows rows
     * @return the log
     */
    static EventLog evLog(List<EvRow> rows) {
        EventLog.Builder b = EventLog.builder();
        rows.forEach(r -> b.add(r.customer(), r.millis(), r.type(), r.properties()));
        return b.build();
    }

    /**
     * Reads an event log back into rows, in log order.
     *
     * @param log the log
     * @return its rows
     */
    static List<EvRow> rowsOf(EventLog log) {
        List<EvRow> out = new ArrayList<>();
        for (int c = 0; c < log.customerCount(); c++) {
            for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                out.add(new EvRow(log.customers().id(c), log.epochMillis(row), log.type(row).name(),
                        log.properties(row)));
            }
        }
        return out;
    }

    /**
     * Row ranges as {@code [first, end)} per customer.
     *
     * @param customerCount the number of customers
     * @param first         the first row of customer c
     * @param end           one past the last row of customer c
     * @return the ranges, flattened
     */
    static List<Integer> ranges(int customerCount, java.util.function.IntUnaryOperator first,
                                java.util.function.IntUnaryOperator end) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < customerCount; c++) {
            out.add(first.applyAsInt(c));
            out.add(end.applyAsInt(c));
        }
        return out;
    }
}
