package io.retention4j.loyalty.personalize;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The values a {@link MessageTemplate} may use, written {@code {name}} in the template text. */
public enum Placeholder {
    /** The customer's name. */
    NAME("name"),
    /** The tier's name (e.g. from the engine's {@code TierStatus}). */
    TIER("tier"),
    /** Spendable points, formatted with the recipient locale's grouping. */
    POINTS("points"),
    /** Points that expire next. */
    EXPIRING_POINTS("expiringPoints"),
    /** The date those points expire, in the locale's long date style. */
    EXPIRY_DATE("expiryDate"),
    /** Goal progress, e.g. {@code 120/200 EUR}. */
    GOAL_PROGRESS("goalProgress"),
    /** Recommended items, joined with ", ". */
    ITEMS("items"),
    /** The offer's text. */
    OFFER("offer"),
    /** Points credited with the occasion (a birthday or anniversary bonus). */
    BONUS_POINTS("bonusPoints");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    /**
     * The name written between braces.
     *
     * @return e.g. {@code "expiringPoints"}
     */
    public String key() {
        return key;
    }

    /**
     * The placeholder with a key.
     *
     * @param key the name between the braces
     * @return the placeholder, or null when there is none
     */
    public static Placeholder ofKey(String key) {
        for (Placeholder p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * All keys in braces, for messages.
     *
     * @return e.g. {@code "{name}, {tier}, ..."}
     */
    static String known() {
        return Arrays.stream(values()).map(p -> "{" + p.key + "}").collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "{" + key + "}";
    }
}
