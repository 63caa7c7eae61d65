package io.retention4j.loyalty.personalize;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.loyalty.internal.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items that can be recommended: each has an id, an optional category and optional attributes
 * (brand, price band, ...). Items and categories are dictionary-encoded: item {@code i} for
 * {@code i = 0 .. size() - 1} in the order they were added, which is also the order that breaks
 * ties between equal scores everywhere in this package (the lower code first).
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalog {
    private final IdDictionary items;
    private final IdDictionary categories;
    private final int[] categoryOf;              // -1 = no category
    private final List<Map<String, String>> attributes;

    private Catalog(IdDictionary items, IdDictionary categories, int[] categoryOf,
                    List<Map<String, String>> attributes) {
        this.items = items;
        this.categories = categories;
        this.categoryOf = categoryOf;
        this.attributes = attributes;
    }

    /**
     * A builder.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A catalogue of items without categories or attributes.
     *
     * @param itemIds distinct, non-blank ids
     * @return the catalogue
     * @throws IllegalArgumentException naming a blank or repeated id
     */
    public static Catalog of(String... itemIds) {
        Builder b = builder();
        for (String id : Require.notNull("itemIds", itemIds)) {
            b.item(id);
        }
        return b.build();
    }

    /**
     * The number of items.
     *
     * @return the count
     */
    public int size() {
        return items.size();
    }

    /**
     * The item ids, by code.
     *
     * @return the dictionary
     */
    public IdDictionary items() {
        return items;
    }

    /**
     * The category names, by category code.
     *
     * @return the dictionary (empty when no item has a category)
     */
    public IdDictionary categories() {
        return categories;
    }

    /**
     * The id of an item.
     *
     * @param code an item code in {@code 0 .. size() - 1}
     * @return the id
     */
    public String id(int code) {
        return items.id(code);
    }

    /**
     * The code of an item.
     *
     * @param itemId an item id
     * @return its code
     * @throws UnknownItemException when the catalogue has no such item
     */
    public int code(String itemId) {
        int code = items.indexOf(Require.notNull("itemId", itemId));
        if (code < 0) {
            throw new UnknownItemException(itemId, items.size());
        }
        return code;
    }

    /**
     * The code of an item, or -1.
     *
     * @param itemId an item id
     * @return its code, or -1 when the catalogue has no such item
     */
    public int indexOf(String itemId) {
        return items.indexOf(itemId);
    }

    /**
     * The category code of an item.
     *
     * @param code an item code
     * @return its category code, or -1 when it has none
     */
    public int categoryCode(int code) {
        return categoryOf[code];
    }

    /**
     * The category of an item.
     *
     * @param code an item code
     * @return its category, or null when it has none
     */
    public String category(int code) {
        int c = categoryOf[code];
        return c < 0 ? null : categories.id(c);
    }

    /**
     * The attributes of an item.
     *
     * @param code an item code
     * @return an unmodifiable map, empty when it has none
     */
    public Map<String, String> attributes(int code) {
        return attributes.get(code);
    }

    @Override
    public String toString() {
        return "Catalog[" + items.size() + " items, " + categories.size() + " categories]";
    }

    /** Collects items; validates each one when it is added. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> itemCategories = new ArrayList<>();
        private final List<Map<String, String>> itemAttributes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an item without category or attributes.
         *
         * @param id non-blank
         * @return this builder
         */
        public Builder item(String id) {
            return item(id, null, Map.of());
        }

        /**
         * Adds an item with a category.
         *
         * @param id       non-blank
         * @param category non-blank, or null for none
         * @return this builder
         */
        public Builder item(String id, String category) {
            return item(id, category, Map.of());
        }

        /**
         * Adds an item with a category and attributes.
         *
         * @param id         non-blank
         * @param category   non-blank, or null for none
         * @param attributes not null (copied)
         * @return this builder
         * @throws IllegalArgumentException naming the item and the blank value
         */
        public Builder item(String id, String category, Map<String, String> attributes) {
            Require.notBlank("catalog item id", id);
            Require.nullOrNotBlank("catalog item '" + id + "' category", category);
            Require.notNull("catalog item '" + id + "' attributes", attributes);
            ids.add(id);
            itemCategories.add(category);
            itemAttributes.add(Map.copyOf(attributes));
            return this;
        }

        /**
         * The catalogue.
         *
         * @return the catalogue, items coded in the order they were added
         * @throws IllegalArgumentException naming an item id added twice
         */
        public Catalog build() {
            IdDictionary items;
            try {
                items = IdDictionary.of(ids.toArray(new String[0]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalog: " + e.getMessage(), e);
            }
            Map<String, Integer> categoryCodes = new LinkedHashMap<>();
            int[] categoryOf = new int[ids.size()];
            Arrays.fill(categoryOf, -1);
            for (int i = 0; i < ids.size(); i++) {
                String category = itemCategories.get(i);
                if (category != null) {
                    categoryOf[i] = categoryCodes.computeIfAbsent(category, k -> categoryCodes.size());
                }
            }
            IdDictionary categories = IdDictionary.of(categoryCodes.keySet().toArray(new String[0]));
            return new Catalog(items, categories, categoryOf, List.copyOf(itemAttributes));
        }
    }
}
