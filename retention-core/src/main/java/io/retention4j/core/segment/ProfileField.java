package io.retention4j.core.segment;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.profile.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The numeric quantities of a {@link CustomerProfile} that rule segments compare and clusters use
 * as features, each with the name it has in JSON and in feature lists. A quantity that does not
 * exist for a customer (days since the last purchase of a customer who never purchased) is
 * missing: it satisfies no comparison, and such a customer is left out of a clustering that uses it.
 */
public enum ProfileField {
    /** {@link CustomerProfile#totalSpend()}, never missing. */
    TOTAL_SPEND("totalSpend"),
    /** {@link CustomerProfile#netSpend()}, never missing. */
    NET_SPEND("netSpend"),
    /** {@link CustomerProfile#averageOrderValue()}, missing without orders. */
    AVERAGE_ORDER_VALUE("averageOrderValue"),
    /** {@link CustomerProfile#orders()}, never missing. */
    ORDERS("orders"),
    /** {@link CustomerProfile#purchaseDays()}, never missing. */
    PURCHASE_DAYS("purchaseDays"),
    /** {@link CustomerProfile#refunds()}, never missing. */
    REFUNDS("refunds"),
    /** {@link CustomerProfile#refundedAmount()}, never missing. */
    REFUNDED_AMOUNT("refundedAmount"),
    /** {@link CustomerProfile#daysSinceLastPurchase()}, missing for a customer who never purchased. */
    DAYS_SINCE_LAST_PURCHASE("daysSinceLastPurchase"),
    /** {@link CustomerProfile#tenureDays()}, missing when nothing is known before the as-of instant. */
    TENURE_DAYS("tenureDays"),
    /** {@link CustomerProfile#meanInterPurchaseGapDays()}, missing with fewer than two purchase days. */
    MEAN_GAP_DAYS("meanGapDays"),
    /** {@link CustomerProfile#medianInterPurchaseGapDays()}, missing with fewer than two purchase days. */
    MEDIAN_GAP_DAYS("medianGapDays"),
    /** {@link CustomerProfile#openSupportTickets()}, never missing. */
    OPEN_SUPPORT_TICKETS("openSupportTickets"),
    /** {@link CustomerProfile#feedbackCount()}, never missing. */
    FEEDBACK_COUNT("feedbackCount"),
    /** {@link CustomerProfile#lastScore()}, missing without feedback. */
    LAST_SCORE("lastScore"),
    /** {@link CustomerProfile#averageScore()}, missing without feedback. */
    AVERAGE_SCORE("averageScore");

    private final String fieldName;

    ProfileField(String fieldName) {
        this.fieldName = fieldName;
    }

    /**
     * The name in JSON and in feature lists, e.g. {@code "daysSinceLastPurchase"}.
     *
     * @return the name
     */
    public String fieldName() {
        return fieldName;
    }

    /**
     * The field of a name.
     *
     * @param name a {@link #fieldName()}
     * @return the field
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static ProfileField named(String name) {
        Checks.notNull("field name", name);
        for (ProfileField f : values()) {
            if (f.fieldName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown profile field '" + name + "'; the fields are " + names());
    }

    /**
     * The names of all fields.
     *
     * @return the names in declaration order
     */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ProfileField f : values()) {
            names.add(f.fieldName);
        }
        return names;
    }

    /**
     * The value of this field in a profile.
     *
     * @param profile a profile
     * @return the value, or empty when it is missing for this customer
     */
    public OptionalDouble valueOf(CustomerProfile profile) {
        double v = raw(profile);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The value, NaN when missing. */
    double raw(CustomerProfile p) {
        switch (this) {
            case TOTAL_SPEND:
                return p.totalSpend();
            case NET_SPEND:
                return p.netSpend();
            case AVERAGE_ORDER_VALUE:
                return p.averageOrderValue().orElse(Double.NaN);
            case ORDERS:
                return p.orders();
            case PURCHASE_DAYS:
                return p.purchaseDays();
            case REFUNDS:
                return p.refunds();
            case REFUNDED_AMOUNT:
                return p.refundedAmount();
            case DAYS_SINCE_LAST_PURCHASE:
                return p.daysSinceLastPurchase().isPresent() ? p.daysSinceLastPurchase().getAsLong() : Double.NaN;
            case TENURE_DAYS:
                return p.tenureDays().isPresent() ? p.tenureDays().getAsLong() : Double.NaN;
            case MEAN_GAP_DAYS:
                return p.meanInterPurchaseGapDays().orElse(Double.NaN);
            case MEDIAN_GAP_DAYS:
                return p.medianInterPurchaseGapDays().orElse(Double.NaN);
            case OPEN_SUPPORT_TICKETS:
                return p.openSupportTickets();
            case FEEDBACK_COUNT:
                return p.feedbackCount();
            case LAST_SCORE:
                return p.lastScore().isPresent() ? p.lastScore().getAsInt() : Double.NaN;
            default:
                return p.averageScore().orElse(Double.NaN);
        }
    }
}
