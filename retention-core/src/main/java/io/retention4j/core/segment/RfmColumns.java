package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;

/**
 * The raw recency, frequency and monetary value of each customer, in primitive columns: the input
 * of {@link RfmScorer} and of {@link ClusterFeatures#logRfm(RfmColumns)}.
 *
 * <p>Per customer: recency = whole days since the last purchase (0 when the last purchase was on
 * the as-of day); frequency = the number of orders; monetary = total spend or average order value
 * ({@link #measure()}). A customer with 0 orders never purchased: it stays in the columns (so that
 * it is counted) but is not scored; its recency and monetary values are ignored.
 *
 * <p>Immutable and thread-safe; the factories copy the arrays.
 */
public final class RfmColumns {
    private final IdDictionary ids;
    private final int[] recencyDays;
    private final int[] orders;
    private final double[] monetary;
    private final MonetaryMeasure measure;
    private final int purchasers;

    private RfmColumns(IdDictionary ids, int[] recencyDays, int[] orders, double[] monetary,
                       MonetaryMeasure measure) {
        this.ids = ids;
        this.recencyDays = recencyDays;
        this.orders = orders;
        this.monetary = monetary;
        this.measure = measure;
        int p = 0;
        for (int o : orders) {
            if (o > 0) {
                p++;
            }
        }
        this.purchasers = p;
    }

    /**
     * Columns from arrays.
     *
     * @param customerIds distinct, non-blank ids
     * @param recencyDays per customer, days since the last purchase, {@code >= 0} when orders &gt; 0
     * @param orders      per customer, the number of orders, {@code >= 0}; 0 = never purchased
     * @param monetary    per customer, the spend, finite when orders &gt; 0
     * @param measure     what {@code monetary} holds
     * @return the columns
     * @throws IllegalArgumentException naming the customer and column of the first invalid value,
     *                                  a repeated id, or columns of different lengths
     */
    public static RfmColumns of(String[] customerIds, int[] recencyDays, int[] orders, double[] monetary,
                                MonetaryMeasure measure) {
        return of(IdDictionary.of(Checks.notNull("customerIds", customerIds)), recencyDays, orders, monetary, measure);
    }

    /**
     * Columns from arrays, with a dictionary the caller already holds (for example a log's
     * {@link io.retention4j.core.log.TransactionLog#customers()}); index i of each array belongs to
     * {@code ids.id(i)}.
     *
     * @param ids         the customer ids
     * @param recencyDays per customer, days since the last purchase, {@code >= 0} when orders &gt; 0
     * @param orders      per customer, the number of orders, {@code >= 0}; 0 = never purchased
     * @param monetary    per customer, the spend, finite when orders &gt; 0
     * @param measure     what {@code monetary} holds
     * @return the columns
     * @throws IllegalArgumentException naming the customer and column of the first invalid value, or
     *                                  columns of different lengths
     */
    public static RfmColumns of(IdDictionary ids, int[] recencyDays, int[] orders, double[] monetary,
                                MonetaryMeasure measure) {
        Checks.notNull("ids", ids);
        Checks.notNull("recencyDays", recencyDays);
        Checks.notNull("orders", orders);
        Checks.notNull("monetary", monetary);
        Checks.notNull("measure", measure);
        int n = ids.size();
        if (recencyDays.length != n || orders.length != n || monetary.length != n) {
            throw new IllegalArgumentException("column lengths differ: ids " + n + ", recencyDays "
                    + recencyDays.length + ", orders " + orders.length + ", monetary " + monetary.length);
        }
        int[] r = recencyDays.clone();
        double[] m = monetary.clone();
        for (int i = 0; i < n; i++) {
            if (orders[i] < 0) {
                throw new IllegalArgumentException("orders[" + i + "] must be >= 0, got " + orders[i]
                        + " for customer '" + ids.id(i) + "'");
            }
            if (orders[i] == 0) {
                r[i] = 0;
                m[i] = 0;
                continue;
            }
            if (recencyDays[i] < 0) {
                throw new IllegalArgumentException("recencyDays[" + i + "] must be >= 0 (days since the last purchase), got "
                        + recencyDays[i] + " for customer '" + ids.id(i) + "'");
            }
            if (!Double.isFinite(monetary[i])) {
                throw new IllegalArgumentException("monetary[" + i + "] must be finite, got " + monetary[i]
                        + " for customer '" + ids.id(i) + "'");
            }
            m[i] += 0.0; // -0.0 -> 0.0, so that printed breakpoints do not depend on input order
        }
        return new RfmColumns(ids, r, orders.clone(), m, measure);
    }

