package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link LogSorter} against {@link List#sort} (a stable merge sort) as the reference. */
class LogSorterTest {

    /** Rows as parallel columns; the arrays may be longer than n (builders over-allocate). */
    record Input(int customerCount, int[] customers, long[] millis, int n) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("k=" + customerCount + " n=" + n + ":");
            for (int i = 0; i < n; i++) {
                sb.append(' ').append(customers[i]).append('@').append(millis[i]);
            }
            return sb.toString();
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        // few customers and a narrow time range: long per-customer runs (merge sort) and many ties
        Arbitrary<Integer> k = Arbitraries.integers().between(1, 5);
        return k.flatMap(customerCount -> Arbitraries.integers().between(0, 300).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, customerCount - 1).array(int[].class).ofSize(n),
                Arbitraries.longs().between(-40, 40).array(long[].class).ofSize(n),
                Arbitraries.integers().between(0, 3)).as((c, t, slack) -> new Input(customerCount,
                java.util.Arrays.copyOf(c, n + slack), java.util.Arrays.copyOf(t, n + slack), n))));
    }

    @Provide
    Arbitrary<Input> manyCustomers() {
        // customer codes spread over 2 or 3 radix passes (more than 2^11 and 2^22 customers)
        Arbitrary<Integer> k = Arbitraries.of(2049, 70_000, (1 << 22) + 3);
        return k.flatMap(customerCount -> Arbitraries.integers().between(0, 200).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, customerCount - 1).array(int[].class).ofSize(n),
                Arbitraries.longs().between(-40, 40).array(long[].class).ofSize(n))
                .as((c, t) -> new Input(customerCount, c, t, n))));
    }

    @Property(tries = 500)
    void sort_anyRows_matchesStableSortByCustomerThenTime(@ForAll("inputs") Input in) {
        assertSortedLikeReference(in);
    }

    @Property(tries = 60)
    void sort_manyCustomers_matchesStableSortInEveryRadixPass(@ForAll("manyCustomers") Input in) {
        assertSortedLikeReference(in);
    }

    @Property(tries = 300)
    void sort_sortedRows_isRecognisedAsSorted(@ForAll("inputs") Input in) {
        List<Integer> ref = reference(in);
        int[] c = new int[in.n()];
        long[] t = new long[in.n()];
        for (int i = 0; i < in.n(); i++) {
            c[i] = in.customers()[ref.get(i)];
            t[i] = in.millis()[ref.get(i)];
        }
        double[] a = new double[in.n()];
        for (int i = 0; i < in.n(); i++) {
            a[i] = i;
        }
        LogSorter.Order order = LogSorter.sort(c, t, a, in.n(), in.customerCount(), true);
        assertThat(order.rows).as("already sorted: no permutation").isNull();
        assertThat(order.sortedMillis).containsExactly(t);
        assertThat(order.sortedAmounts).containsExactly(a);
        assertThat(order.gather(new int[] {7, 8, 9}, Math.min(3, in.n()))).containsExactly(
                java.util.Arrays.copyOf(new int[] {7, 8, 9}, Math.min(3, in.n())));
    }

    @Test
    void sort_oneCustomerThousandRowsDescending_usesMergeSortAndStaysStable() {
        int n = 1000;
        int[] customers = new int[n];
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = (n - i) / 3; // descending with runs of equal times
        }
        assertSortedLikeReference(new Input(1, customers, millis, n));
    }

    @Test
    void sort_interleavedCustomers_groupsByCustomerInCodeOrder() {
        // rows: c1@5, c0@9, c1@1, c0@9, c2@0  ->  c0@9 (row 1), c0@9 (row 3), c1@1 (row 2), c1@5 (row 0), c2@0 (row 4)
        int[] customers = {1, 0, 1, 0, 2};
        long[] millis = {5, 9, 1, 9, 0};
        LogSorter.Order order = LogSorter.sort(customers, millis, new double[] {0.5, 1.5, 2.5, 3.5, 4.5}, 5, 4, true);
        assertThat(order.rows).containsExactly(1, 3, 2, 0, 4);
        assertThat(order.starts).containsExactly(0, 2, 4, 5, 5);
        assertThat(order.sortedMillis).containsExactly(9, 9, 1, 5, 0);
        assertThat(order.sortedAmounts).containsExactly(1.5, 3.5, 2.5, 0.5, 4.5);
        assertThat(order.gather(new int[] {10, 11, 12, 13, 14}, 5)).containsExactly(11, 13, 12, 10, 14);
        assertThat(order.gather(new String[] {"a", "b", "c", "d", "e"}, 5)).containsExactly("b", "d", "c", "a", "e");
    }

    private static List<Integer> reference(Input in) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < in.n(); i++) {
            rows.add(i);
        }
        rows.sort(Comparator.<Integer>comparingInt(i -> in.customers()[i]).thenComparingLong(i -> in.millis()[i]));
        return rows;
    }

    private static void assertSortedLikeReference(Input in) {
        int[] customersBefore = in.customers().clone();
        long[] millisBefore = in.millis().clone();
        double[] amounts = new double[in.n()];
        for (int i = 0; i < in.n(); i++) {
            amounts[i] = i + 0.25; // the input row, carried as an amount
        }
        LogSorter.Order order = LogSorter.sort(in.customers(), in.millis(), amounts, in.n(), in.customerCount(), true);
        LogSorter.Order withoutRows = LogSorter.sort(in.customers(), in.millis(), null, in.n(), in.customerCount(),
                false);
        List<Integer> ref = reference(in);

        int[] rows = new int[in.n()];
        for (int i = 0; i < in.n(); i++) {
            rows[i] = order.rows == null ? i : order.rows[i];
        }
        assertThat(rows).containsExactly(ref.stream().mapToInt(Integer::intValue).toArray());
        long[] expectedMillis = ref.stream().mapToLong(i -> in.millis()[i]).toArray();
        assertThat(order.sortedMillis).containsExactly(expectedMillis);
        int[] expectedStarts = new int[in.customerCount() + 1];
        for (int i = 0; i < in.n(); i++) {
            expectedStarts[in.customers()[i] + 1]++;
        }
        for (int c = 0; c < in.customerCount(); c++) {
            expectedStarts[c + 1] += expectedStarts[c];
        }
        assertThat(order.starts).isEqualTo(expectedStarts); // not containsExactly: its diff is quadratic
        double[] expectedAmounts = ref.stream().mapToDouble(i -> i + 0.25).toArray();
        assertThat(order.sortedAmounts).containsExactly(expectedAmounts);
        assertThat(withoutRows.sortedMillis).containsExactly(expectedMillis);
        assertThat(withoutRows.starts).isEqualTo(expectedStarts);
        assertThat(withoutRows.sortedAmounts).isNull();
        Integer[] boxed = new Integer[in.n()];
        for (int i = 0; i < in.n(); i++) {
            boxed[i] = i;
        }
        assertThat(order.gather(boxed, in.n())).containsExactly(ref.toArray(new Integer[0]));
        assertThat(in.customers()).as("input not modified").containsExactly(customersBefore);
        assertThat(in.millis()).as("input not modified").containsExactly(millisBefore);
    }
}
