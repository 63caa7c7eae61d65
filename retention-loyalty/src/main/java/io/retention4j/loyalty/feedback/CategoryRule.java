package io.retention4j.loyalty.feedback;

import io.retention4j.loyalty.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * A categorisation rule as data: conditions on a response and the category and severity it gives.
 * {@link FeedbackRules} tries rules in ascending {@code priority} (ties in the order they were added)
 * and the first rule whose conditions all hold decides.
 *
 * <p><b>Conditions</b>, all of which must hold (an empty one holds for every response):
 * <ul>
 *   <li>{@code keywords}: at least one keyword occurs in the response's text as whole words,
 *       case-insensitively: the text's words (a word is a maximal run of letters and digits,
 *       {@link Character#isLetterOrDigit(int)}; everything else separates words; letters compared
 *       lower-cased code point by code point, {@link Character#toLowerCase(int)}) contain the keyword's
 *       words consecutively. "crash" matches "App CRASH!" but not "crashes" or "crashed"; the phrase
 *       "not working" matches "it's not... working" but not "not really working". A response without
 *       text matches no keyword.</li>
 *   <li>score band {@code minScore..maxScore} (inclusive; an absent bound is 0 or 10): the response has
 *       a score within it. A response without a score matches no band.</li>
 *   <li>{@code channels}, {@code products}: the response's channel (product) is one of them,
 *       case-insensitively ({@link String#equalsIgnoreCase(String)}).</li>
 *   <li>{@code surveys}: the response answers one of these survey ids (exact).</li>
 * </ul>
 *
 * @param id         the rule's id: letters, digits, '.', '_', ':' or '-'
 * @param priority   lower numbers are tried first; rules of equal priority in the order they were added
 * @param keywords   keywords or phrases in canonical form (their words, lower-cased, joined by one space);
 *                   empty for no keyword condition
 * @param minScore   the band's lowest score 0..10, or null for 0
 * @param maxScore   the band's highest score 0..10, or null for 10
 * @param channels   lower-cased channels; empty for any channel
 * @param products   lower-cased products; empty for any product
 * @param surveys    survey ids; empty for any survey
 * @param categoryId the category given
 * @param severity   the severity given
 */
public record CategoryRule(String id, int priority, List<String> keywords, Integer minScore, Integer maxScore,
                           Set<String> channels, Set<String> products, Set<String> surveys, String categoryId,
                           Severity severity) {
    /**
     * Validates the fields and brings keywords, channels and products into canonical form.
     *
     * @param id         letters, digits, '.', '_', ':' or '-'
     * @param priority   any
     * @param keywords   null or keywords each containing a letter or digit; duplicates are dropped
     * @param minScore   null or 0..10
     * @param maxScore   null or minScore..10
     * @param channels   null or non-blank channels
     * @param products   null or non-blank products
     * @param surveys    null or non-blank survey ids
     * @param categoryId letters, digits, '.', '_', ':' or '-' (its existence is checked by {@link FeedbackRules})
     * @param severity   not null
     * @throws IllegalArgumentException naming the rule, the field and the value
     */
    public CategoryRule {
        Checks.id("rule.id", id);
        String where = "rule '" + id + "' ";
        LinkedHashSet<String> words = new LinkedHashSet<>();
        if (keywords != null) {
            for (String keyword : keywords) {
                words.add(Words.keyword(where + "keyword", Require.notNull(where + "keyword", keyword)));
            }
        }
        keywords = List.copyOf(words);
        if (minScore != null) {
            Checks.inRange(where + "minScore", minScore, 0, 10);
        }
        if (maxScore != null) {
            Checks.inRange(where + "maxScore", maxScore, minScore == null ? 0 : minScore, 10);
        }
        channels = lowerCased(where + "channel", channels);
        products = lowerCased(where + "product", products);
        TreeSet<String> surveyIds = new TreeSet<>();
        if (surveys != null) {
            for (String survey : surveys) {
                surveyIds.add(Require.notBlank(where + "survey", survey));
            }
        }
        surveys = Collections.unmodifiableSet(surveyIds);
        Checks.id(where + "categoryId", categoryId);
        Require.notNull(where + "severity", severity);
    }

    private static Set<String> lowerCased(String field, Set<String> values) {
        TreeSet<String> lower = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                lower.add(Require.notBlank(field, value).toLowerCase(Locale.ROOT));
            }
        }
        return Collections.unmodifiableSet(lower);
    }

    /**
     * Starts a rule.
     *
     * @param id the rule id
     * @return a builder with no conditions and priority 0; finish it with {@link Builder#then(String, Severity)}
     */
    public static Builder when(String id) {
        return new Builder(id);
    }

    /**
     * Whether the response meets every condition of this rule.
     *
     * @param response the response
     * @return true when the rule applies to it
     */
    public boolean matches(Response response) {
        Require.notNull("response", response);
        boolean keywordHit = !keywords.isEmpty() && new KeywordIndex(List.of(keywords)).hits(response.text())[0];
        return new RuleConditions(this).hold(response, keywordHit);
    }

    @Override
    public String toString() {
        StringJoiner when = new StringJoiner(", ");
        if (!keywords.isEmpty()) {
            when.add("keywords " + keywords);
        }
        if (minScore != null || maxScore != null) {
            when.add("score " + (minScore == null ? 0 : minScore) + ".." + (maxScore == null ? 10 : maxScore));
        }
        if (!channels.isEmpty()) {
            when.add("channel " + channels);
        }
        if (!products.isEmpty()) {
            when.add("product " + products);
        }
        if (!surveys.isEmpty()) {
            when.add("survey " + surveys);
        }
        return id + (priority != 0 ? " (priority " + priority + ")" : "") + ": "
                + (when.length() == 0 ? "always" : when.toString()) + " -> " + categoryId + " " + severity;
    }

    /** Builds a {@link CategoryRule}; each setter checks its argument at once. */
    public static final class Builder {
        private final String id;
        private int priority;
        private final List<String> keywords = new ArrayList<>();
        private Integer minScore;
        private Integer maxScore;
        private final Set<String> channels = new LinkedHashSet<>();
        private final Set<String> products = new LinkedHashSet<>();
        private final Set<String> surveys = new LinkedHashSet<>();

        private Builder(String id) {
            this.id = Checks.id("rule.id", id);
        }

        /**
         * The priority: lower numbers are tried first.
         *
         * @param value any
         * @return this builder
         */
        public Builder priority(int value) {
            this.priority = value;
            return this;
        }

        /**
         * Adds keywords or phrases; the rule needs one of them in the text.
         *
         * @param values each containing a letter or digit
         * @return this builder
         */
        public Builder keywords(String... values) {
            for (String value : values) {
                keywords.add(Words.keyword("rule '" + id + "' keyword", Require.notNull("rule '" + id + "' keyword", value)));
            }
            return this;
        }

        /**
         * The score band.
         *
         * @param min 0..10
         * @param max min..10
         * @return this builder
         */
        public Builder scoreBetween(int min, int max) {
            Checks.inRange("rule '" + id + "' minScore", min, 0, 10);
            Checks.inRange("rule '" + id + "' maxScore", max, min, 10);
            this.minScore = min;
            this.maxScore = max;
            return this;
        }

        /**
         * Adds channels; the response's channel must be one of them.
         *
         * @param values non-blank
         * @return this builder
         */
        public Builder channels(String... values) {
            for (String value : values) {
                channels.add(Require.notBlank("rule '" + id + "' channel", value));
            }
            return this;
        }

        /**
         * Adds products; the response's product must be one of them.
         *
         * @param values non-blank
         * @return this builder
         */
        public Builder products(String... values) {
            for (String value : values) {
                products.add(Require.notBlank("rule '" + id + "' product", value));
            }
            return this;
        }

        /**
         * Adds survey ids; the response must answer one of them.
         *
         * @param values non-blank
         * @return this builder
         */
        public Builder surveys(String... values) {
            for (String value : values) {
                surveys.add(Require.notBlank("rule '" + id + "' survey", value));
            }
            return this;
        }

        /**
         * Finishes the rule.
         *
         * @param categoryId the category it gives
         * @param severity   the severity it gives
         * @return the rule
         */
        public CategoryRule then(String categoryId, Severity severity) {
            return new CategoryRule(id, priority, keywords, minScore, maxScore, channels, products, surveys, categoryId,
                    severity);
        }
    }
}