    /**
     * The columns of profiles: recency = {@link CustomerProfile#daysSinceLastPurchase()}, frequency =
     * {@link CustomerProfile#orders()}, monetary = total spend or average order value. Each profile
     * is materialized once (a few microseconds each: seconds for a million customers); scoring itself
     * is far cheaper, so for millions of customers whose values are held in columns already,
     * {@link #of(IdDictionary, int[], int[], double[], MonetaryMeasure)} is the faster way in.
     *
     * @param profiles the profiles (customers who never purchased are kept with 0 orders)
     * @param measure  which spend to score
     * @return the columns, in profile order
     */
    public static RfmColumns from(CustomerProfiles profiles, MonetaryMeasure measure) {
        Checks.notNull("profiles", profiles);
        Checks.notNull("measure", measure);
        int n = profiles.size();
        String[] idColumn = new String[n];
        int[] r = new int[n];
        int[] f = new int[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            // column reads: building a million profile objects would cost seconds
            idColumn[i] = profiles.customerId(i);
            f[i] = profiles.orders(i);
            if (f[i] > 0) {
                r[i] = Math.toIntExact(profiles.daysSinceLastPurchase(i));
                double spend = profiles.totalSpend(i);
                m[i] = (measure == MonetaryMeasure.TOTAL_SPEND ? spend : spend / f[i]) + 0.0;
            }
        }
        return new RfmColumns(IdDictionary.of(idColumn), r, f, m, measure);
    }

    /**
     * The number of customers, including those who never purchased.
     *
     * @return the count
     */
    public int size() {
        return orders.length;
    }

    /**
     * The number of customers with at least one order.
     *
     * @return the count
     */
    public int purchasers() {
        return purchasers;
    }

    /**
     * The customer ids; index i of every column belongs to {@code ids().id(i)}.
     *
     * @return the dictionary
     */
    public IdDictionary ids() {
        return ids;
    }

    /**
     * The id of a customer.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the id
     */
    public String customerId(int index) {
        return ids.id(index);
    }

    /**
     * Whether a customer has at least one order.
     *
     * @param index {@code 0 .. size() - 1}
     * @return true when {@code orders(index) > 0}
     */
    public boolean hasPurchased(int index) {
        return orders[index] > 0;
    }

    /**
     * Days since the last purchase.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the days, {@code >= 0}; 0 for a customer who never purchased (see {@link #hasPurchased})
     */
    public int recencyDays(int index) {
        return recencyDays[index];
    }

    /**
     * The number of orders.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the count, 0 when the customer never purchased
     */
    public int orders(int index) {
        return orders[index];
    }

    /**
     * The spend of {@link #measure()}.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the spend; 0 for a customer who never purchased
     */
    public double monetary(int index) {
        return monetary[index];
    }

    /**
     * What the monetary column holds.
     *
     * @return the measure
     */
    public MonetaryMeasure measure() {
        return measure;
    }

    int[] recencyColumn() {
        return recencyDays;
    }

    int[] ordersColumn() {
        return orders;
    }

    double[] monetaryColumn() {
        return monetary;
    }

    @Override
    public String toString() {
        return "RfmColumns[" + size() + " customers, " + purchasers + " purchased, monetary "
                + measure.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
