package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.model.EventType;
import io.retention4j.core.model.NpsClass;
import io.retention4j.core.profile.CustomerProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small fluent language of rule-segment {@link Condition}s.
 *
 * <pre>{@code
 * Condition vip = Conditions.totalSpend().atLeast(500)
 *         .and(Conditions.tagged("vip").or(Conditions.events("login").atLeast(10)));
 * Condition sleeping = Conditions.daysSinceLastPurchase().greaterThan(90);
 * Condition retailDetractors = Conditions.attribute("industry").equalTo("retail")
 *         .and(Conditions.npsClass(NpsClass.DETRACTOR));
 * }</pre>
 *
 * <p>Tags: a customer's tags are the comma-separated entries of its {@value #TAGS_ATTRIBUTE}
 * attribute ({@link io.retention4j.core.model.Customer#attributes()}), each trimmed, empty entries
 * ignored, compared case-sensitively: {@code tags = "vip, newsletter"} gives the tags {@code vip} and
 * {@code newsletter}.
 *
 * <p>Missing values: a comparison of a quantity that a customer lacks (see {@link ProfileField}) is
 * false, and so is an NPS-class test of a customer without feedback; {@code not} of such a test is
 * true. Event counts are never missing (0 when there were no events of the type).
 */
public final class Conditions {
    /** The attribute that holds a customer's tags, comma-separated. */
    public static final String TAGS_ATTRIBUTE = "tags";

    private Conditions() {
    }

    /**
     * A comparison of a profile quantity.
     *
     * @param field the quantity
     * @return the comparison to complete
     */
    public static NumberTest field(ProfileField field) {
        return new NumberTest(Checks.notNull("field", field), null);
    }

    /**
     * A comparison of a profile quantity named as in JSON.
     *
     * @param fieldName a {@link ProfileField#fieldName()}
     * @return the comparison to complete
     * @throws IllegalArgumentException for an unknown name (listing the known ones)
     */
    public static NumberTest field(String fieldName) {
        return field(ProfileField.named(fieldName));
    }

    /**
     * A comparison of total spend.
     *
     * @return the comparison to complete
     */
    public static NumberTest totalSpend() {
        return field(ProfileField.TOTAL_SPEND);
    }

    /**
     * A comparison of the number of orders.
     *
     * @return the comparison to complete
     */
    public static NumberTest orders() {
        return field(ProfileField.ORDERS);
    }

    /**
     * A comparison of the days since the last purchase (missing for customers who never purchased).
     *
     * @return the comparison to complete
     */
    public static NumberTest daysSinceLastPurchase() {
        return field(ProfileField.DAYS_SINCE_LAST_PURCHASE);
    }

    /**
     * A comparison of tenure in days.
     *
     * @return the comparison to complete
     */
    public static NumberTest tenureDays() {
        return field(ProfileField.TENURE_DAYS);
    }

    /**
     * A comparison of the number of events of a type.
     *
     * @param type an event type name, e.g. {@code "login"}
     * @return the comparison to complete
     */
    public static NumberTest events(String type) {
        return new NumberTest(null, Checks.notBlank("event type", type));
    }

    /**
     * A comparison of the number of events of a type.
     *
     * @param type an event type
     * @return the comparison to complete
     */
    public static NumberTest events(EventType type) {
        return events(Checks.notNull("type", type).name());
    }

    /**
     * A test of an attribute.
     *
     * @param key the attribute key
     * @return the test to complete
     */
    public static AttributeTest attribute(String key) {
        return new AttributeTest(Checks.notBlank("attribute key", key));
    }

    /**
     * The customer has a tag.
     *
     * @param tag a tag, non-blank, without commas
     * @return the condition
     */
    public static Condition tagged(String tag) {
        Checks.notBlank("tag", tag);
        if (tag.indexOf(',') >= 0 || !tag.equals(tag.strip())) {
            throw new IllegalArgumentException("tag must not contain commas or surrounding blanks, got '" + tag + "'");
        }
        return new TagCondition(tag);
    }

    /**
     * The NPS class of the customer's latest feedback score.
     *
     * @param npsClass the class
     * @return the condition (false for customers without feedback)
     */
    public static Condition npsClass(NpsClass npsClass) {
        return new NpsCondition(Checks.notNull("npsClass", npsClass));
    }

    /**
     * The customer's favourite category (the first of {@link CustomerProfile#topCategories()}).
     *
     * @param category a category
     * @return the condition
     */
    public static Condition topCategory(String category) {
        return new CategoryCondition(Checks.notBlank("category", category), true);
    }

    /**
     * A category among the customer's top categories (as many as the profiles list, 3 by default).
     *
     * @param category a category
     * @return the condition
     */
    public static Condition boughtCategory(String category) {
        return new CategoryCondition(Checks.notBlank("category", category), false);
    }

    /**
     * The customer made at least one purchase: {@code orders >= 1}.
     *
     * @return the condition
     */
    public static Condition hasPurchased() {
        return orders().atLeast(1);
    }

    /**
     * Every condition holds; nested "all"s are flattened.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition all(Condition... conditions) {
        return all(List.of(Checks.notNull("conditions", conditions)));
    }

    /**
     * Every condition holds; nested "all"s are flattened.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition all(List<Condition> conditions) {
        List<Condition> flat = flatten(conditions, true);
        return flat.size() == 1 ? flat.get(0) : new AllOf(flat);
    }

    /**
     * At least one condition holds; nested "any"s are flattened.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition any(Condition... conditions) {
        return any(List.of(Checks.notNull("conditions", conditions)));
    }

    /**
     * At least one condition holds; nested "any"s are flattened.
     *
     * @param conditions at least one condition
     * @return the condition
     */
    public static Condition any(List<Condition> conditions) {
        List<Condition> flat = flatten(conditions, false);
        return flat.size() == 1 ? flat.get(0) : new AnyOf(flat);
    }

    /**
     * The opposite of a condition.
     *
     * @param condition a condition
     * @return the condition
     */
    public static Condition not(Condition condition) {
        return new NotCondition(Checks.notNull("condition", condition));
    }

    /**
     * A customer's tags: the comma-separated entries of its {@value #TAGS_ATTRIBUTE} attribute,
     * trimmed, without empty entries.
     *
     * @param profile a profile
     * @return the tags in the order written, without repeats; empty when there is no such attribute
     */
    public static Set<String> tagsOf(CustomerProfile profile) {
        String text = profile.attributes().get(TAGS_ATTRIBUTE);
        if (text == null) {
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String t = part.strip();
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return Collections.unmodifiableSet(tags);
    }

    private static List<Condition> flatten(List<Condition> conditions, boolean all) {
        Checks.notNull("conditions", conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException((all ? "all" : "any") + " needs at least one condition");
        }
        List<Condition> flat = new ArrayList<>();
        for (Condition c : conditions) {
            Checks.notNull("condition", c);
            if (all && c instanceof AllOf a) {
                flat.addAll(a.conditions());
            } else if (!all && c instanceof AnyOf a) {
                flat.addAll(a.conditions());
            } else {
                flat.add(c);
            }
        }
        return List.copyOf(flat);
    }

    static String join(List<Condition> conditions, String operator) {
        StringBuilder sb = new StringBuilder();
        for (Condition c : conditions) {
            if (sb.length() > 0) {
                sb.append(operator);
            }
            sb.append(wrap(c));
        }
        return sb.toString();
    }

    static String wrap(Condition c) {
        return c instanceof AllOf || c instanceof AnyOf ? "(" + c + ")" : c.toString();
    }

    /**
     * A comparison of a number (a profile quantity or an event count) waiting for its bounds.
     * Bounds must be finite numbers.
     */
    public static final class NumberTest {
        private final ProfileField field;
        private final String eventType;

        private NumberTest(ProfileField field, String eventType) {
            this.field = field;
            this.eventType = eventType;
        }

        private Condition of(NumberBounds bounds) {
            return field != null ? new FieldCondition(field, bounds) : new EventCountCondition(eventType, bounds);
        }

        /**
         * The number is at least a value.
         *
         * @param value a finite value
         * @return {@code number >= value}
         */
        public Condition atLeast(double value) {
            return of(new NumberBounds(Checks.finite("atLeast", value), true, Double.POSITIVE_INFINITY, true));
        }

        /**
         * The number is greater than a value.
         *
         * @param value a finite value
         * @return {@code number > value}
         */
        public Condition greaterThan(double value) {
            return of(new NumberBounds(Checks.finite("greaterThan", value), false, Double.POSITIVE_INFINITY, true));
        }

        /**
         * The number is at most a value.
         *
         * @param value a finite value
         * @return {@code number <= value}
         */
        public Condition atMost(double value) {
            return of(new NumberBounds(Double.NEGATIVE_INFINITY, true, Checks.finite("atMost", value), true));
        }

        /**
         * The number is less than a value.
         *
         * @param value a finite value
         * @return {@code number < value}
         */
        public Condition lessThan(double value) {
            return of(new NumberBounds(Double.NEGATIVE_INFINITY, true, Checks.finite("lessThan", value), false));
        }

        /**
         * The number lies in a closed range.
         *
         * @param low  the lowest value
         * @param high the highest value, {@code >= low}
         * @return {@code low <= number <= high}
         * @throws IllegalArgumentException when the range is inverted
         */
        public Condition between(double low, double high) {
            return of(bounds(low, true, high, true));
        }

        /**
         * The number equals a value.
         *
         * @param value a finite value
         * @return {@code number == value}
         */
        public Condition equalTo(double value) {
            return between(value, value);
        }

        /** Bounds from optional ends (null = unbounded), rejecting inverted or empty ranges. */
        static NumberBounds bounds(Double low, boolean lowInclusive, Double high, boolean highInclusive) {
            double lo = low == null ? Double.NEGATIVE_INFINITY : Checks.finite("lower bound", low);
            double hi = high == null ? Double.POSITIVE_INFINITY : Checks.finite("upper bound", high);
            if (lo > hi || (lo == hi && !(lowInclusive && highInclusive))) {
                throw new IllegalArgumentException("the range " + (lowInclusive ? "[" : "(") + lo + ", " + hi
                        + (highInclusive ? "]" : ")") + " is empty: the lower bound must be below the upper bound");
            }
            return new NumberBounds(lo, lowInclusive, hi, highInclusive);
        }
    }

    /** A test of one attribute waiting for its values. Values compare exactly (case-sensitive). */
    public static final class AttributeTest {
        private final String key;

        private AttributeTest(String key) {
            this.key = key;
        }

        /**
         * The attribute has a value.
         *
         * @param value the value
         * @return the condition (false when the attribute is absent)
         */
        public Condition equalTo(String value) {
            return in(value);
        }

        /**
         * The attribute has one of some values.
         *
         * @param values at least one value
         * @return the condition (false when the attribute is absent)
         */
        public Condition in(String... values) {
            Checks.notNull("values", values);
            if (values.length == 0) {
                throw new IllegalArgumentException("attribute '" + key + "' in: at least one value needed");
            }
            Set<String> set = new TreeSet<>();
            for (String v : values) {
                set.add(Checks.notNull("value", v));
            }
            return new AttributeCondition(key, Collections.unmodifiableSet(set), true);
        }

        /**
         * The attribute is present, with any value.
         *
         * @return the condition
         */
        public Condition present() {
            return new AttributeCondition(key, null, true);
        }

        /**
         * The attribute is absent.
         *
         * @return the condition
         */
        public Condition absent() {
            return new AttributeCondition(key, null, false);
        }
    }
}
