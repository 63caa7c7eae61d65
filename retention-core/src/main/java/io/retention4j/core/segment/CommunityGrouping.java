package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.internal.NaturalOrder;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups customers into communities by a shared key (an attribute such as a baby's age band or an
 * industry, the favourite category, or any key of the profile), with size limits, for community
 * programmes: peer groups, clubs, forums.
 *
 * <p>How: customers with the same key form a group; customers without a key (null or blank) are
 * listed as unassigned, never dropped. Groups larger than the maximum are split into
 * ceil(size / max) parts of near-equal size (differing by at most one, larger parts first), each a
 * contiguous run of members in canonical id order, so the split does not depend on input order.
 * Groups smaller than the minimum are merged or flagged ({@link SmallGroupPolicy}). Communities come
 * in canonical key order, the merged one last.
 *
 * <p>To keep split parts at or above the minimum, the maximum must be at least 2 min - 1.
 *
 * <p>Immutable and thread-safe if the key function is.
 */
public final class CommunityGrouping {
    private final String label;
    private final Function<CustomerProfile, String> key;
    private final int minSize;
    private final int maxSize;
    private final SmallGroupPolicy policy;
    private final String mergedName;

    private CommunityGrouping(Builder b) {
        this.label = b.label;
        this.key = b.key;
        this.minSize = b.minSize;
        this.maxSize = b.maxSize;
        this.policy = b.policy;
        this.mergedName = b.mergedName;
    }

    /**
     * Communities by the value of an attribute.
     *
     * @param attribute the attribute key, e.g. {@code "baby_age_band"} or {@code "industry"}
     * @return a builder
     */
    public static Builder byAttribute(String attribute) {
        Checks.notBlank("attribute", attribute);
        return new Builder("attribute '" + attribute + "'", p -> p.attributes().get(attribute));
    }

    /**
     * Communities by favourite category (the first of {@link CustomerProfile#topCategories()});
     * customers without purchases in a category are unassigned.
     *
     * @return a builder
     */
    public static Builder byFavouriteCategory() {
        return new Builder("favourite category", p -> p.topCategories().isEmpty() ? null : p.topCategories().get(0));
    }

    /**
     * Communities by any key of the profile.
     *
     * @param label what the key is, for {@code toString()}
     * @param key   the key of a profile; null or blank = no community
     * @return a builder
     */
    public static Builder by(String label, Function<CustomerProfile, String> key) {
        return new Builder(Checks.notBlank("label", label), Checks.notNull("key", key));
    }

    /**
     * Groups the customers of some profiles.
     *
     * @param profiles the profiles
     * @return the communities
     * @throws IllegalArgumentException when the merged name is also a key
     */
    public Communities apply(CustomerProfiles profiles) {
        Checks.notNull("profiles", profiles);
        TreeMap<String, List<String>> groups = new TreeMap<>(NaturalOrder.INSTANCE);
        List<String> unassigned = new ArrayList<>();
        for (CustomerProfile p : profiles) {
            String k = key.apply(p);
            if (k == null || k.isBlank()) {
                unassigned.add(p.customerId());
            } else {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p.customerId());
            }
        }
        unassigned.sort(NaturalOrder.INSTANCE);
        List<Community> out = new ArrayList<>();
        List<String> mergedKeys = new ArrayList<>();
        List<String> mergedMembers = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> members = g.getValue();
            members.sort(NaturalOrder.INSTANCE);
            if (members.size() < minSize && policy == SmallGroupPolicy.MERGE) {
                mergedKeys.add(g.getKey());
                mergedMembers.addAll(members);
            } else {
                addSplit(out, g.getKey(), members, List.of());
            }
        }
        if (!mergedKeys.isEmpty()) {
            if (groups.containsKey(mergedName)) {
                throw new IllegalArgumentException("the merged community's name '" + mergedName
                        + "' is also a key; choose another with mergedName(...)");
            }
            mergedMembers.sort(NaturalOrder.INSTANCE);
            addSplit(out, mergedName, mergedMembers, mergedKeys);
        }
        return new Communities(label, out, unassigned, minSize, maxSize);
    }

    private void addSplit(List<Community> out, String k, List<String> members, List<String> merged) {
        int size = members.size();
        int parts = size <= maxSize ? 1 : (size + maxSize - 1) / maxSize;
        int base = size / parts;
        int extra = size % parts;
        int from = 0;
        for (int part = 1; part <= parts; part++) {
            int to = from + base + (part <= extra ? 1 : 0);
            List<String> slice = members.subList(from, to);
            String name = parts == 1 ? k : k + " (" + part + "/" + parts + ")";
            out.add(new Community(name, k, part, parts, slice, slice.size() < minSize, merged));
            from = to;
        }
    }

    @Override
    public String toString() {
        return "CommunityGrouping[by " + label + ", size " + minSize + ".."
                + (maxSize == Integer.MAX_VALUE ? "unlimited" : Integer.toString(maxSize)) + ", small groups "
                + policy + "]";
    }

    /** Collects the options; each setter validates at once. Not thread-safe. */
    public static final class Builder {
        private final String label;
        private final Function<CustomerProfile, String> key;
        private int minSize = 1;
        private int maxSize = Integer.MAX_VALUE;
        private SmallGroupPolicy policy = SmallGroupPolicy.MERGE;
        private String mergedName = "other";

        private Builder(String label, Function<CustomerProfile, String> key) {
            this.label = label;
            this.key = key;
        }

        /**
         * The largest community; larger groups are split (default: no limit).
         *
         * @param size {@code >= 1}
         * @return this builder
         */
        public Builder maxSize(int size) {
            this.maxSize = Checks.positive("maxSize", size);
            return this;
        }

        /**
         * The smallest community; smaller groups are merged or flagged (default 1: no minimum).
         *
         * @param size {@code >= 1}
         * @return this builder
         */
        public Builder minSize(int size) {
            this.minSize = Checks.positive("minSize", size);
            return this;
        }

        /**
         * What to do with groups below the minimum (default {@link SmallGroupPolicy#MERGE}).
         *
         * @param smallGroups the policy
         * @return this builder
         */
        public Builder smallGroups(SmallGroupPolicy smallGroups) {
            this.policy = Checks.notNull("smallGroups", smallGroups);
            return this;
        }

        /**
         * The name of the community of merged small groups (default {@code "other"}).
         *
         * @param name non-blank
         * @return this builder
         */
        public Builder mergedName(String name) {
            this.mergedName = Checks.notBlank("mergedName", name);
            return this;
        }

        /**
         * Builds the grouping.
         *
         * @return the grouping
         * @throws IllegalArgumentException when maxSize &lt; 2 minSize - 1 (a split could leave a
         *                                  part below the minimum)
         */
        public CommunityGrouping build() {
            if ((long) maxSize < 2L * minSize - 1) {
                throw new IllegalArgumentException("maxSize " + maxSize + " is below 2 * minSize - 1 = "
                        + (2L * minSize - 1) + ": splitting a group of " + (maxSize + 1L)
                        + " would leave parts below the minimum " + minSize);
            }
            return new CommunityGrouping(this);
        }
    }
}
