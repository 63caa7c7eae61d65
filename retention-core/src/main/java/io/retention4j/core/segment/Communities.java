package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The communities of a {@link CommunityGrouping}: every customer with a key is in exactly one
 * community; customers without a key are listed as unassigned. Immutable.
 */
public final class Communities {
    private final String label;
    private final List<Community> communities;
    private final List<String> unassigned;
    private final int minSize;
    private final int maxSize;
    private final Map<String, Community> byCustomer = new HashMap<>();

    Communities(String label, List<Community> communities, List<String> unassigned, int minSize, int maxSize) {
        this.label = label;
        this.communities = List.copyOf(communities);
        this.unassigned = List.copyOf(unassigned);
        this.minSize = minSize;
        this.maxSize = maxSize;
        for (Community c : this.communities) {
            for (String id : c.members()) {
                byCustomer.put(id, c);
            }
        }
    }

    /**
     * The communities in canonical key order, the merged one last.
     *
     * @return an unmodifiable list
     */
    public List<Community> list() {
        return communities;
    }

    /**
     * The number of communities.
     *
     * @return the count
     */
    public int size() {
        return communities.size();
    }

    /**
     * The community of a customer.
     *
     * @param customerId an id
     * @return the community, or empty when the customer had no key or is unknown
     */
    public Optional<Community> communityOf(String customerId) {
        return Optional.ofNullable(byCustomer.get(Checks.notNull("customerId", customerId)));
    }

    /**
     * The customers without a key (null or blank), in canonical id order.
     *
     * @return the ids
     */
    public List<String> unassigned() {
        return unassigned;
    }

    /**
     * The communities smaller than the minimum size.
     *
     * @return those flagged {@link Community#belowMinimum()}
     */
    public List<Community> belowMinimum() {
        return communities.stream().filter(Community::belowMinimum).toList();
    }

    @Override
    public String toString() {
        int members = 0;
        int width = 9;
        for (Community c : communities) {
            members += c.size();
            width = Math.max(width, c.name().length());
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Communities[by %s: %d communities, %d customers, %d unassigned, size %d..%s]%n", label,
                communities.size(), members, unassigned.size(), minSize,
                maxSize == Integer.MAX_VALUE ? "unlimited" : Integer.toString(maxSize)));
        for (Community c : communities) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %,8d", c.name(), c.size()));
            if (c.belowMinimum()) {
                sb.append("  below minimum");
            }
            if (!c.mergedKeys().isEmpty()) {
                sb.append("  merged from ").append(c.mergedKeys());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
