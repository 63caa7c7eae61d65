package io.retention4j.core.summary;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.time.CalendarPeriod;
import io.retention4j.core.time.TimeScale;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Per-customer BTYD sufficient statistics (frequency, recency, age T, monetary value) as of an
 * observation end, in columns, with lookup by customer id.
 *
 * <p>Definitions (the "buy till you die" convention of Fader, Hardie &amp; Lee 2005 and of Python
 * lifetimes' {@code summary_data_from_transaction_data}). Purchases are the transactions with a
 * non-negative amount at or before the observation end (refunds are not purchases and are
 * ignored). Purchases are first merged by <em>period</em> (a {@link CalendarPeriod}, by default the
 * calendar day in UTC): several purchases in one period are one purchase occasion whose value is
 * their sum. Then, for a customer whose purchase periods are p_0 &lt; p_1 &lt; ... &lt; p_x:
 * <ul>
 *   <li>frequency x = number of repeat periods = (number of periods with a purchase) - 1;</li>
 *   <li>recency t_x = time from the start of p_0 to the start of p_x, in the summary's
 *       {@link TimeScale unit} (0 when x = 0);</li>
 *   <li>T = time from the start of p_0 to the start of the period that contains the observation
 *       end, in the unit (or to the start of p_x if that is later: possible only where clocks are
 *       set back across a period boundary, as in St John's on 2008-11-02 from 00:01 to 23:01 of the
 *       day before);</li>
 *   <li>monetary value = (sum of the values of p_1 .. p_x) / x: the mean value of the repeat
 *       periods, the first period excluded; 0 when x = 0.</li>
 * </ul>
 * Distances are measured on the period's local time line ({@link CalendarPeriod#distance}), so with
 * daily periods and weekly units recency is (days between first and last purchase date) / 7.
 * Customers without a purchase by the observation end are not in the summary. An empty log gives an
 * empty summary.
 *
 * <p>Invariants: {@code 0 <= recency <= T}; {@code frequency <= distinct purchase periods - 1}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RfmSummary {
    private static final int PARALLEL_THRESHOLD = 1 << 16;

    private final IdDictionary ids;     // dictionary that rowToId indexes into
    private final int[] rowToId;        // summary row -> dictionary index; null = identity
    private final int[] idToRow;        // dictionary index -> summary row or -1; null = identity
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final double[] monetary;
    private final TimeScale unit;
    private final CalendarPeriod period;   // null when built from arrays
    private final Instant observationEnd;  // null when built from arrays

    private RfmSummary(IdDictionary ids, int[] rowToId, int[] frequency, double[] recency, double[] age,
                       double[] monetary, TimeScale unit, CalendarPeriod period, Instant observationEnd) {
        this.ids = ids;
        this.rowToId = rowToId;
        if (rowToId == null) {
            this.idToRow = null;
        } else {
            this.idToRow = new int[ids.size()];
            Arrays.fill(idToRow, -1);
            for (int r = 0; r < rowToId.length; r++) {
                idToRow[rowToId[r]] = r;
            }
        }
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.monetary = monetary;
        this.unit = unit;
        this.period = period;
        this.observationEnd = observationEnd;
    }

    /**
     * The summary of a log with purchases merged by calendar day in UTC.
     *
     * @param log            the transactions
     * @param observationEnd the last instant observed (inclusive); later transactions are ignored
     * @param unit           the unit of recency and T
     * @return the summary
     */
    public static RfmSummary of(TransactionLog log, Instant observationEnd, TimeScale unit) {
        return builder().observationEnd(observationEnd).unit(unit).build(log);
    }

    /**
     * A builder for the full set of options.
     *
     * @return a new builder (period: calendar days in UTC; unit: days)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A summary from precomputed columns (for example a published summary table).
     *
     * @param customerIds distinct, non-blank customer ids
     * @param frequency   x per customer, {@code >= 0}
     * @param recency     t_x per customer, finite, {@code 0 <= t_x <= T}, and 0 when x = 0
     * @param T           age per customer, finite
     * @param monetary    mean repeat-period value per customer, finite (0 when x = 0); or null for all 0
     * @param unit        the unit of recency and T
     * @return the summary (the arrays are copied)
     * @throws IllegalArgumentException naming the customer and field of the first invalid value
     */
    public static RfmSummary fromArrays(String[] customerIds, int[] frequency, double[] recency, double[] T,
                                        double[] monetary, TimeScale unit) {
        IdDictionary dict = IdDictionary.of(customerIds);
        int n = dict.size();
        Checks.notNull("frequency", frequency);
        Checks.notNull("recency", recency);
        Checks.notNull("T", T);
        Checks.notNull("unit", unit);
        double[] m = monetary == null ? new double[n] : monetary.clone();
        if (frequency.length != n || recency.length != n || T.length != n || m.length != n) {
            throw new IllegalArgumentException("column lengths differ: customerIds " + n + ", frequency "
                    + frequency.length + ", recency " + recency.length + ", T " + T.length + ", monetary " + m.length);
        }
        for (int i = 0; i < n; i++) {
            String where = " for customer '" + customerIds[i] + "' (index " + i + ")";
            if (frequency[i] < 0) {
                throw new IllegalArgumentException("frequency must be >= 0, got " + frequency[i] + where);
            }
            if (!Double.isFinite(recency[i]) || !Double.isFinite(T[i]) || !Double.isFinite(m[i])) {
                throw new IllegalArgumentException("recency, T and monetary must be finite, got " + recency[i]
                        + ", " + T[i] + ", " + m[i] + where);
            }
            if (recency[i] < 0 || recency[i] > T[i]) {
                throw new IllegalArgumentException("recency must be in 0..T, got recency " + recency[i]
                        + " and T " + T[i] + where);
            }
            if (frequency[i] == 0 && (recency[i] != 0 || m[i] != 0)) {
                throw new IllegalArgumentException("frequency 0 needs recency 0 and monetary 0, got recency "
                        + recency[i] + " and monetary " + m[i] + where);
            }
        }
        return new RfmSummary(dict, null, frequency.clone(), recency.clone(), T.clone(), m, unit, null, null);
    }

    static RfmSummary compute(TransactionLog log, CalendarPeriod period, TimeScale unit, Instant observationEnd,
                              boolean parallel) {
        int k = log.customerCount();
        long end = observationEnd.toEpochMilli();
        long endPeriod = period.indexOf(end);
        int[] freq = new int[k];
        double[] rec = new double[k];
        double[] age = new double[k];
        double[] mon = new double[k];
        boolean[] present = new boolean[k];
        IntStream chunks = IntStream.range(0, (k + 4095) / 4096);
        if (parallel && k >= PARALLEL_THRESHOLD) {
            chunks = chunks.parallel();
        }
        chunks.forEach(chunk -> {
            PurchaseScan scan = new PurchaseScan();
            int to = Math.min(k, (chunk + 1) * 4096);
            for (int c = chunk * 4096; c < to; c++) {
                if (!scan.scan(log, c, period, Long.MIN_VALUE, end)) {
                    continue;
                }
                present[c] = true;
                int x = scan.periods - 1;
                freq[c] = x;
                rec[c] = x == 0 ? 0 : period.distance(scan.firstPeriod, scan.lastPeriod, unit);
                // where clocks go back across a period boundary, a purchase before the end may lie in a
                // later period than the end: T runs to that period so that recency <= T still holds
                age[c] = period.distance(scan.firstPeriod, Math.max(endPeriod, scan.lastPeriod), unit);
                mon[c] = x == 0 ? 0 : scan.repeatSum / x;
            }
        });
        int count = 0;
        for (boolean p : present) {
            if (p) {
                count++;
            }
        }
        if (count == k) {
            return new RfmSummary(log.customers(), null, freq, rec, age, mon, unit, period, observationEnd);
        }
        int[] rows = new int[count];
        int r = 0;
        for (int c = 0; c < k; c++) {
            if (present[c]) {
                rows[r++] = c;
            }
        }
        return new RfmSummary(log.customers(), rows, pick(freq, rows), pick(rec, rows), pick(age, rows),
                pick(mon, rows), unit, period, observationEnd);
    }

    private static int[] pick(int[] column, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }

    private static double[] pick(double[] column, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }

    /**
     * The number of customers in the summary.
     *
     * @return the count
     */
    public int size() {
        return frequency.length;
    }

    /**
     * The id of the customer in row i.
     *
     * @param i a row, {@code 0 .. size() - 1}
     * @return the customer id
     */
    public String customerId(int i) {
        return ids.id(rowToId == null ? i : rowToId[i]);
    }

    /**
     * The row of a customer.
     *
     * @param customerId a customer id
     * @return the row, or -1 when the customer is not in the summary
     */
    public int indexOf(String customerId) {
        int id = ids.indexOf(Checks.notNull("customerId", customerId));
        if (id < 0) {
            return -1;
        }
        return idToRow == null ? id : idToRow[id];
    }

    /**
     * One customer's statistics.
     *
     * @param customerId a customer id
     * @return the row
     * @throws NoSuchElementException when the customer is not in the summary (no purchase by the
     *                                observation end, or unknown id)
     */
    public RfmRow row(String customerId) {
        int i = indexOf(customerId);
        if (i < 0) {
            throw new NoSuchElementException("customer '" + customerId + "' is not in the summary ("
                    + size() + " customers with a purchase by the observation end)");
        }
        return row(i);
    }

    /**
     * One customer's statistics.
     *
     * @param i a row, {@code 0 .. size() - 1}
     * @return the row
     */
    public RfmRow row(int i) {
        return new RfmRow(customerId(i), frequency[i], recency[i], age[i], monetary[i]);
    }

    /**
     * Frequency x of row i: repeat purchase periods.
     *
     * @param i a row
     * @return x
     */
    public int frequency(int i) {
        return frequency[i];
    }

    /**
     * Recency t_x of row i, in {@link #unit()}.
     *
     * @param i a row
     * @return t_x
     */
    public double recency(int i) {
        return recency[i];
    }

    /**
     * Age T of row i, in {@link #unit()}.
     *
     * @param i a row
     * @return T
     */
    public double T(int i) {
        return age[i];
    }

    /**
     * Monetary value of row i: mean value of the repeat periods (0 when x = 0).
     *
     * @param i a row
     * @return the mean repeat-period value
     */
    public double monetaryValue(int i) {
        return monetary[i];
    }

    /**
     * The frequency column.
     *
     * @return a copy, one value per row
     */
    public int[] frequencies() {
        return frequency.clone();
    }

    /**
     * The recency column.
     *
     * @return a copy, one value per row
     */
    public double[] recencies() {
        return recency.clone();
    }

    /**
     * The T column.
     *
     * @return a copy, one value per row
     */
    public double[] ages() {
        return age.clone();
    }

    /**
     * The monetary value column.
     *
     * @return a copy, one value per row
     */
    public double[] monetaryValues() {
        return monetary.clone();
    }

    /**
     * The unit of recency and T.
     *
     * @return the unit
     */
    public TimeScale unit() {
        return unit;
    }

    /**
     * The period that merged same-period purchases.
     *
     * @return the period, or empty for a summary built from arrays
     */
    public Optional<CalendarPeriod> period() {
        return Optional.ofNullable(period);
    }

    /**
     * The observation end (inclusive).
     *
     * @return the instant, or empty for a summary built from arrays
     */
    public Optional<Instant> observationEnd() {
        return Optional.ofNullable(observationEnd);
    }

    /**
     * The number of customers with at least one repeat period (x &gt; 0).
     *
     * @return the count
     */
    public int repeatCustomerCount() {
        int n = 0;
        for (int x : frequency) {
            if (x > 0) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        int n = size();
        StringBuilder sb = new StringBuilder("RfmSummary[").append(n).append(" customers, ")
                .append(repeatCustomerCount()).append(" repeat, unit ").append(unit);
        if (period != null) {
            sb.append(", period ").append(period).append(", observation end ").append(observationEnd);
        }
        sb.append("]\n").append(String.format(Locale.ROOT, "%12s %9s %9s %9s %9s%n",
                "customer", "frequency", "recency", "T", "monetary"));
        int shown = Math.min(n, 10);
        for (int i = 0; i < shown; i++) {
            sb.append(String.format(Locale.ROOT, "%12s %9d %9.2f %9.2f %9.2f%n",
                    abbreviate(customerId(i)), frequency[i], recency[i], age[i], monetary[i]));
        }
        if (shown < n) {
            sb.append("... ").append(n - shown).append(" more\n");
        }
        return sb.toString();
    }

    private static String abbreviate(String id) {
        return id.length() <= 12 ? id : id.substring(0, 11) + "~";
    }

    /**
     * Options for {@link RfmSummary}: the period that merges purchases, the unit of recency and T, and
     * the observation end. Each setter validates at once.
     */
    public static final class Builder extends SummaryOptions<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Computes the summary.
         *
         * @param log the transactions
         * @return the summary
         * @throws IllegalStateException when no observation end was set
         */
        public RfmSummary build(TransactionLog log) {
            Checks.notNull("log", log);
            return compute(log, period, unit, requireObservationEnd(), parallel);
        }
    }
}
