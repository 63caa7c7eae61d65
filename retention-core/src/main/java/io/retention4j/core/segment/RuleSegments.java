package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A set of named rule segments over customer profiles. Unlike a {@link SegmentMap}, the segments
 * may overlap: a customer belongs to every segment whose condition holds, or to none.
 *
 * <pre>{@code
 * RuleSegments segments = RuleSegments.builder()
 *         .segment("vip", Conditions.totalSpend().atLeast(500).and(Conditions.tagged("vip")))
 *         .segment("sleeping", Conditions.daysSinceLastPurchase().greaterThan(90))
 *         .build();
 * RuleSegmentMembership now = segments.evaluate(profiles);
 * }</pre>
 *
 * <p>JSON schema (unknown fields are rejected with their path; {@code format} and {@code version}
 * are optional on input):
 * <pre>{@code
 * {"format": "retention4j-rule-segments", "version": 1,
 *  "segments": [{"name": "vip", "condition": CONDITION}, ...]}
 *
 * CONDITION is an object with exactly one of these keys:
 *   "field":  a ProfileField name ("totalSpend", "orders", "daysSinceLastPurchase", ...) with BOUNDS
 *   "events": an event type name ("login", "support_ticket_opened", ...) with BOUNDS
 *   "attribute": a key, with "equals": "value", or "in": ["v1", "v2"], or "present": true|false
 *   "tag": a tag (see Conditions#tagsOf)
 *   "npsClass": "PROMOTER" | "PASSIVE" | "DETRACTOR"
 *   "topCategory": the customer's favourite category
 *   "boughtCategory": a category among the customer's top categories
 *   "all": [CONDITION, ...]     (at least one)
 *   "any": [CONDITION, ...]     (at least one)
 *   "not": CONDITION
 * BOUNDS: "atLeast" or "greaterThan" and/or "atMost" or "lessThan", or "equals" alone; numbers.
 * }</pre>
 * Example: {@code {"all": [{"field": "totalSpend", "atLeast": 500}, {"tag": "vip"}]}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSegments {
    /** The format tag of the JSON form. */
    public static final String FORMAT = "retention4j-rule-segments";

    private final List<RuleSegment> segments;

    private RuleSegments(List<RuleSegment> segments) {
        this.segments = List.copyOf(segments);
    }

    /**
     * Segments from a list.
     *
     * @param segments at least one segment, names distinct
     * @return the set
     * @throws IllegalArgumentException when the list is empty or a name repeats
     */
    public static RuleSegments of(List<RuleSegment> segments) {
        Builder b = builder();
        for (RuleSegment s : Checks.notNull("segments", segments)) {
            b.segment(s);
        }
        return b.build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads segments from JSON text.
     *
     * @param json the document
     * @return the segments
     * @throws SegmentJsonException for malformed JSON (line and column), an unknown field, field name,
     *                              NPS class or operator, or an invalid value (line, column and path)
     */
    public static RuleSegments fromJson(String json) {
        return RuleSegmentsJson.read("rule segments", Checks.notNull("json", json));
    }

    /**
     * Reads segments from a JSON file (UTF-8).
     *
     * @param path the file
     * @return the segments
     * @throws IOException          when the file cannot be read
     * @throws SegmentJsonException as {@link #fromJson(String)}, naming the file
     */
    public static RuleSegments read(Path path) throws IOException {
        Checks.notNull("path", path);
        return RuleSegmentsJson.read(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * The JSON form; {@link #fromJson(String)} reads it back to equal segments.
     *
     * @return the document
     */
    public String toJson() {
        return RuleSegmentsJson.write(this);
    }

    /**
     * Writes the JSON form to a file (UTF-8), replacing it.
     *
     * @param path the file
     * @throws IOException when the file cannot be written
     */
    public void write(Path path) throws IOException {
        Files.writeString(Checks.notNull("path", path), toJson(), StandardCharsets.UTF_8);
    }

    /**
     * The segments in definition order.
     *
     * @return an unmodifiable list
     */
    public List<RuleSegment> segments() {
        return segments;
    }

    /**
     * The segment names in definition order.
     *
     * @return the names
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(segments.size());
        for (RuleSegment s : segments) {
            names.add(s.name());
        }
        return names;
    }

    /**
     * The segments of one customer.
     *
     * @param profile a profile
     * @return the names of the segments whose condition holds, in definition order
     */
    public List<String> segmentsOf(CustomerProfile profile) {
        Checks.notNull("profile", profile);
        List<String> out = new ArrayList<>();
        for (RuleSegment s : segments) {
            if (s.contains(profile)) {
                out.add(s.name());
            }
        }
        return out;
    }

    /**
     * Evaluates every segment for every customer (each profile materialized once).
     *
     * @param profiles the profiles
     * @return who belongs to which segment
     */
    public RuleSegmentMembership evaluate(CustomerProfiles profiles) {
        return new RuleSegmentMembership(this, Checks.notNull("profiles", profiles));
    }

    /**
     * Segment sizes at several instants. Profiles describe one as-of instant, so the sizes at an
     * instant come from profiles rebuilt as of that instant by the caller's function, for example
     * {@code t -> CustomerProfiles.builder().transactions(log).customers(customers).asOf(t).build()}
     * (rebuilding costs one pass over the logs per instant).
     *
     * @param instants      strictly increasing instants, at least one
     * @param profilesAsOf  builds the profiles as of an instant; their {@code asOf()} must equal it
     * @return the sizes per instant
     * @throws IllegalArgumentException when the instants are empty or not strictly increasing, or the
     *                                  function returns profiles as of another instant
     */
    public SegmentSizesOverTime sizesOverTime(List<Instant> instants,
                                              Function<Instant, CustomerProfiles> profilesAsOf) {
        Checks.notNull("instants", instants);
        Checks.notNull("profilesAsOf", profilesAsOf);
        if (instants.isEmpty()) {
            throw new IllegalArgumentException("instants must not be empty");
        }
        for (int t = 1; t < instants.size(); t++) {
            if (!instants.get(t).isAfter(Checks.notNull("instants[" + (t - 1) + "]", instants.get(t - 1)))) {
                throw new IllegalArgumentException("instants must be strictly increasing, got " + instants.get(t - 1)
                        + " then " + instants.get(t) + " at index " + t);
            }
        }
        int[][] sizes = new int[instants.size()][];
        int[] population = new int[instants.size()];
        for (int t = 0; t < instants.size(); t++) {
            Instant at = Checks.notNull("instants[" + t + "]", instants.get(t));
            CustomerProfiles profiles = Checks.notNull("profiles as of " + at, profilesAsOf.apply(at));
            if (!profiles.asOf().equals(at)) {
                throw new IllegalArgumentException("profilesAsOf returned profiles as of " + profiles.asOf()
                        + " for the instant " + at);
            }
            RuleSegmentMembership m = evaluate(profiles);
            sizes[t] = new int[segments.size()];
            for (int s = 0; s < segments.size(); s++) {
                sizes[t][s] = m.size(segments.get(s).name());
            }
            population[t] = profiles.size();
        }
        return new SegmentSizesOverTime(names(), instants, sizes, population);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSegments r && r.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RuleSegments[").append(segments.size()).append(" segments]");
        for (RuleSegment s : segments) {
            sb.append("\n  ").append(s);
        }
        return sb.toString();
    }

    /** Collects segments; each call validates at once. Not thread-safe. */
    public static final class Builder {
        private final List<RuleSegment> segments = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder() {
        }

        /**
         * Adds a segment.
         *
         * @param segment a segment whose name is new
         * @return this builder
         */
        public Builder segment(RuleSegment segment) {
            Checks.notNull("segment", segment);
            if (!names.add(segment.name())) {
                throw new IllegalArgumentException("segment name '" + segment.name() + "' is used twice");
            }
            segments.add(segment);
            return this;
        }

        /**
         * Adds a segment.
         *
         * @param name      a new name
         * @param condition who belongs to it
         * @return this builder
         */
        public Builder segment(String name, Condition condition) {
            return segment(new RuleSegment(name, condition));
        }

        /**
         * Builds the set.
         *
         * @return the segments
         * @throws IllegalArgumentException when no segment was added
         */
        public RuleSegments build() {
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("rule segments need at least one segment");
            }
            return new RuleSegments(segments);
        }
    }
}
