package io.retention4j.core.experiment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.Fnv1a;
import io.retention4j.core.internal.NumberFormat;
import io.retention4j.core.log.IdDictionary;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A deterministic, stateless assignment of customers to variants by hash bucketing, as the GrowthBook
 * SDKs do it: the same key, seed, coverage, weights, namespace and hash version put the same customer
 * id into the same variant in any process, and in any language that implements the same hash.
 *
 * <pre>{@code
 * Experiment exp = Experiment.builder("winback-offer").seed("2026").coverage(0.2)
 *         .variant("control", 0.5).variant("offer", 0.5).namespace("promo", 0.0, 0.5).build();
 * Assignment a = exp.assign("customer-42");   // a.variant(), a.index(), a.status(), a.isInExperiment()
 * Exposure e = exp.expose("customer-42", instant);
 * int[] codes = exp.assignAll(customerIds);    // variant index, or -1 / -2 when outside
 * }</pre>
 *
 * <h2>The assignment of a customer id {@code x}</h2>
 * <ol>
 *   <li>Namespace (when the experiment has one): with {@code m = Bucketing.hash("__" + id, x, 1)
 *       = fnv1a32(x + "__" + id) mod 1000 / 1000}, the customer is {@link AssignmentStatus#OUTSIDE_NAMESPACE}
 *       unless {@code start <= m < end}.</li>
 *   <li>Bucket: {@code n = Bucketing.hash(seed, x, hashVersion)}; for the default version 2 that is
 *       {@code fnv1a32(decimal(fnv1a32(seed + x))) mod 10000 / 10000}, for version 1
 *       {@code fnv1a32(x + seed) mod 1000 / 1000}. FNV-1a runs over UTF-8 bytes (see {@link Bucketing}).</li>
 *   <li>Variant: the first variant {@code i} whose range {@code [c_i, c_i + coverage * w_i)} (with
 *       {@code c_i} the sum of the weights before it) holds {@code n}:
 *       {@link AssignmentStatus#IN_VARIANT}, or {@link AssignmentStatus#HOLDOUT} for the holdout
 *       variant; no range: {@link AssignmentStatus#OUTSIDE_COVERAGE}.</li>
 * </ol>
 * So a variant with weight {@code w} gets a share {@code coverage * w} of the customers in the
 * namespace: "10% get A, 10% get B" is coverage 0.2 with weights 0.5 and 0.5, and the other 80% are
 * outside the coverage. The holdout is a variant like the others (a share {@code coverage * w} of the
 * customers), flagged so that its customers are recorded and get nothing.
 *
 * <p>Version 2 is the default (GrowthBook's current, unbiased hash); version 1 matches experiments
 * that GrowthBook runs with {@code hashVersion} 1 or unset. The seed defaults to the key, as in
 * GrowthBook. Customer ids are any non-blank strings; an id with an unpaired surrogate hashes with
 * {@code '?'} in its place.
 *
 * <p>Immutable and thread-safe. The bulk methods ({@link #assignAll(String[], int[])}) allocate
 * nothing per customer: they hash the chars without building byte arrays, continue from the hash
 * state of the seed computed once, and look the bucket up in a table of the 10,000 (version 2) or
 * 1,000 (version 1) possible hash values.
 */
public final class Experiment {
    /** The variant index of a customer outside the coverage (in the namespace, if any). */
    public static final int OUTSIDE_COVERAGE = -1;
    /** The variant index of a customer outside the experiment's namespace range. */
    public static final int OUTSIDE_NAMESPACE = -2;

    private final String key;
    private final String seed;
    private final double coverage;
    private final int hashVersion;
    private final List<Variant> variants;
    private final Namespace namespace;
    private final List<BucketRange> ranges;
    private final int holdoutIndex;

    /** FNV-1a state after the seed's bytes (version 2 hashes seed + id). */
    private final int seedState;
    /** The seed's UTF-8 bytes (version 1 hashes id + seed). */
    private final byte[] seedBytes;
    /** The UTF-8 bytes of "__" + namespace id, or null without a namespace. */
    private final byte[] namespaceSuffix;
    /** Bucket k (hash value k / buckets) -> variant index or OUTSIDE_COVERAGE. */
    private final int[] variantOfBucket;
    /** Namespace bucket k (hash value k / 1000) -> in the namespace range; null without a namespace. */
    private final boolean[] namespaceBucket;

    private Experiment(Builder b) {
        this.key = b.key;
        this.seed = b.seed == null ? b.key : b.seed;
        this.coverage = b.coverage;
        this.hashVersion = b.hashVersion;
        this.variants = List.copyOf(b.variants);
        this.namespace = b.namespace;
        double[] weights = variants.stream().mapToDouble(Variant::weight).toArray();
        Bucketing.checkWeightSum("weights of experiment '" + key + "'", weights, i -> variants.get(i).name() + " " + NumberFormat.compact(weights[i]));
        this.ranges = Bucketing.ranges(coverage, weights);
        int holdout = -1;
        for (int i = 0; i < variants.size(); i++) {
            holdout = variants.get(i).holdout() ? i : holdout;
        }
        this.holdoutIndex = holdout;

        this.seedBytes = seed.getBytes(StandardCharsets.UTF_8);
        this.seedState = Fnv1a.update(Fnv1a.OFFSET_BASIS, seedBytes);
        int buckets = hashVersion == 2 ? 10_000 : 1000;
        this.variantOfBucket = new int[buckets];
        for (int k = 0; k < buckets; k++) {
            // the same double as Bucketing.hash gives for bucket k, compared as chooseVariation does
            variantOfBucket[k] = Bucketing.chooseVariation(k / (double) buckets, ranges);
        }
        if (namespace == null) {
            this.namespaceSuffix = null;
            this.namespaceBucket = null;
        } else {
            this.namespaceSuffix = ("__" + namespace.id()).getBytes(StandardCharsets.UTF_8);
            this.namespaceBucket = new boolean[1000];
            for (int k = 0; k < 1000; k++) {
                double m = k / 1000.0;
                namespaceBucket[k] = namespace.start() <= m && m < namespace.end();
            }
        }
    }

    /**
     * A builder for an experiment with the given key. Defaults: seed = key, coverage 1, hash version 2,
     * no namespace; variants must be added.
     *
     * @param key the experiment key, non-blank
     * @return a new builder
     * @throws IllegalArgumentException when the key is blank or has an unpaired surrogate
     */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /**
     * The experiment key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The seed of the hash (the key unless set).
     *
     * @return the seed
     */
    public String seed() {
        return seed;
    }

    /**
     * The share of customers (in the namespace) who are in the experiment.
     *
     * @return the coverage in {@code 0..1}
     */
    public double coverage() {
        return coverage;
    }

    /**
     * GrowthBook's hash version: 2 (default) or 1.
     *
     * @return the version
     */
    public int hashVersion() {
        return hashVersion;
    }

    /**
     * The variants in order; the index of a variant is its position here.
     *
     * @return an unmodifiable list
     */
    public List<Variant> variants() {
        return variants;
    }

    /**
     * The namespace range, if any.
     *
     * @return the namespace, or empty
     */
    public Optional<Namespace> namespace() {
        return Optional.ofNullable(namespace);
    }

    /**
     * The bucket range of each variant, as {@link Bucketing#bucketRanges(double, double...)} computes
     * them from the coverage and the weights.
     *
     * @return an unmodifiable list, one range per variant
     */
    public List<BucketRange> ranges() {
        return ranges;
    }

    /**
     * The index of the holdout variant, if there is one.
     *
     * @return the index, or empty
     */
    public OptionalInt holdoutIndex() {
        return holdoutIndex < 0 ? OptionalInt.empty() : OptionalInt.of(holdoutIndex);
    }

    /**
     * Assigns a customer (see the class comment for the steps).
     *
     * @param customerId the customer id, non-blank
     * @return the assignment
     * @throws IllegalArgumentException when the id is blank
     */
    public Assignment assign(String customerId) {
        int code = variantIndex(customerId);
        String variant = code >= 0 ? variants.get(code).name() : null;
        return new Assignment(key, customerId, statusOf(code), code, variant, bucket(customerId));
    }

    /**
     * Assigns a customer and records the exposure at the given instant.
     *
     * @param customerId the customer id, non-blank
     * @param at         the instant of the exposure
     * @return the exposure
     * @throws IllegalArgumentException when the id is blank
     */
    public Exposure expose(String customerId, Instant at) {
        Checks.notNull("at", at);
        return Exposure.of(assign(customerId), at);
    }

    /**
     * Assigns a customer and records the exposure at the clock's current instant.
     *
     * @param customerId the customer id, non-blank
     * @param clock      the clock that dates the exposure
     * @return the exposure
     * @throws IllegalArgumentException when the id is blank
     */
    public Exposure expose(String customerId, Clock clock) {
        return expose(customerId, Checks.notNull("clock", clock).instant());
    }

    /**
     * The variant index of a customer, without building an {@link Assignment}.
     *
     * @param customerId the customer id, non-blank
     * @return the variant index ({@code >= 0}, the holdout's index for the holdout), or
     *         {@link #OUTSIDE_COVERAGE} or {@link #OUTSIDE_NAMESPACE}
     * @throws IllegalArgumentException when the id is blank
     */
    public int variantIndex(String customerId) {
        return code(Checks.notBlank("customerId", customerId));
    }

    /**
     * The variant indexes of many customers (see {@link #variantIndex(String)}).
     *
     * @param customerIds the customer ids, each non-blank
     * @return one variant index per id, in order
     * @throws IllegalArgumentException naming the position of a blank id
     */
    public int[] assignAll(String[] customerIds) {
        int[] codes = new int[Checks.notNull("customerIds", customerIds).length];
        assignAll(customerIds, codes);
        return codes;
    }

    /**
     * The variant indexes of many customers into an array, allocating nothing: {@code codes[i]} is
     * {@code variantIndex(customerIds[i])}.
     *
     * @param customerIds the customer ids, each non-blank
     * @param codes       receives the variant indexes; at least as long as {@code customerIds}
     * @throws IllegalArgumentException naming the position of a blank id, or when {@code codes} is
     *                                  too short
     */
    public void assignAll(String[] customerIds, int[] codes) {
        Checks.notNull("customerIds", customerIds);
        Checks.notNull("codes", codes);
        if (codes.length < customerIds.length) {
            throw new IllegalArgumentException("codes has length " + codes.length + ", needs at least "
                    + customerIds.length + " (one per customer id)");
        }
        int i = 0;
        // two customers at a time: their hash chains interleave (see Fnv1a.updateUtf8Pair)
        for (; i + 1 < customerIds.length; i += 2) {
            long pair = codesOf(checkId(customerIds[i], i), checkId(customerIds[i + 1], i + 1));
            codes[i] = (int) (pair >>> 32);
            codes[i + 1] = (int) pair;
        }
        for (; i < customerIds.length; i++) {
            codes[i] = code(checkId(customerIds[i], i));
        }
    }

    /**
     * The variant indexes of the customers of a log's dictionary: {@code codes[c]} is the variant
     * index of {@code customers.id(c)}.
     *
     * @param customers the customer ids, as {@code log.customers()} gives them
     * @return one variant index per customer code
     */
    public int[] assignAll(IdDictionary customers) {
        Checks.notNull("customers", customers);
        int[] codes = new int[customers.size()];
        int c = 0;
        for (; c + 1 < codes.length; c += 2) {
            long pair = codesOf(checkId(customers.id(c), c), checkId(customers.id(c + 1), c + 1));
            codes[c] = (int) (pair >>> 32);
            codes[c + 1] = (int) pair;
        }
        for (; c < codes.length; c++) {
            codes[c] = code(checkId(customers.id(c), c));
        }
        return codes;
    }

    /**
     * The status of a variant index as {@link #variantIndex(String)} and {@link #assignAll(String[])}
     * give it.
     *
     * @param code a variant index, {@link #OUTSIDE_COVERAGE} or {@link #OUTSIDE_NAMESPACE}
     * @return the status
     * @throws IllegalArgumentException when the code is no variant index of this experiment
     */
    public AssignmentStatus statusOf(int code) {
        if (code == OUTSIDE_COVERAGE) {
            return AssignmentStatus.OUTSIDE_COVERAGE;
        }
        if (code == OUTSIDE_NAMESPACE) {
            return AssignmentStatus.OUTSIDE_NAMESPACE;
        }
        if (code < 0 || code >= variants.size()) {
            throw new IllegalArgumentException("code must be a variant index in 0.." + (variants.size() - 1) + ", "
                    + OUTSIDE_COVERAGE + " or " + OUTSIDE_NAMESPACE + ", got " + code);
        }
        return code == holdoutIndex ? AssignmentStatus.HOLDOUT : AssignmentStatus.IN_VARIANT;
    }

    /**
     * A customer's hash value: {@code Bucketing.hash(seed(), customerId, hashVersion())}.
     *
     * @param customerId the customer id
     * @return the hash value in {@code [0, 1)}
     */
    public double bucket(String customerId) {
        Checks.notNull("customerId", customerId);
        return bucketOf(customerId) / (double) variantOfBucket.length;
    }

    /**
     * Whether a customer is in the experiment's namespace range (always true without a namespace).
     *
     * @param customerId the customer id
     * @return true when in the range
     */
    public boolean inNamespace(String customerId) {
        Checks.notNull("customerId", customerId);
        return namespaceBucket == null || namespaceBucket[namespaceBucketOf(customerId)];
    }

    private int code(String customerId) {
        if (namespaceBucket != null && !namespaceBucket[namespaceBucketOf(customerId)]) {
            return OUTSIDE_NAMESPACE;
        }
        return variantOfBucket[bucketOf(customerId)];
    }

    /** The integer bucket k of the hash value k / 10000 (version 2) or k / 1000 (version 1). */
    private int bucketOf(String customerId) {
        if (hashVersion == 2) {
            int h = Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, Fnv1a.updateUtf8(seedState, customerId));
            return Integer.remainderUnsigned(h, 10_000);
        }
        return Integer.remainderUnsigned(Fnv1a.update(Fnv1a.updateUtf8(Fnv1a.OFFSET_BASIS, customerId), seedBytes),
                1000);
    }

    /** {@link #code} of two customers, computed side by side: a's code in the high half, b's in the low. */
    private long codesOf(String a, String b) {
        long buckets = bucketsOf(a, b);
        int codeA = variantOfBucket[(int) (buckets >>> 32)];
        int codeB = variantOfBucket[(int) buckets];
        if (namespaceBucket != null) {
            long states = Fnv1a.updateUtf8Pair(Fnv1a.OFFSET_BASIS, a, Fnv1a.OFFSET_BASIS, b);
            if (!namespaceBucket[Integer.remainderUnsigned(Fnv1a.update((int) (states >>> 32), namespaceSuffix), 1000)]) {
                codeA = OUTSIDE_NAMESPACE;
            }
            if (!namespaceBucket[Integer.remainderUnsigned(Fnv1a.update((int) states, namespaceSuffix), 1000)]) {
                codeB = OUTSIDE_NAMESPACE;
            }
        }
        return (long) codeA << 32 | (codeB & 0xffffffffL);
    }

    /** {@link #bucketOf} of two customers, hashed side by side: a's bucket in the high half, b's in the low. */
    private long bucketsOf(String a, String b) {
        int ha;
        int hb;
        if (hashVersion == 2) {
            long states = Fnv1a.updateUtf8Pair(seedState, a, seedState, b);
            ha = Integer.remainderUnsigned(Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, (int) (states >>> 32)), 10_000);
            hb = Integer.remainderUnsigned(Fnv1a.updateDecimal(Fnv1a.OFFSET_BASIS, (int) states), 10_000);
        } else {
            long states = Fnv1a.updateUtf8Pair(Fnv1a.OFFSET_BASIS, a, Fnv1a.OFFSET_BASIS, b);
            ha = Integer.remainderUnsigned(Fnv1a.update((int) (states >>> 32), seedBytes), 1000);
            hb = Integer.remainderUnsigned(Fnv1a.update((int) states, seedBytes), 1000);
        }
        return (long) ha << 32 | hb;
    }

    private int namespaceBucketOf(String customerId) {
        int h = Fnv1a.update(Fnv1a.updateUtf8(Fnv1a.OFFSET_BASIS, customerId), namespaceSuffix);
        return Integer.remainderUnsigned(h, 1000);
    }

    private static String checkId(String id, int position) {
        if (id == null) {
            throw new NullPointerException("customer id at position " + position + " must not be null");
        }
        if (id.isBlank()) {
            throw new IllegalArgumentException("customer id at position " + position + " must not be blank, got '"
                    + id + "'");
        }
        return id;
    }

    /** Requires a non-blank text without unpaired surrogates (so that it has an exact UTF-8 form). */
    static String checkText(String field, String text) {
        Checks.notBlank(field, text);
        int bad = Fnv1a.unpairedSurrogate(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(field + " must not contain an unpaired surrogate (it has no UTF-8"
                    + " form), got U+" + Integer.toHexString(text.charAt(bad)).toUpperCase(Locale.ROOT)
                    + " at index " + bad + " of '" + text + "'");
        }
        return text;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Experiment[").append(key);
        if (!seed.equals(key)) {
            s.append(", seed '").append(seed).append('\'');
        }
        s.append(", hash v").append(hashVersion).append(", coverage ").append(NumberFormat.compact(coverage));
        if (namespace != null) {
            s.append(", namespace ").append(namespace);
        }
        s.append(": ");
        for (int i = 0; i < variants.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(variants.get(i)).append(' ').append(ranges.get(i));
        }
        return s.append(']').toString();
    }

    /** Options for {@link Experiment}; each setter validates at once, {@link #build()} checks the weights. */
    public static final class Builder {
        private final String key;
        private String seed;
        private double coverage = 1;
        private int hashVersion = 2;
        private final List<Variant> variants = new ArrayList<>();
        private Namespace namespace;

        private Builder(String key) {
            this.key = checkText("key", key);
        }

        /**
         * The seed of the hash (default: the key). Changing it reshuffles every customer.
         *
         * @param seedText non-blank, without unpaired surrogates
         * @return this builder
         * @throws IllegalArgumentException when blank or with an unpaired surrogate
         */
        public Builder seed(String seedText) {
            this.seed = checkText("seed", seedText);
            return this;
        }

        /**
         * The share of customers (in the namespace) who are in the experiment (default 1).
         *
         * @param share in {@code 0..1}
         * @return this builder
         * @throws IllegalArgumentException when outside {@code 0..1} or NaN
         */
        public Builder coverage(double share) {
            this.coverage = Bucketing.checkCoverage(share);
            return this;
        }

        /**
         * GrowthBook's hash version (default 2, the unbiased one; 1 for GrowthBook experiments
         * without a hash version).
         *
         * @param version 1 or 2
         * @return this builder
         * @throws IllegalArgumentException when neither 1 nor 2
         */
        public Builder hashVersion(int version) {
            this.hashVersion = Bucketing.checkHashVersion(version);
            return this;
        }

        /**
         * Adds a variant; its index is the number of variants added before it.
         *
         * @param name   the name, non-blank and unique in the experiment
         * @param weight its share of the covered customers, in {@code 0..1}
         * @return this builder
         * @throws IllegalArgumentException when the name is blank or taken, or the weight is outside
         *                                  {@code 0..1}
         */
        public Builder variant(String name, double weight) {
            return add(new Variant(name, weight, false));
        }

        /**
         * Adds the holdout variant: its customers are recorded as {@link AssignmentStatus#HOLDOUT} and
         * get nothing. It takes part in the bucketing like any variant (a share {@code coverage * weight}
         * of the customers). At most one per experiment.
         *
         * @param name   the name, non-blank and unique in the experiment, for example "holdout"
         * @param weight its share of the covered customers, in {@code 0..1}
         * @return this builder
         * @throws IllegalArgumentException when the name is blank or taken, the weight is outside
         *                                  {@code 0..1}, or a holdout was already added
         */
        public Builder holdout(String name, double weight) {
            for (Variant v : variants) {
                if (v.holdout()) {
                    throw new IllegalArgumentException("experiment '" + key + "' has a holdout already ('" + v.name()
                            + "'), cannot add '" + name + "' as a second one");
                }
            }
            return add(new Variant(name, weight, true));
        }

        private Builder add(Variant variant) {
            for (Variant v : variants) {
                if (v.name().equals(variant.name())) {
                    throw new IllegalArgumentException("duplicate variant name '" + variant.name()
                            + "' in experiment '" + key + "' (variants so far: " + names() + ")");
                }
            }
            variants.add(variant);
            return this;
        }

        private String names() {
            return variants.stream().map(Variant::name).collect(Collectors.joining(", ", "[", "]"));
        }

        /**
         * Puts the experiment into a namespace range (default: none, every customer is eligible).
         *
         * @param id    the namespace id, non-blank
         * @param start the first hash value in the range
         * @param end   the first hash value after it
         * @return this builder
         * @throws IllegalArgumentException when the id is blank or not {@code 0 <= start < end <= 1}
         */
        public Builder namespace(String id, double start, double end) {
            return namespace(new Namespace(id, start, end));
        }

        /**
         * Puts the experiment into a namespace range, or removes it (null).
         *
         * @param range the namespace range, or null for none
         * @return this builder
         */
        public Builder namespace(Namespace range) {
            this.namespace = range;
            return this;
        }

        /**
         * Builds the experiment.
         *
         * @return the experiment
         * @throws IllegalArgumentException when there is no variant or the weights do not sum to 1
         *                                  within {@link Bucketing#WEIGHT_TOLERANCE}
         */
        public Experiment build() {
            if (variants.isEmpty()) {
                throw new IllegalArgumentException("experiment '" + key + "' needs at least one variant, got none");
            }
            return new Experiment(this);
        }
    }
}
