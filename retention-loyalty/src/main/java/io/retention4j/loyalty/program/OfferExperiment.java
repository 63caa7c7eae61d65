package io.retention4j.loyalty.program;

import io.retention4j.core.experiment.Experiment;
import io.retention4j.loyalty.internal.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An A/B test of a campaign offer, assigned with core's {@link Experiment} (GrowthBook-compatible hash
 * bucketing): each customer meeting the trigger is put into a variant by {@code experiment().assign(customerId)}.
 * A customer in a variant gets that variant's points; a customer in the holdout gets nothing (recorded);
 * a customer outside the coverage gets the trigger's default behaviour. The assignment is deterministic,
 * so it is the same in every process and after every reload.
 *
 * @param trigger  the trigger whose offer is tested: WIN_BACK, BIRTHDAY or ANNIVERSARY
 * @param key      the experiment key: letters, digits, '.', '_' and '-' only (it is written into journal marks)
 * @param seed     the hash seed, or null for the key (changing it reshuffles every customer)
 * @param coverage the share of customers in the experiment, in {@code 0..1}, or null for 1
 * @param variants the arms, in bucket order; weights summing to 1, names unique, at most one holdout
 */
public record OfferExperiment(CampaignTrigger trigger, String key, String seed, BigDecimal coverage,
                              List<OfferVariant> variants) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]+");

    /**
     * Validates the fields by building the core experiment (so its weight and coverage checks apply).
     *
     * @param trigger  WIN_BACK, BIRTHDAY or ANNIVERSARY
     * @param key      an identifier
     * @param seed     non-blank or null
     * @param coverage in {@code 0..1} or null
     * @param variants at least one; see the record description
     */
    public OfferExperiment {
        Require.notNull("campaigns.experiments trigger", trigger);
        if (trigger == CampaignTrigger.EXPIRY_REMINDER) {
            throw new IllegalArgumentException("campaigns.experiments: an expiry reminder offers nothing to test;"
                    + " the trigger must be WIN_BACK, BIRTHDAY or ANNIVERSARY");
        }
        identifier("campaigns.experiments key", key);
        Require.nullOrNotBlank("campaigns.experiments '" + key + "' seed", seed);
        coverage = coverage == null ? BigDecimal.ONE : coverage;
        variants = Require.uniqueList("campaigns.experiments '" + key + "' variants",
                Require.notNull("campaigns.experiments '" + key + "' variants", variants), OfferVariant::name);
        try {
            build(key, seed, coverage, variants);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("campaigns.experiments '" + key + "': " + e.getMessage(), e);
        }
    }

    /**
     * An experiment with coverage 1 and the key as seed.
     *
     * @param trigger  WIN_BACK, BIRTHDAY or ANNIVERSARY
     * @param key      an identifier
     * @param variants the arms
     * @return the experiment
     */
    public static OfferExperiment of(CampaignTrigger trigger, String key, OfferVariant... variants) {
        return new OfferExperiment(trigger, key, null, null, List.of(variants));
    }

    /**
     * This experiment with another seed.
     *
     * @param seedText non-blank
     * @return a copy
     */
    public OfferExperiment withSeed(String seedText) {
        return new OfferExperiment(trigger, key, Require.notBlank("seed", seedText), coverage, variants);
    }

    /**
     * This experiment with another coverage.
     *
     * @param share in {@code 0..1}
     * @return a copy
     */
    public OfferExperiment withCoverage(double share) {
        return new OfferExperiment(trigger, key, seed, BigDecimal.valueOf(share), variants);
    }

    /**
     * The core experiment that assigns customers: key, seed, coverage, the variants with their weights
     * (the holdout as core's holdout variant), hash version 2, no namespace.
     *
     * @return a new experiment (immutable; build it once and keep it)
     */
    public Experiment experiment() {
        return build(key, seed, coverage, variants);
    }

    private static Experiment build(String key, String seed, BigDecimal coverage, List<OfferVariant> variants) {
        Experiment.Builder b = Experiment.builder(key).coverage(coverage.doubleValue());
        if (seed != null) {
            b.seed(seed);
        }
        for (OfferVariant v : variants) {
            if (v.holdout()) {
                b.holdout(v.name(), v.weight().doubleValue());
            } else {
                b.variant(v.name(), v.weight().doubleValue());
            }
        }
        return b.build();
    }

    /** Requires a name made of letters, digits, '.', '_' and '-' (so marks can quote it without escaping). */
    static String identifier(String field, String value) {
        Require.notBlank(field, value);
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " may hold letters, digits, '.', '_' and '-' only, got '" + value
                    + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "experiment " + key + " on " + trigger + (seed == null ? "" : " seed " + seed) + ", coverage "
                + coverage.stripTrailingZeros().toPlainString() + ": " + variants;
    }
}
