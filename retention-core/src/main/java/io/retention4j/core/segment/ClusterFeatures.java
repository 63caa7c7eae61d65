package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The points k-means clusters: one row per customer, one column per feature, each feature
 * optionally log-transformed ({@code log1p(x) = ln(1 + x)}) and then standardized to mean 0 and
 * standard deviation 1 over the customers: {@code z = (t - mean(t)) / sd(t)} with the population
 * standard deviation {@code sd = sqrt(sum((t - mean)^2) / N)}. A feature with sd = 0 (every
 * customer equal) standardizes to 0 everywhere and so does not affect the clustering.
 *
 * <p>Customers lacking a feature (a customer who never purchased has no days since the last purchase)
 * are left out, counted and listed in {@link #excludedIds()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClusterFeatures {
    private final String[] ids;
    private final List<String> names;
    private final double[][] original;      // [feature][row]
    private final double[] standardized;    // row-major: row * d + feature
    private final double[] mean;
    private final double[] sd;
    private final boolean log1p;
    private final List<String> excluded;
    private final IdDictionary index;

    private ClusterFeatures(String[] ids, List<String> names, double[][] original, boolean log1p, List<String> excluded) {
        this.ids = ids;
        this.names = List.copyOf(names);
        this.original = original;
        this.log1p = log1p;
        this.excluded = Collections.unmodifiableList(excluded);
        this.index = IdDictionary.of(ids);
        int n = ids.length;
        int d = names.size();
        this.mean = new double[d];
        this.sd = new double[d];
        this.standardized = new double[n * d];
        for (int f = 0; f < d; f++) {
            double[] column = original[f];
            double[] t = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = column[i];
                if (log1p && !(v > -1)) {
                    throw new IllegalArgumentException("feature '" + names.get(f) + "' of customer '" + ids[i]
                            + "' is " + v + "; log1p needs values above -1");
                }
                t[i] = log1p ? Math.log1p(v) : v;
                sum += t[i];
            }
            double m = n == 0 ? 0 : sum / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (t[i] - m) * (t[i] - m);
            }
            double s = n == 0 ? 0 : Math.sqrt(ss / n);
            mean[f] = m;
            sd[f] = s;
            for (int i = 0; i < n; i++) {
                standardized[i * d + f] = s > 0 ? (t[i] - m) / s : 0;
            }
        }
    }

    /**
     * The log-RFM features of customers who purchased: recency days, orders and monetary value, each
     * log1p-transformed and standardized. Customers who never purchased are excluded.
     *
     * @param columns the raw values
     * @return the features {@code recencyDays}, {@code orders}, {@code monetary}
     * @throws IllegalArgumentException when a monetary value is at or below -1 (log1p undefined)
     */
    public static ClusterFeatures logRfm(RfmColumns columns) {
        Checks.notNull("columns", columns);
        int s = columns.purchasers();
        String[] ids = new String[s];
        double[][] x = new double[3][s];
        List<String> excluded = new ArrayList<>();
        int row = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.hasPurchased(i)) {
                excluded.add(columns.customerId(i));
                continue;
            }
            ids[row] = columns.customerId(i);
            x[0][row] = columns.recencyDays(i);
            x[1][row] = columns.orders(i);
            x[2][row] = columns.monetary(i);
            row++;
        }
        return new ClusterFeatures(ids, List.of("recencyDays", "orders", "monetary"), x, true, excluded);
    }

    /**
     * The log-RFM features of profiles: {@code logRfm(RfmColumns.from(profiles, measure))}.
     *
     * @param profiles the profiles
     * @param measure  the monetary measure
     * @return the features
     */
    public static ClusterFeatures logRfm(CustomerProfiles profiles, MonetaryMeasure measure) {
        return logRfm(RfmColumns.from(profiles, measure));
    }

    /**
     * Chosen profile quantities as features.
     *
     * @param profiles   the profiles
     * @param log1p      whether to log1p-transform each feature before standardizing
     * @param fieldNames at least one {@link ProfileField#fieldName()}, no repeats
     * @return the features; customers lacking any of them are excluded
     * @throws IllegalArgumentException for an unknown or repeated feature name (listing the known
     *                                  names), or a value at or below -1 with log1p
     */
    public static ClusterFeatures of(CustomerProfiles profiles, boolean log1p, String... fieldNames) {
        Checks.notNull("profiles", profiles);
        List<ProfileField> fields = fields(fieldNames);
        int d = fields.size();
        List<String> kept = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (CustomerProfile p : profiles) {
            double[] row = new double[d];
            boolean complete = true;
            for (int f = 0; f < d; f++) {
                row[f] = fields.get(f).raw(p);
                complete &= !Double.isNaN(row[f]);
            }
            if (complete) {
                kept.add(p.customerId());
                rows.add(row);
            } else {
                excluded.add(p.customerId());
            }
        }
        double[][] x = new double[d][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int f = 0; f < d; f++) {
                x[f][i] = rows.get(i)[f];
            }
        }
        List<String> names = new ArrayList<>();
        for (ProfileField f : fields) {
            names.add(f.fieldName());
        }
        return new ClusterFeatures(kept.toArray(new String[0]), names, x, log1p, excluded);
    }

    private static List<ProfileField> fields(String... fieldNames) {
        Checks.notNull("fieldNames", fieldNames);
        if (fieldNames.length == 0) {
            throw new IllegalArgumentException("at least one feature is needed; the features are " + ProfileField.names());
        }
        List<ProfileField> fields = new ArrayList<>();
        for (String name : fieldNames) {
            ProfileField f;
            try {
                f = ProfileField.named(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown feature '" + name + "'; the features are "
                        + ProfileField.names(), e);
            }
            if (fields.contains(f)) {
                throw new IllegalArgumentException("feature '" + name + "' is given twice");
            }
            fields.add(f);
        }
        return fields;
    }

    /**
     * Features from columns.
     *
     * @param customerIds  distinct, non-blank ids, one per row
     * @param featureNames distinct, non-blank names, one per column
     * @param columns      {@code columns[feature][row]}, finite
     * @param log1p        whether to log1p-transform each feature before standardizing
     * @return the features (arrays copied)
     * @throws IllegalArgumentException for mismatched lengths, a repeated id or name, or a non-finite
     *                                  value (naming the customer and feature)
     */
    public static ClusterFeatures of(String[] customerIds, String[] featureNames, double[][] columns, boolean log1p) {
        Checks.notNull("customerIds", customerIds);
        Checks.notNull("featureNames", featureNames);
        Checks.notNull("columns", columns);
        if (featureNames.length == 0 || columns.length != featureNames.length) {
            throw new IllegalArgumentException("need at least one feature and one column per feature name; got "
                    + featureNames.length + " names and " + columns.length + " columns");
        }
        List<String> names = new ArrayList<>();
        double[][] x = new double[columns.length][];
        for (int f = 0; f < columns.length; f++) {
            String name = Checks.notBlank("featureNames[" + f + "]", featureNames[f]);
            if (names.contains(name)) {
                throw new IllegalArgumentException("feature name '" + name + "' is given twice");
            }
            names.add(name);
            x[f] = Checks.notNull("columns[" + f + "]", columns[f]).clone();
            if (x[f].length != customerIds.length) {
                throw new IllegalArgumentException("column '" + name + "' has " + x[f].length + " values for "
                        + customerIds.length + " customers");
            }
            for (int i = 0; i < x[f].length; i++) {
                if (!Double.isFinite(x[f][i])) {
                    throw new IllegalArgumentException("feature '" + name + "' of customer '" + customerIds[i]
                            + "' must be finite, got " + x[f][i]);
                }
            }
        }
        return new ClusterFeatures(customerIds.clone(), names, x, log1p, new ArrayList<>());
    }

    /**
     * The number of customers (rows).
     *
     * @return the count
     */
    public int size() {
        return ids.length;
    }

    /**
     * The number of features.
     *
     * @return d
     */
    public int dimensions() {
        return names.size();
    }

    /**
     * The feature names.
     *
     * @return the names in column order
     */
    public List<String> featureNames() {
        return names;
    }

    /**
     * Whether each feature was log1p-transformed before standardizing.
     *
     * @return the flag
     */
    public boolean isLogTransformed() {
        return log1p;
    }

    /**
     * The id of a row.
     *
     * @param row {@code 0 .. size() - 1}
     * @return the customer id
     */
    public String customerId(int row) {
        return ids[row];
    }

    /**
     * The row of a customer.
     *
     * @param customerId an id
     * @return the row, or -1 when the customer is not among the rows
     */
    public int indexOf(String customerId) {
        return index.indexOf(Checks.notNull("customerId", customerId));
    }

    /**
     * A feature value in its original unit.
     *
     * @param row     the row
     * @param feature the feature index
     * @return the value
     */
    public double value(int row, int feature) {
        return original[feature][row];
    }

    /**
     * A feature value after transformation and standardization.
     *
     * @param row     the row
     * @param feature the feature index
     * @return z
     */
    public double standardized(int row, int feature) {
        return standardized[row * names.size() + feature];
    }

    /**
     * The mean of a feature after the log transformation (if any), before standardizing.
     *
     * @param feature the feature index
     * @return the mean; 0 when there are no rows
     */
    public double mean(int feature) {
        return mean[feature];
    }

    /**
     * The population standard deviation of a feature after the log transformation (if any).
     *
     * @param feature the feature index
     * @return the standard deviation; 0 when there are no rows or all values are equal
     */
    public double standardDeviation(int feature) {
        return sd[feature];
    }

    /**
     * Maps a point of the standardized space back to original units: {@code t = mean + z sd}, then
     * {@code expm1(t)} if log-transformed. For a centroid of log features this is
     * {@code exp(mean of log(1 + x)) - 1}: a geometric-mean-like centre, below the arithmetic mean.
     *
     * @param point d standardized coordinates
     * @return d values in original units
     */
    public double[] toOriginal(double[] point) {
        Checks.notNull("point", point);
        if (point.length != names.size()) {
            throw new IllegalArgumentException("point has " + point.length + " coordinates; there are "
                    + names.size() + " features");
        }
        double[] out = new double[point.length];
        for (int f = 0; f < out.length; f++) {
            double t = mean[f] + point[f] * sd[f];
            out[f] = log1p ? Math.expm1(t) : t;
        }
        return out;
    }

    /**
     * The customers left out because they lacked a feature, in input order.
     *
     * @return the ids
     */
    public List<String> excludedIds() {
        return excluded;
    }

    double[] matrix() {
        return standardized;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ClusterFeatures[%d customers x %s, %s, standardized; %d excluded]",
                size(), names, log1p ? "log1p" : "raw", excluded.size());
    }
}
