package io.retention4j.core.log;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.io.CsvMapping;
import io.retention4j.core.io.TransactionReader;
import io.retention4j.core.internal.Interner;
import io.retention4j.core.internal.LogSorter;
import io.retention4j.core.model.Transaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable, columnar log of transactions, sorted by (customer, time).
 *
 * <p>Layout: customer ids are dictionary-encoded ({@link #customers()}); customer {@code c}'s rows
 * are {@link #firstRow(int) firstRow(c)} to {@link #endRow(int) endRow(c)} - 1, in time order,
 * with rows of equal time in input order. Per row the log stores the time as {@code long} epoch
 * milliseconds, the amount as {@code double}, and, only when some input row had them, category and
 * channel codes and the quantity. Times are kept to the millisecond; finer precision is truncated.
 *
 * <p>Duplicates and refunds: a row whose order id was seen before is dropped and reported in
 * {@link #duplicates()} (the first occurrence in input order is kept). A negative amount is a
 * refund; it is kept and flagged ({@link #isRefund(int)}).
 *
 * <p>Customer order: logs built from records ({@link #builder()}, {@link #of(Collection)}) order
 * customers canonically (numeric ids numerically, then other ids lexicographically), so any
 * permutation of the same input gives the same log up to the order of rows with equal customer and
 * time. Logs built by {@link #fromArrays} keep the caller's dictionary order.
 *
 * <p>Instances are immutable and thread-safe. Per-row accessors allocate nothing.
 */
public final class TransactionLog {
    private final IdDictionary customers;
    private final int[] starts;
    private final long[] millis;
    private final double[] amounts;
    private final int[] categoryCodes;   // null when no row had a category; -1 = none
    private final IdDictionary categories;
    private final int[] channelCodes;    // null when no row had a channel; -1 = none
    private final IdDictionary channels;
    private final int[] quantities;      // null when no row had a quantity; -1 = unknown
    private final List<DuplicateOrder> duplicates;
    private final int refundCount;

    private TransactionLog(IdDictionary customers, int[] starts, long[] millis, double[] amounts,
                           int[] categoryCodes, IdDictionary categories, int[] channelCodes,
                           IdDictionary channels, int[] quantities, List<DuplicateOrder> duplicates) {
        this.customers = customers;
        this.starts = starts;
        this.millis = millis;
        this.amounts = amounts;
        this.categoryCodes = categoryCodes;
        this.categories = categories;
        this.channelCodes = channelCodes;
        this.channels = channels;
        this.quantities = quantities;
        this.duplicates = List.copyOf(duplicates);
        int refunds = 0;
        for (double a : amounts) {
            if (a < 0) {
                refunds++;
            }
        }
        this.refundCount = refunds;
    }

    /**
     * A builder that accepts rows in any order.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A log of the given transactions.
     *
     * @param transactions the transactions, in any order
     * @return the log
     */
    public static TransactionLog of(Collection<Transaction> transactions) {
        Builder b = builder();
        for (Transaction t : Checks.notNull("transactions", transactions)) {
            b.add(t);
        }
        return b.build();
    }

    /**
     * Reads a CSV file with a header line, strictly: the shortest way in (a shortcut for
     * {@link TransactionReader#readCsv(Path, CsvMapping)}; use {@link TransactionReader} for other
     * formats, lenient mode and the read report).
     *
     * @param path    the file, UTF-8
     * @param mapping which columns hold the customer id, time, amount and optional fields
     * @return the log
     * @throws IOException         when the file cannot be read
     * @throws io.retention4j.core.io.DataFormatException on the first bad row (naming file, line,
     *                             column, value and what was expected), or when a mapped column is missing
     */
    public static TransactionLog readCsv(Path path, CsvMapping mapping) throws IOException {
        return TransactionReader.readCsv(path, mapping);
    }

    /**
     * A log from primitive columns in any row order: the fastest way in. The customer order of the
     * log is the order of {@code dictionary}; customers in the dictionary without rows have empty
     * row ranges.
     *
     * @param dictionary    the customer ids; distinct and non-blank
     * @param customerCodes per row, the index of the row's customer in {@code dictionary}
     * @param epochMillis   per row, the time in epoch milliseconds
     * @param amounts       per row, the amount (finite; negative for a refund)
     * @return the log (the input arrays are not modified or retained)
     * @throws IllegalArgumentException naming the row of a code out of range or a non-finite amount,
     *                                  or when the arrays differ in length
     */
    public static TransactionLog fromArrays(String[] dictionary, int[] customerCodes, long[] epochMillis,
                                            double[] amounts) {
        return fromArrays(IdDictionary.of(dictionary), customerCodes, epochMillis, amounts);
    }

    /**
     * A log from primitive columns in any row order, with a dictionary the caller already built (and
     * may reuse across logs). Otherwise as {@link #fromArrays(String[], int[], long[], double[])}.
     *
     * @param dict          the customer ids
     * @param customerCodes per row, the index of the row's customer in {@code dict}
     * @param epochMillis   per row, the time in epoch milliseconds
     * @param amounts       per row, the amount (finite; negative for a refund)
     * @return the log (the input arrays are not modified or retained)
     * @throws IllegalArgumentException naming the row of a code out of range or a non-finite amount,
     *                                  or when the arrays differ in length
     */
    public static TransactionLog fromArrays(IdDictionary dict, int[] customerCodes, long[] epochMillis,
                                            double[] amounts) {
        Checks.notNull("dictionary", dict);
        Checks.notNull("customerCodes", customerCodes);
        Checks.notNull("epochMillis", epochMillis);
        Checks.notNull("amounts", amounts);
        int n = customerCodes.length;
        if (epochMillis.length != n || amounts.length != n) {
            throw new IllegalArgumentException("column lengths differ: customerCodes " + n
                    + ", epochMillis " + epochMillis.length + ", amounts " + amounts.length);
        }
        int k = dict.size();
        for (int i = 0; i < n; i++) {
            int c = customerCodes[i];
            if (c < 0 || c >= k) {
                throw new IllegalArgumentException("customerCodes[" + i + "] = " + c
                        + " is outside the dictionary (0.." + (k - 1) + ")");
            }
            if (!Double.isFinite(amounts[i])) {
                throw new IllegalArgumentException("amounts[" + i + "] must be finite, got " + amounts[i]);
            }
        }
        LogSorter.Order order = LogSorter.sort(customerCodes, epochMillis, amounts, n, k, false);
        return new TransactionLog(dict, order.starts, order.sortedMillis, order.sortedAmounts,
                null, IdDictionary.empty(), null, IdDictionary.empty(), null, List.of());
    }

    /**
     * The customers of this log, in log order.
     *
     * @return the customer dictionary
     */
    public IdDictionary customers() {
        return customers;
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int customerCount() {
        return customers.size();
    }

    /**
     * The number of rows (transactions, refunds included, dropped duplicates excluded).
     *
     * @return the count
     */
    public int size() {
        return millis.length;
    }

    /**
     * The id of customer {@code c}.
     *
     * @param c a customer index
     * @return the id
     */
    public String customerId(int c) {
        return customers.id(c);
    }

    /**
     * The first row of customer {@code c}.
     *
     * @param c a customer index
     * @return the row index
     */
    public int firstRow(int c) {
        return starts[c];
    }

    /**
     * One past the last row of customer {@code c}.
     *
     * @param c a customer index
     * @return the row index
     */
    public int endRow(int c) {
        return starts[c + 1];
    }

    /**
     * The time of a row.
     *
     * @param row a row index
     * @return epoch milliseconds
     */
    public long epochMillis(int row) {
        return millis[row];
    }

    /**
     * The time of a row.
     *
     * @param row a row index
     * @return the instant
     */
    public Instant instant(int row) {
        return Instant.ofEpochMilli(millis[row]);
    }

    /**
     * The amount of a row.
     *
     * @param row a row index
     * @return the amount; negative for a refund
     */
    public double amount(int row) {
        return amounts[row];
    }

    /**
     * Whether a row is a refund.
     *
     * @param row a row index
     * @return {@code amount(row) < 0}
     */
    public boolean isRefund(int row) {
        return amounts[row] < 0;
    }

    /**
     * The categories that occur in this log, in canonical order (numeric names numerically, then
     * others lexicographically), whatever the input order.
     *
     * @return the category dictionary (empty when no row has a category)
     */
    public IdDictionary categories() {
        return categories;
    }

    /**
     * The category code of a row.
     *
     * @param row a row index
     * @return an index into {@link #categories()}, or -1 when the row has no category
     */
    public int categoryCode(int row) {
        return categoryCodes == null ? -1 : categoryCodes[row];
    }

    /**
     * The category of a row.
     *
     * @param row a row index
     * @return the category, or null
     */
    public String category(int row) {
        int code = categoryCode(row);
        return code < 0 ? null : categories.id(code);
    }

    /**
     * The channels that occur in this log, in canonical order (as {@link #categories()}).
     *
     * @return the channel dictionary (empty when no row has a channel)
     */
    public IdDictionary channels() {
        return channels;
    }

    /**
     * The channel code of a row.
     *
     * @param row a row index
     * @return an index into {@link #channels()}, or -1 when the row has no channel
     */
    public int channelCode(int row) {
        return channelCodes == null ? -1 : channelCodes[row];
    }

    /**
     * The channel of a row.
     *
     * @param row a row index
     * @return the channel, or null
     */
    public String channel(int row) {
        int code = channelCode(row);
        return code < 0 ? null : channels.id(code);
    }

    /**
     * The quantity of a row.
     *
     * @param row a row index
     * @return the quantity, or -1 when unknown
     */
    public int quantity(int row) {
        return quantities == null ? -1 : quantities[row];
    }

    /**
     * The rows dropped because their order id repeated an earlier row's, in input order.
     *
     * @return the report (empty when there were none)
     */
    public List<DuplicateOrder> duplicates() {
        return duplicates;
    }

    /**
     * The number of refund rows (negative amount).
     *
     * @return the count
     */
    public int refundCount() {
        return refundCount;
    }

    /**
     * The rows of one customer, without copying.
     *
     * @param customerId a customer id
     * @return a view of that customer's rows; empty if the customer is not in the log
     */
    public CustomerTransactions of(String customerId) {
        int c = customers.indexOf(Checks.notNull("customerId", customerId));
        return c < 0 ? new CustomerTransactions(this, customerId, 0, 0)
                : new CustomerTransactions(this, customerId, starts[c], starts[c + 1]);
    }

    /**
     * Row {@code row} as a record.
     *
     * @param row a row index
     * @return the transaction (without order id: logs do not keep order ids)
     */
    public Transaction transaction(int row) {
        return new Transaction(customerId(customerOf(row)), instant(row), BigDecimal.valueOf(amounts[row]),
                null, category(row), channel(row), quantity(row) < 0 ? null : quantity(row));
    }

    /**
     * The customer index of a row (a binary search over customer starts).
     *
     * @param row a row index
     * @return the customer index
     */
    public int customerOf(int row) {
        if (row < 0 || row >= millis.length) {
            throw new IndexOutOfBoundsException("row " + row + " outside 0.." + (millis.length - 1));
        }
        int lo = 0;
        int hi = customers.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * All rows as records, in log order. Convenient for small logs and notebooks; hot paths should use
     * the per-row accessors.
     *
     * @return a stream of transactions
     */
    public Stream<Transaction> stream() {
        return IntStream.range(0, customers.size()).boxed().flatMap(c ->
                IntStream.range(starts[c], starts[c + 1]).mapToObj(this::transaction));
    }

    /**
     * The earliest time in the log.
     *
     * @return epoch milliseconds, or {@link Long#MAX_VALUE} for an empty log
     */
    public long minEpochMillis() {
        long min = Long.MAX_VALUE;
        for (int c = 0; c < customers.size(); c++) {
            if (starts[c] < starts[c + 1]) {
                min = Math.min(min, millis[starts[c]]);
            }
        }
        return min;
    }

    /**
     * The latest time in the log.
     *
     * @return epoch milliseconds, or {@link Long#MIN_VALUE} for an empty log
     */
    public long maxEpochMillis() {
        long max = Long.MIN_VALUE;
        for (int c = 0; c < customers.size(); c++) {
            if (starts[c] < starts[c + 1]) {
                max = Math.max(max, millis[starts[c + 1] - 1]);
            }
        }
        return max;
    }

    /**
     * Heap bytes held by the per-row columns and per-customer offsets (the id dictionaries excluded),
     * counted from array lengths. Array headers (16 bytes each) are included.
     *
     * @return the byte count
     */
    public long columnBytes() {
        long bytes = 16L + 4L * starts.length + 16L + 8L * millis.length + 16L + 8L * amounts.length;
        if (categoryCodes != null) {
            bytes += 16L + 4L * categoryCodes.length;
        }
        if (channelCodes != null) {
            bytes += 16L + 4L * channelCodes.length;
        }
        if (quantities != null) {
            bytes += 16L + 4L * quantities.length;
        }
        return bytes;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TransactionLog[")
                .append(size()).append(" transactions, ")
                .append(customerCount()).append(" customers");
        if (size() > 0) {
            sb.append(", ").append(Instant.ofEpochMilli(minEpochMillis()))
                    .append(" .. ").append(Instant.ofEpochMilli(maxEpochMillis()));
        }
        sb.append(", ").append(refundCount).append(" refunds, ")
                .append(duplicates.size()).append(" duplicate orders dropped");
        if (!categories.ids().isEmpty()) {
            sb.append(", ").append(categories.size()).append(" categories");
        }
        if (!channels.ids().isEmpty()) {
            sb.append(", ").append(channels.size()).append(" channels");
        }
        return sb.append(']').toString();
    }

    /**
     * Collects transactions in any order and builds a {@link TransactionLog}. Not thread-safe; use
     * one builder per thread. The builder may be reused: {@link #build()} does not reset it.
     */
    public static final class Builder {
        private final RowCollector rows = new RowCollector();
        private double[] amounts = new double[1024];
        private int[] categoryCodes;
        private Interner categories;
        private int[] channelCodes;
        private Interner channels;
        private int[] quantities;
        private final HashMap<String, Long> firstRowOfOrder = new HashMap<>();
        private final List<DuplicateOrder> duplicates = new ArrayList<>();
        private long added;

        private Builder() {
        }

        /**
         * Adds a transaction.
         *
         * @param t the transaction
         * @return this builder
         */
        public Builder add(Transaction t) {
            Checks.notNull("transaction", t);
            addRow(added + 1, t.customerId(), t.at().toEpochMilli(), t.amount().doubleValue(), t.orderId(),
                    t.category(), t.channel(), t.quantity() == null ? -1 : t.quantity());
            added++; // only once the row was accepted (added or dropped as a duplicate)
            return this;
        }

        /**
         * Adds a transaction without order id, category, channel or quantity.
         *
         * @param customerId the customer id, non-blank
         * @param at         when it happened
         * @param amount     its value, finite; negative for a refund
         * @return this builder
         */
        public Builder add(String customerId, Instant at, double amount) {
            addRow(added + 1, customerId, Checks.notNull("at", at).toEpochMilli(), amount, null, null, null, -1);
            added++;
            return this;
        }

        /**
         * Adds a transaction from primitive fields.
         *
         * @param customerId  the customer id, non-blank
         * @param epochMillis when it happened
         * @param amount      its value, finite; negative for a refund
         * @return this builder
         */
        public Builder add(String customerId, long epochMillis, double amount) {
            addRow(added + 1, customerId, epochMillis, amount, null, null, null, -1);
            added++;
            return this;
        }

        /**
         * Adds a row with every field, labelled with a caller's row number (for example the line of a
         * file) that duplicate reports quote. A row whose order id was seen before is not added; it is
         * reported in {@link TransactionLog#duplicates()}.
         *
         * @param sourceRow   the caller's label for this row
         * @param customerId  the customer id, non-blank
         * @param epochMillis when it happened
         * @param amount      its value, finite; negative for a refund
         * @param orderId     the order id, or null
         * @param category    the category, or null
         * @param channel     the channel, or null
         * @param quantity    the quantity {@code >= 0}, or -1 when unknown
         * @return true when the row was added, false when it was dropped as a duplicate order
         * @throws IllegalArgumentException naming the field and value when a field is invalid
         */
        public boolean addRow(long sourceRow, String customerId, long epochMillis, double amount, String orderId,
                              String category, String channel, int quantity) {
            Checks.notBlank("customerId", customerId);
            Checks.finite("amount", amount);
            Checks.nullOrNotBlank("orderId", orderId);
            Checks.nullOrNotBlank("category", category);
            Checks.nullOrNotBlank("channel", channel);
            if (quantity < -1) {
                throw new IllegalArgumentException("quantity must be >= 0 (or -1 for unknown), got " + quantity);
            }
            if (orderId != null) {
                Long first = firstRowOfOrder.putIfAbsent(orderId, sourceRow);
                if (first != null) {
                    duplicates.add(new DuplicateOrder(orderId, customerId, Instant.ofEpochMilli(epochMillis),
                            amount, sourceRow, first));
                    return false;
                }
            }
            int row = rows.add(customerId, epochMillis);
            if (row == amounts.length) {
                amounts = Arrays.copyOf(amounts, rows.capacity());
            }
            amounts[row] = amount;
            if (category != null && categoryCodes == null) {
                categories = new Interner();
                categoryCodes = filledColumn(-1);
            }
            if (categoryCodes != null) {
                categoryCodes = ensure(categoryCodes, row);
                categoryCodes[row] = category == null ? -1 : categories.intern(category);
            }
            if (channel != null && channelCodes == null) {
                channels = new Interner();
                channelCodes = filledColumn(-1);
            }
            if (channelCodes != null) {
                channelCodes = ensure(channelCodes, row);
                channelCodes[row] = channel == null ? -1 : channels.intern(channel);
            }
            if (quantity >= 0 && quantities == null) {
                quantities = filledColumn(-1);
            }
            if (quantities != null) {
                quantities = ensure(quantities, row);
                quantities[row] = quantity;
            }
            return true;
        }

        private int[] filledColumn(int value) {
            int[] column = new int[Math.max(amounts.length, 16)];
            Arrays.fill(column, value);
            return column;
        }

        private int[] ensure(int[] column, int row) {
            if (row < column.length) {
                return column;
            }
            int old = column.length;
            int[] grown = Arrays.copyOf(column, Math.max(rows.capacity(), row + 1));
            Arrays.fill(grown, old, grown.length, -1);
            return grown;
        }

        /**
         * The number of rows added so far (dropped duplicates excluded).
         *
         * @return the count
         */
        public int size() {
            return rows.size();
        }

        /**
         * Builds the log: sorts customers canonically and rows by (customer, time).
         *
         * @return the log
         */
        public TransactionLog build() {
            int n = rows.size();
            boolean needRows = categoryCodes != null || channelCodes != null || quantities != null;
            RowCollector.Sorted sorted = rows.sort(amounts, needRows);
            LogSorter.Order order = sorted.order;
            // category and channel dictionaries in canonical order, like customers, so that the
            // log does not depend on input order
            CanonicalCodes categoryOrder = categories == null ? null : CanonicalCodes.of(categories.values());
            CanonicalCodes channelOrder = channels == null ? null : CanonicalCodes.of(channels.values());
            return new TransactionLog(sorted.customers, order.starts, order.sortedMillis, order.sortedAmounts,
                    categoryOrder == null ? null : categoryOrder.recode(order.gather(categoryCodes, n)),
                    categoryOrder == null ? IdDictionary.empty() : categoryOrder.dictionary,
                    channelOrder == null ? null : channelOrder.recode(order.gather(channelCodes, n)),
                    channelOrder == null ? IdDictionary.empty() : channelOrder.dictionary,
                    quantities == null ? null : order.gather(quantities, n),
                    duplicates);
        }
    }
}
