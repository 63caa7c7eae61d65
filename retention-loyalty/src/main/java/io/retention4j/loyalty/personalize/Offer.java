package io.retention4j.loyalty.personalize;

import io.retention4j.loyalty.internal.Require;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An offer that {@link NextBestOffer} may make: what it is, what it costs when accepted, how likely
 * customers are to respond, who may get it (eligibility rules, segments) and who responds better
 * (boosts). Immutable and thread-safe.
 *
 * <p>Response probability for a customer: {@code min(1, responseRate * product of the multipliers
 * of the boosts that apply)}; a boost applies when its profile rule holds or the customer is in its
 * segment.
 */
public final class Offer {
    private final String id;
    private final OfferKind kind;
    private final String description;
    private final double cost;
    private final double responseRate;
    private final List<ProfileRule> eligibility;
    private final Set<String> segments;
    private final List<ProfileRule> boostRules;   // null for a segment boost
    private final List<String> boostSegments;     // null for a rule boost
    private final double[] boostMultipliers;
    private final Duration minimumGap;

    private Offer(Builder b) {
        this.id = b.id;
        this.kind = b.kind;
        this.description = b.description;
        this.cost = b.cost;
        this.responseRate = b.responseRate;
        this.eligibility = List.copyOf(b.eligibility);
        this.segments = Set.copyOf(b.segments);
        this.boostRules = Collections.unmodifiableList(new ArrayList<>(b.boostRules));
        this.boostSegments = Collections.unmodifiableList(new ArrayList<>(b.boostSegments));
        this.boostMultipliers = b.boostMultipliers.stream().mapToDouble(Double::doubleValue).toArray();
        this.minimumGap = b.minimumGap;
    }

    /**
     * A builder.
     *
     * @param id   the offer's id, non-blank
     * @param kind what it gives
     * @return a new builder: description = id, cost 0, response rate 0.05, everyone eligible, no boosts, no gap
     */
    public static Builder builder(String id, OfferKind kind) {
        return new Builder(Require.notBlank("offer id", id), Require.notNull("offer '" + id + "' kind", kind));
    }

    /**
     * The id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public OfferKind kind() {
        return kind;
    }

    /**
     * The text shown to the customer (the {@code {offer}} placeholder).
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The cost to the business when the offer is accepted, in the unit of the customer value.
     *
     * @return the cost, non-negative
     */
    public double cost() {
        return cost;
    }

    /**
     * The base response probability.
     *
     * @return in [0, 1]
     */
    public double responseRate() {
        return responseRate;
    }

    /**
     * The eligibility rules, all of which must hold.
     *
     * @return the rules
     */
    public List<ProfileRule> eligibility() {
        return eligibility;
    }

    /**
     * The segments the offer is for.
     *
     * @return the segments; empty for all
     */
    public Set<String> segments() {
        return segments;
    }

    /**
     * How long after this offer was made to a customer it may not be made to them again.
     *
     * @return the gap, zero for none
     */
    public Duration minimumGap() {
        return minimumGap;
    }

    int boostCount() {
        return boostRules.size();
    }

    boolean boostApplies(int i, io.retention4j.core.profile.CustomerProfile profile, String segment) {
        ProfileRule rule = boostRules.get(i);
        return rule != null ? rule.test(profile) : boostSegments.get(i).equals(segment);
    }

    String boostDescription(int i) {
        ProfileRule rule = boostRules.get(i);
        return rule != null ? rule.toString() : "segment " + boostSegments.get(i);
    }

    double boostMultiplier(int i) {
        return boostMultipliers[i];
    }

    @Override
    public String toString() {
        return "Offer[" + id + " " + kind + " '" + description + "', cost " + cost + ", response " + responseRate
                + (eligibility.isEmpty() ? "" : ", if " + eligibility)
                + (segments.isEmpty() ? "" : ", segments " + new java.util.TreeSet<>(segments))
                + (minimumGap.isZero() ? "" : ", not again within " + minimumGap) + "]";
    }

    /** Settings of an offer; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final OfferKind kind;
        private String description;
        private double cost;
        private double responseRate = 0.05;
        private final List<ProfileRule> eligibility = new ArrayList<>();
        private final Set<String> segments = new LinkedHashSet<>();
        private final List<ProfileRule> boostRules = new ArrayList<>();
        private final List<String> boostSegments = new ArrayList<>();
        private final List<Double> boostMultipliers = new ArrayList<>();
        private Duration minimumGap = Duration.ZERO;

        private Builder(String id, OfferKind kind) {
            this.id = id;
            this.kind = kind;
            this.description = id;
        }

        /**
         * The text shown to the customer.
         *
         * @param value non-blank
         * @return this builder
         */
        public Builder description(String value) {
            description = Require.notBlank("offer '" + id + "' description", value);
            return this;
        }

        /**
         * The cost when accepted.
         *
         * @param value finite, non-negative
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder cost(double value) {
            cost = Args.finiteNonNegative("offer '" + id + "' cost", value);
            return this;
        }

        /**
         * The base response probability.
         *
         * @param value in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException otherwise
         */
        public Builder responseRate(double value) {
            responseRate = Args.inRange("offer '" + id + "' responseRate", value, 0, 1);
            return this;
        }

        /**
         * Adds an eligibility rule (all must hold).
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder eligibleIf(ProfileRule rule) {
            eligibility.add(Require.notNull("offer '" + id + "' eligibility rule", rule));
            return this;
        }

        /**
         * Restricts the offer to segments.
         *
         * @param values segment names
         * @return this builder
         */
        public Builder segments(String... values) {
            for (String s : Require.notNull("offer '" + id + "' segments", values)) {
                segments.add(Require.notBlank("offer '" + id + "' segment", s));
            }
            return this;
        }

        /**
         * Multiplies the response probability when a rule holds.
         *
         * @param rule       the rule
         * @param multiplier positive and finite
         * @return this builder
         * @throws IllegalArgumentException when the multiplier is not positive and finite
         */
        public Builder boost(ProfileRule rule, double multiplier) {
            Require.notNull("offer '" + id + "' boost rule", rule);
            double m = multiplier(multiplier);
            boostRules.add(rule);
            boostSegments.add(null);
            boostMultipliers.add(m);
            return this;
        }

        /**
         * Multiplies the response probability for customers of a segment.
         *
         * @param segment    the segment's name
         * @param multiplier positive and finite
         * @return this builder
         * @throws IllegalArgumentException when the multiplier is not positive and finite
         */
        public Builder boostSegment(String segment, double multiplier) {
            Require.notBlank("offer '" + id + "' boost segment", segment);
            double m = multiplier(multiplier);
            boostRules.add(null);
            boostSegments.add(segment);
            boostMultipliers.add(m);
            return this;
        }

        private double multiplier(double value) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("offer '" + id + "' boost multiplier must be positive and finite, got "
                        + value);
            }
            return value;
        }

        /**
         * Not again to the same customer within this time.
         *
         * @param value zero or positive
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder minimumGap(Duration value) {
            Require.notNull("offer '" + id + "' minimumGap", value);
            if (value.isNegative()) {
                throw new IllegalArgumentException("offer '" + id + "' minimumGap must not be negative, got " + value);
            }
            minimumGap = value;
            return this;
        }

        /**
         * The offer.
         *
         * @return the offer
         */
        public Offer build() {
            return new Offer(this);
        }
    }
}
