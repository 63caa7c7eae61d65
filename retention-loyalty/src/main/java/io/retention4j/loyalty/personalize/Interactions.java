package io.retention4j.loyalty.personalize;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.internal.Require;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, columnar log of item-level interactions: (customer, item, instant, kind, weight),
 * sorted by (customer, time), rows of equal time in input order. Core's
 * {@link TransactionLog} has no item column, so this is the input of recommendations; the builder
 * also takes a transaction log's categories and an event log's item property as items.
 *
 * <p>Layout: customers are dictionary-encoded ({@link #customers()}), customer {@code c}'s rows are
 * {@link #firstRow(int) firstRow(c)} to {@link #endRow(int) endRow(c)} - 1; per row an {@code int}
 * item code of the {@link #catalog()}, {@code long} epoch milliseconds, a kind and a {@code float}
 * weight (positive and finite; 1 unless given). Logs from the {@link #builder(Catalog) builder}
 * order customers by id ({@link String#compareTo}), so a permutation of the same input gives the
 * same log; {@link #fromArrays} keeps the caller's dictionary.
 *
 * <p>Nothing is dropped silently: input rows that are not interactions (a transaction without a
 * category, a refund, an event without the item property) are counted in {@link #skipped()}.
 * Immutable and thread-safe; per-row accessors allocate nothing.
 */
public final class Interactions {
    private static final InteractionKind[] KINDS = InteractionKind.values();

    private final Catalog catalog;
    private final IdDictionary customers;
    private final int[] starts;
    private final int[] items;
    private final long[] millis;
    private final byte[] kinds;
    private final float[] weights;
    private final Map<String, Integer> skipped;

    private Interactions(Catalog catalog, IdDictionary customers, int[] starts, int[] items, long[] millis,
                         byte[] kinds, float[] weights, Map<String, Integer> skipped) {
        this.catalog = catalog;
        this.customers = customers;
        this.starts = starts;
        this.items = items;
        this.millis = millis;
        this.kinds = kinds;
        this.weights = weights;
        this.skipped = Map.copyOf(skipped);
    }

    /**
     * A builder for interactions with the items of a catalogue, in any order.
     *
     * @param catalog the items
     * @return a new builder
     */
    public static Builder builder(Catalog catalog) {
        return new Builder(Require.notNull("catalog", catalog));
    }

    /**
     * Reads a CSV file in one line. Format: UTF-8, a header line, comma-separated fields without
     * quoting; columns {@code customer_id}, {@code item_id}, {@code time} (an ISO-8601 instant such
     * as {@code 2026-03-01T10:15:00Z}, a date {@code 2026-03-01} meaning its start in UTC, or epoch
     * milliseconds), and optionally {@code kind} ({@code purchase} or {@code view}, any case; default
     * purchase) and {@code weight} (a positive number; default 1), in any column order.
     *
     * @param path    the file
     * @param catalog the items the file refers to
     * @return the log
     * @throws IOException         when the file cannot be read
     * @throws FileFormatException naming the file, line, column and value of the first bad field, an
     *                             unknown item, or a missing column
     */
    public static Interactions readCsv(Path path, Catalog catalog) throws IOException {
        Require.notNull("path", path);
        Builder b = builder(catalog);
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new FileFormatException(source + ": empty file; expected a header line with customer_id, item_id, time");
            }
            List<String> columns = Arrays.asList(header.strip().split(",", -1));
            int customer = column(source, columns, "customer_id", true);
            int item = column(source, columns, "item_id", true);
            int time = column(source, columns, "time", true);
            int kind = column(source, columns, "kind", false);
            int weight = column(source, columns, "weight", false);
            long line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String[] f = text.split(",", -1);
                if (f.length != columns.size()) {
                    throw new FileFormatException(source + " line " + line + ": " + f.length
                            + " fields; expected " + columns.size() + " like the header " + columns);
                }
                String itemId = f[item].strip();
                int code = catalog.indexOf(itemId);
                if (code < 0) {
                    throw new FileFormatException(source + " line " + line + ", column 'item_id': unknown item '"
                            + itemId + "' (not in the catalogue of " + catalog.size() + " items)");
                }
                String customerId = f[customer].strip();
                if (customerId.isEmpty()) {
                    throw new FileFormatException(source + " line " + line + ", column 'customer_id': empty value");
                }
                b.addCode(customerId, code, parseTime(source, line, f[time].strip()),
                        kind < 0 ? InteractionKind.PURCHASE : parseKind(source, line, f[kind].strip()),
                        weight < 0 ? 1f : parseWeight(source, line, f[weight].strip()));
            }
        }
        return b.build();
    }

    private static int column(String source, List<String> columns, String name, boolean required)
            throws FileFormatException {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        if (required) {
            throw new FileFormatException(source + ": no column '" + name + "'; the header has " + columns);
        }
        return -1;
    }

    private static long parseTime(String source, long line, String text) throws FileFormatException {
        try {
            if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(text);
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new FileFormatException(source + " line " + line + ", column 'time': '" + text
                    + "' is not an ISO-8601 instant (2026-03-01T10:15:00Z), a date (2026-03-01) or epoch milliseconds", e);
        }
    }

    private static InteractionKind parseKind(String source, long line, String text) throws FileFormatException {
        if (text.equalsIgnoreCase("purchase")) {
            return InteractionKind.PURCHASE;
        }
        if (text.equalsIgnoreCase("view")) {
            return InteractionKind.VIEW;
        }
        throw new FileFormatException(source + " line " + line + ", column 'kind': '" + text
                + "' is not purchase or view");
    }

    private static float parseWeight(String source, long line, String text) throws FileFormatException {
        try {
            float w = Float.parseFloat(text);
            if (w > 0 && Float.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FileFormatException(source + " line " + line + ", column 'weight': '" + text
                + "' is not a positive finite number");
    }

    /**
     * A log from primitive columns in any row order: the fastest way in.
     *
     * @param customers     the customer ids; the log keeps this order
     * @param catalog       the items
     * @param customerCodes per row, the customer's index in {@code customers}
     * @param itemCodes     per row, the item's code in {@code catalog}
     * @param epochMillis   per row, the time
     * @param kinds         per row, the {@link InteractionKind#ordinal() ordinal} of the kind (0 purchase, 1 view)
     * @param weights       per row, a positive finite weight; null for all 1
     * @return the log (the arrays are neither modified nor retained)
     * @throws IllegalArgumentException naming the first row with a code, kind or weight out of range,
     *                                  or when the arrays differ in length
     */
    public static Interactions fromArrays(IdDictionary customers, Catalog catalog, int[] customerCodes,
                                          int[] itemCodes, long[] epochMillis, byte[] kinds, float[] weights) {
        Require.notNull("customers", customers);
        Require.notNull("catalog", catalog);
        Require.notNull("customerCodes", customerCodes);
        Require.notNull("itemCodes", itemCodes);
        Require.notNull("epochMillis", epochMillis);
        Require.notNull("kinds", kinds);
        int n = customerCodes.length;
        if (itemCodes.length != n || epochMillis.length != n || kinds.length != n
                || (weights != null && weights.length != n)) {
            throw new IllegalArgumentException("column lengths differ: customerCodes " + n + ", itemCodes "
                    + itemCodes.length + ", epochMillis " + epochMillis.length + ", kinds " + kinds.length
                    + (weights == null ? "" : ", weights " + weights.length));
        }
        for (int i = 0; i < n; i++) {
            checkRow(i, customerCodes[i], customers.size(), itemCodes[i], catalog.size(), kinds[i],
                    weights == null ? 1f : weights[i]);
        }
        return assemble(catalog, customers, customerCodes, itemCodes, epochMillis, kinds, weights, n, Map.of());
    }

    private static void checkRow(int row, int customer, int customerCount, int item, int itemCount, byte kind,
                                 float weight) {
        if (customer < 0 || customer >= customerCount) {
            throw new IllegalArgumentException("customerCodes[" + row + "] = " + customer
                    + " is outside the dictionary (0.." + (customerCount - 1) + ")");
        }
        if (item < 0 || item >= itemCount) {
            throw new IllegalArgumentException("itemCodes[" + row + "] = " + item
                    + " is outside the catalogue (0.." + (itemCount - 1) + ")");
        }
        if (kind < 0 || kind >= KINDS.length) {
            throw new IllegalArgumentException("kinds[" + row + "] = " + kind + " is not 0 (purchase) or 1 (view)");
        }
        if (!(weight > 0) || !Float.isFinite(weight)) {
            throw new IllegalArgumentException("weights[" + row + "] = " + weight + " is not positive and finite");
        }
    }

    private static Interactions assemble(Catalog catalog, IdDictionary customers, int[] customerCodes,
                                         int[] itemCodes, long[] epochMillis, byte[] kinds, float[] weights, int n,
                                         Map<String, Integer> skipped) {
        RowOrder order = RowOrder.sort(customerCodes, epochMillis, n, customers.size());
        int[] sItems = new int[n];
        long[] sMillis = new long[n];
        byte[] sKinds = new byte[n];
        float[] sWeights = new float[n];
        for (int p = 0; p < n; p++) {
            int row = order.perm[p];
            sItems[p] = itemCodes[row];
            sMillis[p] = epochMillis[row];
            sKinds[p] = kinds[row];
            sWeights[p] = weights == null ? 1f : weights[row];
        }
        return new Interactions(catalog, customers, order.starts, sItems, sMillis, sKinds, sWeights, skipped);
    }

    /**
     * The rows before an instant (exclusive), with the same catalogue and customer dictionary (so
     * customer codes agree): the training part of a time-based holdout.
     *
     * @param cut the instant
     * @return the rows with {@code time < cut}
     */
    public Interactions before(Instant cut) {
        long t = Require.notNull("cut", cut).toEpochMilli();
        return filter(t, true);
    }

    /**
     * The rows at or after an instant, with the same catalogue and customer dictionary: the test part
     * of a time-based holdout.
     *
     * @param cut the instant
     * @return the rows with {@code time >= cut}
     */
    public Interactions notBefore(Instant cut) {
        long t = Require.notNull("cut", cut).toEpochMilli();
        return filter(t, false);
    }

    private Interactions filter(long cut, boolean before) {
        int n = 0;
        for (long m : millis) {
            if ((m < cut) == before) {
                n++;
            }
        }
        int[] s = new int[starts.length];
        int[] fItems = new int[n];
        long[] fMillis = new long[n];
        byte[] fKinds = new byte[n];
        float[] fWeights = new float[n];
        int p = 0;
        for (int c = 0; c < customers.size(); c++) {
            s[c] = p;
            for (int r = starts[c]; r < starts[c + 1]; r++) {
                if ((millis[r] < cut) == before) {
                    fItems[p] = items[r];
                    fMillis[p] = millis[r];
                    fKinds[p] = kinds[r];
                    fWeights[p] = weights[r];
                    p++;
                }
            }
        }
        s[customers.size()] = p;
        return new Interactions(catalog, customers, s, fItems, fMillis, fKinds, fWeights, skipped);
    }

    /**
     * The items.
     *
     * @return the catalogue
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The customers, in log order.
     *
     * @return the dictionary
     */
    public IdDictionary customers() {
        return customers;
    }

    /**
     * The number of customers in the dictionary (some may have no rows after {@link #before}).
     *
     * @return the count
     */
    public int customerCount() {
        return customers.size();
    }

    /**
     * The number of rows.
     *
     * @return the count
     */
    public int size() {
        return items.length;
    }

    /**
     * The first row of a customer.
     *
     * @param c a customer index
     * @return the row index
     */
    public int firstRow(int c) {
        return starts[c];
    }

    /**
     * One past the last row of a customer.
     *
     * @param c a customer index
     * @return the row index
     */
    public int endRow(int c) {
        return starts[c + 1];
    }

    /**
     * The item code of a row.
     *
     * @param row a row index
     * @return the code in {@link #catalog()}
     */
    public int item(int row) {
        return items[row];
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
     * The kind of a row.
     *
     * @param row a row index
     * @return the kind
     */
    public InteractionKind kind(int row) {
        return KINDS[kinds[row]];
    }

    /**
     * Whether a row is a purchase.
     *
     * @param row a row index
     * @return true for {@link InteractionKind#PURCHASE}
     */
    public boolean isPurchase(int row) {
        return kinds[row] == 0;
    }

    /**
     * The weight of a row.
     *
     * @param row a row index
     * @return a positive finite weight (1 unless given)
     */
    public float weight(int row) {
        return weights[row];
    }

    /**
     * Input rows that were not interactions, by reason.
     *
     * @return an unmodifiable map (empty when none), e.g. {@code {"transaction without category"=3}}
     */
    public Map<String, Integer> skipped() {
        return skipped;
    }

    @Override
    public String toString() {
        int purchases = 0;
        for (byte k : kinds) {
            if (k == 0) {
                purchases++;
            }
        }
        return "Interactions[" + items.length + " rows (" + purchases + " purchases, " + (items.length - purchases)
                + " views), " + customers.size() + " customers, " + catalog.size() + " items"
                + (skipped.isEmpty() ? "" : ", skipped " + new java.util.TreeMap<>(skipped)) + "]";
    }

    /** Collects interactions in any order. Not thread-safe. */
    public static final class Builder {
        private final Catalog catalog;
        private final Map<String, Integer> customerCodes = new HashMap<>();
        private final List<String> customerIds = new ArrayList<>();
        private final Map<String, Integer> skipped = new LinkedHashMap<>();
        private int[] customers = new int[1024];
        private int[] items = new int[1024];
        private long[] millis = new long[1024];
        private byte[] kinds = new byte[1024];
        private float[] weights = new float[1024];
        private int size;

        private Builder(Catalog catalog) {
            this.catalog = catalog;
        }

        /**
         * Adds an interaction of weight 1.
         *
         * @param customerId non-blank
         * @param itemId     an item of the catalogue
         * @param at         when
         * @param kind       what
         * @return this builder
         * @throws UnknownItemException when the item is not in the catalogue
         */
        public Builder add(String customerId, String itemId, Instant at, InteractionKind kind) {
            return add(customerId, itemId, at, kind, 1f);
        }

        /**
         * Adds an interaction.
         *
         * @param customerId non-blank
         * @param itemId     an item of the catalogue
         * @param at         when
         * @param kind       what
         * @param weight     positive and finite (e.g. the quantity, or 1)
         * @return this builder
         * @throws UnknownItemException     when the item is not in the catalogue
         * @throws IllegalArgumentException naming a blank customer id or a bad weight
         */
        public Builder add(String customerId, String itemId, Instant at, InteractionKind kind, float weight) {
            Require.notBlank("interaction customerId", customerId);
            int code = catalog.code(itemId);
            Require.notNull("interaction at", at);
            Require.notNull("interaction kind", kind);
            if (!(weight > 0) || !Float.isFinite(weight)) {
                throw new IllegalArgumentException("interaction weight of customer '" + customerId + "', item '"
                        + itemId + "' must be positive and finite, got " + weight);
            }
            return addCode(customerId, code, at.toEpochMilli(), kind, weight);
        }

        /**
         * Adds every categorised purchase of a transaction log as a PURCHASE of the item whose id is
         * the row's category (weight: the quantity when known, else 1). Refunds and rows without a
         * category are counted in {@link Interactions#skipped()}.
         *
         * @param log a transaction log whose categories are item ids of the catalogue
         * @return this builder
         * @throws UnknownItemException when a category is not an item of the catalogue
         */
        public Builder addTransactions(TransactionLog log) {
            Require.notNull("log", log);
            IdDictionary categories = log.categories();
            int[] codes = new int[categories.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = catalog.code(categories.id(i));
            }
            for (int c = 0; c < log.customerCount(); c++) {
                String customerId = log.customerId(c);
                for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                    if (log.isRefund(row)) {
                        skip("refund");
                        continue;
                    }
                    int category = log.categoryCode(row);
                    if (category < 0) {
                        skip("transaction without category");
                        continue;
                    }
                    int quantity = log.quantity(row);
                    addCode(customerId, codes[category], log.epochMillis(row), InteractionKind.PURCHASE,
                            quantity > 0 ? quantity : 1f);
                }
            }
            return this;
        }

        /**
         * Adds every event of an event log that names an item in a property (e.g. {@code "sku"}) as
         * an interaction of the given kind and weight 1; events without the property are counted in
         * {@link Interactions#skipped()}.
         *
         * @param log          an event log
         * @param itemProperty the property that holds the item id
         * @param kind         the kind to record (usually {@link InteractionKind#VIEW})
         * @return this builder
         * @throws UnknownItemException when an event names an item that is not in the catalogue
         */
        public Builder addEvents(EventLog log, String itemProperty, InteractionKind kind) {
            Require.notNull("log", log);
            Require.notBlank("itemProperty", itemProperty);
            Require.notNull("kind", kind);
            for (int c = 0; c < log.customerCount(); c++) {
                String customerId = log.customers().id(c);
                for (int row = log.firstRow(c); row < log.endRow(c); row++) {
                    String itemId = log.properties(row).get(itemProperty);
                    if (itemId == null) {
                        skip("event without '" + itemProperty + "'");
                        continue;
                    }
                    addCode(customerId, catalog.code(itemId), log.epochMillis(row), kind, 1f);
                }
            }
            return this;
        }

        private void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        Builder addCode(String customerId, int item, long epochMillis, InteractionKind kind, float weight) {
            Integer code = customerCodes.get(customerId);
            if (code == null) {
                code = customerIds.size();
                customerCodes.put(customerId, code);
                customerIds.add(customerId);
            }
            if (size == items.length) {
                int capacity = size * 2;
                customers = Arrays.copyOf(customers, capacity);
                items = Arrays.copyOf(items, capacity);
                millis = Arrays.copyOf(millis, capacity);
                kinds = Arrays.copyOf(kinds, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            customers[size] = code;
            items[size] = item;
            millis[size] = epochMillis;
            kinds[size] = (byte) kind.ordinal();
            weights[size] = weight;
            size++;
            return this;
        }

        /**
         * The number of interactions added so far.
         *
         * @return the count
         */
        public int size() {
            return size;
        }

        /**
         * The log, customers ordered by id.
         *
         * @return the log
         */
        public Interactions build() {
            String[] sorted = customerIds.toArray(new String[0]);
            Arrays.sort(sorted);
            IdDictionary dictionary = IdDictionary.of(sorted);
            int[] remap = new int[sorted.length];
            for (int i = 0; i < customerIds.size(); i++) {
                remap[i] = dictionary.indexOf(customerIds.get(i));
            }
            int[] codes = new int[size];
            for (int i = 0; i < size; i++) {
                codes[i] = remap[customers[i]];
            }
            return assemble(catalog, dictionary, codes, items, millis, kinds, weights, size, skipped);
        }
    }
}
