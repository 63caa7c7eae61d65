package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import java.util.List;

/**
 * One community: customers sharing a key (an attribute value, a favourite category...), or a part
 * of a key group split for size, or the merged small groups.
 *
 * @param name         the community name: the key, {@code "key (2/3)"} for part 2 of 3, or the
 *                     merged name
 * @param key          the shared key, or the merged name for merged small groups
 * @param part         1..parts
 * @param parts        how many parts the key group was split into (1 when not split)
 * @param members      the customer ids, in canonical id order
 * @param belowMinimum whether the community is smaller than the minimum size
 * @param mergedKeys   the keys of the small groups merged into this community (empty otherwise)
 */
public record Community(String name, String key, int part, int parts, List<String> members, boolean belowMinimum,
                        List<String> mergedKeys) {
    /**
     * Validates and copies.
     *
     * @param name         non-blank
     * @param key          non-blank
     * @param part         1..parts
     * @param parts        {@code >= 1}
     * @param members      the ids, copied
     * @param belowMinimum the flag
     * @param mergedKeys   the merged keys, copied
     */
    public Community {
        Checks.notBlank("name", name);
        Checks.notBlank("key", key);
        Checks.positive("parts", parts);
        Checks.inRange("part", part, 1, parts);
        members = List.copyOf(members);
        mergedKeys = List.copyOf(mergedKeys);
    }

    /**
     * The number of members.
     *
     * @return the count
     */
    public int size() {
        return members.size();
    }

    @Override
    public String toString() {
        return name + " (" + members.size() + (belowMinimum ? " members, below minimum)" : " members)");
    }
}
