package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Who belongs to which {@link RuleSegments} segment, as of the profiles' instant: a customer's
 * segments, a segment's customers, segment sizes, and how many customers are in no segment.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSegmentMembership {
    private final RuleSegments segments;
    private final CustomerProfiles profiles;
    private final BitSet[] members;
    private final int unsegmented;
    private final IdDictionary ids;

    RuleSegmentMembership(RuleSegments segments, CustomerProfiles profiles) {
        this.segments = segments;
        this.profiles = profiles;
        List<RuleSegment> list = segments.segments();
        this.members = new BitSet[list.size()];
        for (int s = 0; s < members.length; s++) {
            members[s] = new BitSet(profiles.size());
        }
        int none = 0;
        String[] idColumn = new String[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            CustomerProfile p = profiles.get(i);
            idColumn[i] = p.customerId();
            boolean any = false;
            for (int s = 0; s < members.length; s++) {
                if (list.get(s).contains(p)) {
                    members[s].set(i);
                    any = true;
                }
            }
            if (!any) {
                none++;
            }
        }
        this.unsegmented = none;
        this.ids = IdDictionary.of(idColumn);
    }

    /**
     * The instant of the profiles.
     *
     * @return the as-of instant
     */
    public Instant asOf() {
        return profiles.asOf();
    }

    /**
     * The number of customers evaluated.
     *
     * @return the count
     */
    public int population() {
        return profiles.size();
    }

    /**
     * The segments evaluated.
     *
     * @return the definitions
     */
    public RuleSegments segments() {
        return segments;
    }

    private int indexOf(String segment) {
        List<String> names = segments.names();
        int s = names.indexOf(Checks.notNull("segment", segment));
        if (s < 0) {
            throw new NoSuchElementException("no segment '" + segment + "'; the segments are " + names);
        }
        return s;
    }

    /**
     * The customers of a segment.
     *
     * @param segment a segment name
     * @return their ids, in profile order
     * @throws NoSuchElementException when there is no such segment
     */
    public List<String> customers(String segment) {
        BitSet set = members[indexOf(segment)];
        List<String> ids = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            ids.add(profiles.customerId(i));
        }
        return ids;
    }

    /**
     * The segments of a customer.
     *
     * @param customerId a customer id
     * @return the segment names, in definition order; empty when the customer is in none
     * @throws NoSuchElementException when the customer is not among the profiles
     */
    public List<String> segmentsOf(String customerId) {
        int i = ids.indexOf(Checks.notNull("customerId", customerId));
        if (i < 0) {
            throw new NoSuchElementException("no customer '" + customerId + "' among the " + profiles.size()
                    + " profiles");
        }
        List<String> out = new ArrayList<>();
        List<String> names = segments.names();
        for (int s = 0; s < members.length; s++) {
            if (members[s].get(i)) {
                out.add(names.get(s));
            }
        }
        return out;
    }

    /**
     * The number of customers in a segment.
     *
     * @param segment a segment name
     * @return the count
     */
    public int size(String segment) {
        return members[indexOf(segment)].cardinality();
    }

    /**
     * Segment sizes in definition order. They may sum to more or less than the population: segments
     * overlap, and some customers are in none.
     *
     * @return an unmodifiable map
     */
    public Map<String, Integer> sizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> names = segments.names();
        for (int s = 0; s < members.length; s++) {
            out.put(names.get(s), members[s].cardinality());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The number of customers in no segment.
     *
     * @return the count
     */
    public int unsegmentedCount() {
        return unsegmented;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RuleSegmentMembership[").append(population()).append(" customers as of ")
                .append(asOf()).append(", ").append(unsegmented).append(" in no segment]\n");
        int width = 0;
        for (String name : segments.names()) {
            width = Math.max(width, name.length());
        }
        for (Map.Entry<String, Integer> e : sizes().entrySet()) {
            double share = population() == 0 ? 0 : 100.0 * e.getValue() / population();
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %,10d %6.1f%%%n", e.getKey(), e.getValue(), share));
        }
        return sb.toString();
    }
}
