package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Categories, rules and the explicit fallback: how responses become categorised cases. Immutable and
 * thread-safe; {@link #categorise(Response)} copies no text: it allocates only a small array of word
 * ids and one flag per rule.
 *
 * <p><b>Evaluation.</b> Rules are tried in ascending {@link CategoryRule#priority()}, rules of equal
 * priority in the order they were added (so with all priorities left at 0 it is plain first-match in
 * definition order). The first rule whose conditions all hold gives the category and severity; when
 * none holds, the fallback category and severity apply, and the {@link Categorisation} says so. Every
 * response thus gets exactly one category.
 *
 * <p><b>Cost.</b> One pass over the text's characters looks each word up in a table of the keywords'
 * words (hashing and comparing it lower-cased in place) and finds every keyword hit, whatever the
 * number of rules; the rules are then checked in order with the hits already known.
 */
public final class FeedbackRules {
    private final List<Category> categories;
    private final Map<String, Category> byId;
    private final CategoryRule[] rules;
    private final Category fallback;
    private final Severity fallbackSeverity;
    /** The result of each rule (evaluation order), and of the fallback: immutable, shared by every response. */
    private final Categorisation[] results;
    private final Categorisation fallbackResult;
    private final KeywordIndex keywords;
    /** The rules' other conditions, in evaluation order, as arrays for the hot loop. */
    private final RuleConditions[] conditions;

    private FeedbackRules(Builder b) {
        this.categories = Require.uniqueList("categories", b.categories, Category::id);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories must not be empty: define at least the fallback category");
        }
        Map<String, Category> map = new LinkedHashMap<>();
        categories.forEach(c -> map.put(c.id(), c));
        this.byId = map;
        List<CategoryRule> ordered = new ArrayList<>(Require.uniqueList("rules", b.rules, CategoryRule::id));
        ordered.sort(Comparator.comparingInt(CategoryRule::priority)); // stable: ties keep definition order
        for (CategoryRule rule : ordered) {
            known("rule '" + rule.id() + "' categoryId", rule.categoryId());
        }
        this.rules = ordered.toArray(new CategoryRule[0]);
        if (b.fallbackId == null) {
            throw new IllegalArgumentException("fallback must be set: name the category (and severity) of responses "
                    + "that no rule matches, for example an 'uncategorised' category");
        }
        this.fallback = known("fallback", b.fallbackId);
        this.fallbackSeverity = b.fallbackSeverity;
        this.results = new Categorisation[rules.length];
        for (int r = 0; r < rules.length; r++) {
            results[r] = new Categorisation(byId.get(rules[r].categoryId()), rules[r].severity(), rules[r].id());
        }
        this.fallbackResult = new Categorisation(fallback, fallbackSeverity, null);

        List<List<String>> perRule = new ArrayList<>();
        for (CategoryRule rule : rules) {
            perRule.add(rule.keywords());
        }
        this.keywords = new KeywordIndex(perRule);
        this.conditions = new RuleConditions[rules.length];
        for (int r = 0; r < rules.length; r++) {
            conditions[r] = new RuleConditions(rules[r]);
        }
    }

    private Category known(String field, String categoryId) {
        Category category = byId.get(categoryId);
        if (category == null) {
            throw new IllegalArgumentException(field + " is '" + categoryId + "', which is not a defined category; the "
                    + "categories are " + byId.keySet());
        }
        return category;
    }

    /**
     * Starts a rule set.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The category and severity of a response: the first matching rule's, or the fallback's.
     *
     * @param response the response
     * @return exactly one categorisation
     */
    public Categorisation categorise(Response response) {
        Require.notNull("response", response);
        boolean[] keywordHit = keywords.hits(response.text());
        for (int r = 0; r < conditions.length; r++) {
            if (conditions[r].hold(response, keywordHit[r])) {
                return results[r];
            }
        }
        return fallbackResult;
    }

    /**
     * The categories, in the order they were added.
     *
     * @return the categories
     */
    public List<Category> categories() {
        return categories;
    }

    /**
     * The category with an id.
     *
     * @param id the category id
     * @return the category
     * @throws IllegalArgumentException naming the defined categories when there is none
     */
    public Category category(String id) {
        return known("category", Require.notNull("category", id));
    }

    /**
     * The rules in evaluation order (priority, then definition order).
     *
     * @return the rules
     */
    public List<CategoryRule> rules() {
        return List.of(rules);
    }

    /**
     * The category of responses no rule matches.
     *
     * @return the fallback category
     */
    public Category fallback() {
        return fallback;
    }

    /**
     * The severity of responses no rule matches.
     *
     * @return the fallback severity
     */
    public Severity fallbackSeverity() {
        return fallbackSeverity;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("FeedbackRules: ").append(categories.size()).append(" categories, ")
                .append(rules.length).append(" rules, first match by priority then order");
        for (Category category : categories) {
            s.append("\n  category ").append(category);
        }
        for (CategoryRule rule : rules) {
            s.append("\n  rule ").append(rule);
        }
        return s.append("\n  otherwise ").append(fallback.id()).append(' ').append(fallbackSeverity).toString();
    }

    /** Builds {@link FeedbackRules}; each setter checks its argument at once, {@link #build()} the whole. */
    public static final class Builder {
        private final List<Category> categories = new ArrayList<>();
        private final List<CategoryRule> rules = new ArrayList<>();
        private String fallbackId;
        private Severity fallbackSeverity;

        private Builder() {
        }

        /**
         * Adds categories.
         *
         * @param values the categories
         * @return this builder
         */
        public Builder categories(Category... values) {
            for (Category category : values) {
                categories.add(Require.notNull("category", category));
            }
            return this;
        }

        /**
         * Adds rules; they are tried by priority, then in the order added.
         *
         * @param values the rules
         * @return this builder
         */
        public Builder rules(CategoryRule... values) {
            for (CategoryRule rule : values) {
                rules.add(Require.notNull("rule", rule));
            }
            return this;
        }

        /**
         * The explicit fallback for responses that no rule matches. Required.
         *
         * @param categoryId a category added to this builder
         * @param severity   the severity of such responses
         * @return this builder
         */
        public Builder fallback(String categoryId, Severity severity) {
            this.fallbackId = Checks.id("fallback", categoryId);
            this.fallbackSeverity = Require.notNull("fallback severity", severity);
            return this;
        }

        /**
         * Validates the rule set: at least one category, unique category and rule ids, every rule's
         * category and the fallback defined.
         *
         * @return the rules
         * @throws IllegalArgumentException naming what is missing or unknown
         */
        public FeedbackRules build() {
            return new FeedbackRules(this);
        }
    }
}
