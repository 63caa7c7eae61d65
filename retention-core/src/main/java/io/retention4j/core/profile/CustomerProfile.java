package io.retention4j.core.profile;

import io.retention4j.core.model.EventType;
import io.retention4j.core.model.NpsClass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The 360-degree view of one customer as of an instant: purchases, refunds, rhythm, recency, tenure,
 * favourite categories and channels, behaviour (events by type), voice (feedback and NPS class),
 * open support tickets, and what the caller knows (attributes, birthday, sign-up).
 *
 * <p>Everything is computed from data at or before {@link #asOf()}; later data is ignored. Calendar
 * quantities (purchase days, days since last purchase, tenure) use the calendar of {@link #zone()}.
 * Purchases are transactions with a non-negative amount; refunds (negative amounts) are counted
 * separately. Quantities that do not exist for a customer (the gap between purchases of a customer
 * with one purchase day, the average score of a customer without feedback) are empty optionals,
 * never NaN.
 *
 * <p>Immutable and thread-safe. Built by {@link CustomerProfiles}.
 */
public final class CustomerProfile {
    private final String customerId;
    private final Instant asOf;
    private final ZoneId zone;
    private final Instant firstPurchase;
    private final Instant lastPurchase;
    private final int orders;
    private final int purchaseDays;
    private final double totalSpend;
    private final int refunds;
    private final double refundedAmount;
    private final double meanGapDays;
    private final double medianGapDays;
    private final long daysSinceLastPurchase;
    private final long tenureDays;
    private final List<String> topCategories;
    private final List<String> topChannels;
    private final Map<String, Long> eventCounts;
    private final Map<String, Instant> lastEvents;
    private final int feedbackCount;
    private final int lastScore;
    private final double averageScore;
    private final int openSupportTickets;
    private final Map<String, String> attributes;
    private final LocalDate birthday;
    private final Instant signup;

    CustomerProfile(Values v) {
        this.customerId = v.customerId;
        this.asOf = v.asOf;
        this.zone = v.zone;
        this.firstPurchase = v.firstPurchase;
        this.lastPurchase = v.lastPurchase;
        this.orders = v.orders;
        this.purchaseDays = v.purchaseDays;
        this.totalSpend = v.totalSpend;
        this.refunds = v.refunds;
        this.refundedAmount = v.refundedAmount;
        this.meanGapDays = v.meanGapDays;
        this.medianGapDays = v.medianGapDays;
        this.daysSinceLastPurchase = v.daysSinceLastPurchase;
        this.tenureDays = v.tenureDays;
        this.topCategories = v.topCategories;
        this.topChannels = v.topChannels;
        this.eventCounts = v.eventCounts;
        this.lastEvents = v.lastEvents;
        this.feedbackCount = v.feedbackCount;
        this.lastScore = v.lastScore;
        this.averageScore = v.averageScore;
        this.openSupportTickets = v.openSupportTickets;
        this.attributes = v.attributes;
        this.birthday = v.birthday;
        this.signup = v.signup;
    }

    /** The mutable carrier the builder fills; copied into the final fields above. */
    static final class Values {
        String customerId;
        Instant asOf;
        ZoneId zone;
        Instant firstPurchase;
        Instant lastPurchase;
        int orders;
        int purchaseDays;
        double totalSpend;
        int refunds;
        double refundedAmount;
        double meanGapDays = Double.NaN;
        double medianGapDays = Double.NaN;
        long daysSinceLastPurchase = -1;
        long tenureDays = -1;
        List<String> topCategories = List.of();
        List<String> topChannels = List.of();
        Map<String, Long> eventCounts = Map.of();
        Map<String, Instant> lastEvents = Map.of();
        int feedbackCount;
        int lastScore = -1;
        double averageScore = Double.NaN;
        int openSupportTickets;
        Map<String, String> attributes = Map.of();
        LocalDate birthday;
        Instant signup;
    }

    /**
     * The customer id.
     *
     * @return the id
     */
    public String customerId() {
        return customerId;
    }

    /**
     * The instant this profile describes; data after it was ignored.
     *
     * @return the as-of instant
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The zone whose calendar defines days.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Whether the customer made at least one purchase (non-negative amount) by {@link #asOf()}.
     *
     * @return true when {@link #orders()} &gt; 0
     */
    public boolean hasPurchased() {
        return orders > 0;
    }

    /**
     * The first purchase.
     *
     * @return its instant, or empty when the customer never purchased
     */
    public Optional<Instant> firstPurchase() {
        return Optional.ofNullable(firstPurchase);
    }

    /**
     * The last purchase.
     *
     * @return its instant, or empty when the customer never purchased
     */
    public Optional<Instant> lastPurchase() {
        return Optional.ofNullable(lastPurchase);
    }

    /**
     * The number of purchases: transactions with a non-negative amount.
     *
     * @return the count, 0 when none
     */
    public int orders() {
        return orders;
    }

    /**
     * The number of distinct calendar days with a purchase.
     *
     * @return the count, 0 when none
     */
    public int purchaseDays() {
        return purchaseDays;
    }

    /**
     * Repeat purchase periods: distinct purchase days minus one (the BTYD frequency with daily periods).
     *
     * @return {@code max(purchaseDays - 1, 0)}
     */
    public int repeatPeriods() {
        return Math.max(purchaseDays - 1, 0);
    }

    /**
     * Total spend: the sum of purchase amounts (refunds not subtracted; see {@link #netSpend()}).
     *
     * @return the sum, 0 when none
     */
    public double totalSpend() {
        return totalSpend;
    }

    /**
     * Average order value: {@code totalSpend / orders}.
     *
     * @return the average, or empty when there are no orders
     */
    public OptionalDouble averageOrderValue() {
        return orders == 0 ? OptionalDouble.empty() : OptionalDouble.of(totalSpend / orders);
    }

    /**
     * The number of refunds (transactions with a negative amount).
     *
     * @return the count
     */
    public int refunds() {
        return refunds;
    }

    /**
     * The refunded amount as a positive number: minus the sum of negative amounts.
     *
     * @return the amount, 0 when none
     */
    public double refundedAmount() {
        return refundedAmount;
    }

    /**
     * Net spend: {@code totalSpend - refundedAmount}.
     *
     * @return the net amount (negative if refunds exceed purchases in the window)
     */
    public double netSpend() {
        return totalSpend - refundedAmount;
    }

    /**
     * The mean gap between consecutive purchase days, in days:
     * {@code (last purchase day - first purchase day) / (purchaseDays - 1)}.
     *
     * @return the mean, or empty with fewer than two purchase days
     */
    public OptionalDouble meanInterPurchaseGapDays() {
        return Double.isNaN(meanGapDays) ? OptionalDouble.empty() : OptionalDouble.of(meanGapDays);
    }

    /**
     * The median gap between consecutive purchase days, in days (the mean of the two middle gaps
     * for an even number of gaps).
     *
     * @return the median, or empty with fewer than two purchase days
     */
    public OptionalDouble medianInterPurchaseGapDays() {
        return Double.isNaN(medianGapDays) ? OptionalDouble.empty() : OptionalDouble.of(medianGapDays);
    }

    /**
     * Calendar days from the last purchase day to the as-of day.
     *
     * @return the days (0 when the last purchase was on the as-of day), or empty when never purchased
     */
    public OptionalLong daysSinceLastPurchase() {
        return daysSinceLastPurchase < 0 ? OptionalLong.empty() : OptionalLong.of(daysSinceLastPurchase);
    }

    /**
     * Tenure: calendar days from the sign-up day (or, when the sign-up is unknown, from the first
     * day the customer appears in any log or feedback) to the as-of day.
     *
     * @return the days, or empty when nothing is known before the as-of instant
     */
    public OptionalLong tenureDays() {
        return tenureDays < 0 ? OptionalLong.empty() : OptionalLong.of(tenureDays);
    }

    /**
     * The categories the customer bought most, by number of purchases (ties by name).
     *
     * @return up to the configured number of categories, most bought first
     */
    public List<String> topCategories() {
        return topCategories;
    }

    /**
     * The channels the customer bought through most, by number of purchases (ties by name).
     *
     * @return up to the configured number of channels, most used first
     */
    public List<String> topChannels() {
        return topChannels;
    }

    /**
     * Event counts by event type name.
     *
     * @return an unmodifiable map sorted by type name; empty when there were no events
     */
    public Map<String, Long> eventCounts() {
        return eventCounts;
    }

    /**
     * The number of events of a type.
     *
     * @param type an event type
     * @return the count, 0 when none
     */
    public long eventCount(EventType type) {
        return eventCounts.getOrDefault(type.name(), 0L);
    }

    /**
     * The last event of each type.
     *
     * @return an unmodifiable map from type name to the instant of the last such event
     */
    public Map<String, Instant> lastEvents() {
        return lastEvents;
    }

    /**
     * The last event of a type.
     *
     * @param type an event type
     * @return its instant, or empty when there was none
     */
    public Optional<Instant> lastEvent(EventType type) {
        return Optional.ofNullable(lastEvents.get(type.name()));
    }

    /**
     * The number of feedback answers.
     *
     * @return the count
     */
    public int feedbackCount() {
        return feedbackCount;
    }

    /**
     * The score of the latest feedback (for equal instants, the one given last).
     *
     * @return the score 0..10, or empty without feedback
     */
    public OptionalInt lastScore() {
        return lastScore < 0 ? OptionalInt.empty() : OptionalInt.of(lastScore);
    }

    /**
     * The mean feedback score.
     *
     * @return the mean, or empty without feedback
     */
    public OptionalDouble averageScore() {
        return feedbackCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(averageScore);
    }

    /**
     * The NPS class of the latest score: promoter (9-10), passive (7-8), detractor (0-6).
     *
     * @return the class, or empty without feedback
     */
    public Optional<NpsClass> npsClass() {
        return lastScore < 0 ? Optional.empty() : Optional.of(NpsClass.of(lastScore));
    }

    /**
     * Support tickets opened and not closed by the as-of instant. Tickets are paired by the
     * {@link io.retention4j.core.model.Event#TICKET_ID} property; events without it are counted
     * (opened minus closed, never below zero).
     *
     * @return the number of open tickets
     */
    public int openSupportTickets() {
        return openSupportTickets;
    }

    /**
     * The caller's attributes of the customer.
     *
     * @return an unmodifiable map, empty when the customer has no {@code Customer} record
     */
    public Map<String, String> attributes() {
        return attributes;
    }

    /**
     * The birthday.
     *
     * @return the birthday, or empty when unknown
     */
    public Optional<LocalDate> birthday() {
        return Optional.ofNullable(birthday);
    }

    /**
     * The sign-up instant.
     *
     * @return the sign-up, or empty when the customer has no {@code Customer} record
     */
    public Optional<Instant> signup() {
        return Optional.ofNullable(signup);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CustomerProfile[").append(customerId)
                .append(" as of ").append(asOf).append(" (")
                .append(zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId()).append(")]\n");
        if (orders > 0) {
            sb.append(String.format(Locale.ROOT,
                    "  purchases: %d orders on %d days, spend %.2f (avg %.2f), first %s, last %s (%s)%n",
                    orders, purchaseDays, totalSpend, totalSpend / orders, firstPurchase, lastPurchase,
                    daysSinceLastPurchase == 0 ? "on the as-of day"
                            : daysSinceLastPurchase == 1 ? "1 day before" : daysSinceLastPurchase + " days before"));
            if (purchaseDays > 1) {
                sb.append(String.format(Locale.ROOT, "  rhythm: mean gap %.1f days, median gap %.1f days%n",
                        meanGapDays, medianGapDays));
            }
        } else {
            sb.append("  purchases: none\n");
        }
        if (refunds > 0) {
            sb.append(String.format(Locale.ROOT, "  refunds: %d totalling %.2f%n", refunds, refundedAmount));
        }
        if (!topCategories.isEmpty() || !topChannels.isEmpty()) {
            sb.append("  favourites: categories ").append(topCategories).append(", channels ")
                    .append(topChannels).append('\n');
        }
        if (!eventCounts.isEmpty()) {
            sb.append("  events: ").append(eventCounts).append('\n');
        }
        if (feedbackCount > 0) {
            sb.append(String.format(Locale.ROOT, "  feedback: %d answers, last score %d (%s), average %.1f%n",
                    feedbackCount, lastScore, NpsClass.of(lastScore), averageScore));
        }
        if (openSupportTickets > 0) {
            sb.append("  open support tickets: ").append(openSupportTickets).append('\n');
        }
        if (tenureDays >= 0) {
            sb.append("  tenure: ").append(tenureDays).append(" days");
            if (signup != null) {
                sb.append(" (signed up ").append(signup).append(')');
            }
            sb.append('\n');
        }
        if (birthday != null) {
            sb.append("  birthday: ").append(birthday).append('\n');
        }
        if (!attributes.isEmpty()) {
            sb.append("  attributes: ").append(attributes).append('\n');
        }
        return sb.toString();
    }
}
