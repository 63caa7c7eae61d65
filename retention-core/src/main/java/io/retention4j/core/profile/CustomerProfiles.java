package io.retention4j.core.profile;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.Feedback;
import io.retention4j.core.model.NpsClass;
import io.retention4j.core.time.CalendarPeriod;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The {@link CustomerProfile}s of every customer found in a transaction log, an event log, a
 * feedback collection and customer records, as of one instant.
 *
 * <p>Built in one pass over each source; held in columns and materialized as a
 * {@code CustomerProfile} on access (each call returns a new object). Customers are ordered
 * as in the transaction log, followed by customers found only in the event log, then only in
 * feedback, then only in customer records (each in the order first seen). A customer whose data all
 * lies after the as-of instant still has a profile, with nothing in it but its attributes.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerProfiles implements Iterable<CustomerProfile> {
    private final Columns columns;

    private CustomerProfiles(Columns columns) {
        this.columns = columns;
    }

    /**
     * A builder; at least {@link Builder#asOf(Instant)} must be set.
     *
     * @return a new builder (zone UTC, top 3 categories and channels)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int size() {
        return columns.size;
    }

    /**
     * The instant the profiles describe.
     *
     * @return the as-of instant
     */
    public Instant asOf() {
        return columns.asOf;
    }

    /**
     * The zone whose calendar defines days.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return columns.zone;
    }

    /**
     * The id of the customer at an index.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the id
     */
    public String customerId(int index) {
        return columns.idOf(index);
    }

    /**
     * The number of orders of the customer at an index, without building the profile (a column read
     * for hot paths such as scoring a million customers).
     *
     * @param index {@code 0 .. size() - 1}
     * @return {@link CustomerProfile#orders()} of that customer
     */
    public int orders(int index) {
        return columns.orders[checkIndex(index)];
    }

    /**
     * The total spend of the customer at an index, without building the profile.
     *
     * @param index {@code 0 .. size() - 1}
     * @return {@link CustomerProfile#totalSpend()} of that customer
     */
    public double totalSpend(int index) {
        return columns.totalSpend[checkIndex(index)];
    }

    /**
     * Calendar days from the last purchase to the as-of day for the customer at an index, without
     * building the profile.
     *
     * @param index {@code 0 .. size() - 1}
     * @return {@link CustomerProfile#daysSinceLastPurchase()} of that customer, or -1 when the
     *         customer never purchased
     */
    public long daysSinceLastPurchase(int index) {
        checkIndex(index);
        return columns.orders[index] == 0 ? -1 : columns.daysSinceLastPurchase(index);
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= columns.size) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (columns.size - 1));
        }
        return index;
    }

    /**
     * The profile at an index.
     *
     * @param index {@code 0 .. size() - 1}
     * @return the profile
     */
    public CustomerProfile get(int index) {
        return columns.materialize(checkIndex(index));
    }

    /**
     * The profile of a customer.
     *
     * @param customerId a customer id
     * @return the profile
     * @throws NoSuchElementException when the id appears in none of the sources
     */
    public CustomerProfile get(String customerId) {
        return find(customerId).orElseThrow(() -> new NoSuchElementException(
                "no customer '" + customerId + "' in the profiles (" + columns.size + " customers)"));
    }

    /**
     * The profile of a customer, if known.
     *
     * @param customerId a customer id
     * @return the profile, or empty when the id appears in none of the sources
     */
    public Optional<CustomerProfile> find(String customerId) {
        int index = columns.indexOf(Checks.notNull("customerId", customerId));
        return index < 0 ? Optional.empty() : Optional.of(columns.materialize(index));
    }

    /**
     * All profiles in order.
     *
     * @return a stream of profiles (materialized lazily)
     */
    public Stream<CustomerProfile> stream() {
        return IntStream.range(0, columns.size).mapToObj(columns::materialize);
    }

    @Override
    public Iterator<CustomerProfile> iterator() {
        return stream().iterator();
    }

    @Override
    public String toString() {
        int purchasers = 0;
        int repeaters = 0;
        int withFeedback = 0;
        EnumMap<NpsClass, Integer> classes = new EnumMap<>(NpsClass.class);
        for (int p = 0; p < columns.size; p++) {
            if (columns.orders[p] > 0) {
                purchasers++;
            }
            if (columns.purchaseDays[p] > 1) {
                repeaters++;
            }
            if (columns.feedbackCount[p] > 0) {
                withFeedback++;
                classes.merge(NpsClass.of(columns.lastScore[p]), 1, Integer::sum);
            }
        }
        String zone = columns.zone.equals(ZoneOffset.UTC) ? "UTC" : columns.zone.getId();
        return "CustomerProfiles[" + columns.size + " customers as of " + columns.asOf + " (" + zone
                + "): " + purchasers + " purchased, " + repeaters + " on more than one day, " + withFeedback
                + " gave feedback " + classes + "]";
    }

    /** Column store of all profiles; filled once by the builder, read-only afterwards. */
    static final class Columns {
        final Instant asOf;
        final ZoneId zone;
        final int size;
        final IdDictionary logIds;          // profile index < logIds.size() -> logIds.id(index)
        final List<String> extraIds;        // then these
        final HashMap<String, Integer> extraIndex;
        final long[] firstPurchase;
        final long[] lastPurchase;
        final int[] orders;
        final int[] purchaseDays;
        final double[] totalSpend;
        final int[] refunds;
        final double[] refunded;
        final double[] meanGap;
        final double[] medianGap;
        final List<String>[] topCategories;
        final List<String>[] topChannels;
        final Map<String, Long>[] eventCounts;
        final Map<String, Instant>[] lastEvents;
        final int[] openTickets;
        final int[] feedbackCount;
        final int[] lastScore;
        final double[] scoreSum;
        final long[] lastFeedbackAt;
        final long[] firstSeen;
        final Customer[] customers;
        final CalendarPeriod days;
        final long asOfDay;

        @SuppressWarnings("unchecked")
        Columns(Instant asOf, ZoneId zone, IdDictionary logIds, List<String> extraIds,
                HashMap<String, Integer> extraIndex) {
            this.asOf = asOf;
            this.zone = zone;
            this.days = CalendarPeriod.days(zone);
            this.asOfDay = days.indexOf(asOf);
            this.logIds = logIds;
            this.extraIds = extraIds;
            this.extraIndex = extraIndex;
            this.size = logIds.size() + extraIds.size();
            firstPurchase = filled(size, Long.MIN_VALUE);
            lastPurchase = filled(size, Long.MIN_VALUE);
            orders = new int[size];
            purchaseDays = new int[size];
            totalSpend = new double[size];
            refunds = new int[size];
            refunded = new double[size];
            meanGap = new double[size];
            medianGap = new double[size];
            Arrays.fill(meanGap, Double.NaN);
            Arrays.fill(medianGap, Double.NaN);
            topCategories = (List<String>[]) new List<?>[size];
            topChannels = (List<String>[]) new List<?>[size];
            eventCounts = (Map<String, Long>[]) new Map<?, ?>[size];
            lastEvents = (Map<String, Instant>[]) new Map<?, ?>[size];
            openTickets = new int[size];
            feedbackCount = new int[size];
            lastScore = new int[size];
            Arrays.fill(lastScore, -1);
            scoreSum = new double[size];
            lastFeedbackAt = new long[size];
            firstSeen = filled(size, Long.MAX_VALUE);
            customers = new Customer[size];
        }

        private static long[] filled(int n, long value) {
            long[] a = new long[n];
            Arrays.fill(a, value);
            return a;
        }

        int indexOf(String id) {
            int i = logIds.indexOf(id);
            if (i >= 0) {
                return i;
            }
            Integer extra = extraIndex.get(id);
            return extra == null ? -1 : logIds.size() + extra;
        }

        String idOf(int index) {
            return index < logIds.size() ? logIds.id(index) : extraIds.get(index - logIds.size());
        }

        long daysSinceLastPurchase(int p) {
            return asOfDay - days.indexOf(lastPurchase[p]);
        }

        CustomerProfile materialize(int p) {
            CustomerProfile.Values v = new CustomerProfile.Values();
            v.customerId = idOf(p);
            v.asOf = asOf;
            v.zone = zone;
            if (orders[p] > 0) {
                v.firstPurchase = Instant.ofEpochMilli(firstPurchase[p]);
                v.lastPurchase = Instant.ofEpochMilli(lastPurchase[p]);
                v.daysSinceLastPurchase = daysSinceLastPurchase(p);
            }
            v.orders = orders[p];
            v.purchaseDays = purchaseDays[p];
            v.totalSpend = totalSpend[p];
            v.refunds = refunds[p];
            v.refundedAmount = refunded[p];
            v.meanGapDays = meanGap[p];
            v.medianGapDays = medianGap[p];
            v.topCategories = orEmpty(topCategories[p]);
            v.topChannels = orEmpty(topChannels[p]);
            v.eventCounts = eventCounts[p] == null ? Map.of() : eventCounts[p];
            v.lastEvents = lastEvents[p] == null ? Map.of() : lastEvents[p];
            v.openSupportTickets = openTickets[p];
            v.feedbackCount = feedbackCount[p];
            v.lastScore = lastScore[p];
            v.averageScore = feedbackCount[p] == 0 ? Double.NaN : scoreSum[p] / feedbackCount[p];
            Customer c = customers[p];
            long knownSince = firstSeen[p];
            if (c != null) {
                v.attributes = c.attributes();
                v.birthday = c.birthday();
                v.signup = c.signup();
                knownSince = c.signup().toEpochMilli();
            }
            if (knownSince != Long.MAX_VALUE && knownSince <= asOf.toEpochMilli()) {
                v.tenureDays = asOfDay - days.indexOf(knownSince);
            }
            return new CustomerProfile(v);
        }

        private static List<String> orEmpty(List<String> list) {
            return list == null ? List.of() : list;
        }
    }

    /**
     * Collects the sources and options; each setter validates at once. Not thread-safe.
     */
    public static final class Builder {
        private TransactionLog transactions;
        private EventLog events;
        private Collection<Feedback> feedback = List.of();
        private Collection<Customer> customers = List.of();
        private Instant asOf;
        private ZoneId zone = ZoneOffset.UTC;
        private int topN = 3;

        private Builder() {
        }

        /**
         * The purchases and refunds.
         *
         * @param log the transaction log
         * @return this builder
         */
        public Builder transactions(TransactionLog log) {
            this.transactions = Checks.notNull("transactions", log);
            return this;
        }

        /**
         * The behaviour events.
         *
         * @param log the event log
         * @return this builder
         */
        public Builder events(EventLog log) {
            this.events = Checks.notNull("events", log);
            return this;
        }

        /**
         * Survey answers and other feedback.
         *
         * @param answers the feedback, in any order
         * @return this builder
         */
        public Builder feedback(Collection<Feedback> answers) {
            this.feedback = List.copyOf(Checks.notNull("feedback", answers));
            return this;
        }

        /**
         * Customer records (sign-up, birthday, attributes); at most one per id.
         *
         * @param records the customers
         * @return this builder
         */
        public Builder customers(Collection<Customer> records) {
            this.customers = List.copyOf(Checks.notNull("customers", records));
            return this;
        }

        /**
         * The instant the profiles describe; later data is ignored.
         *
         * @param instant the as-of instant
         * @return this builder
         */
        public Builder asOf(Instant instant) {
            this.asOf = Checks.notNull("asOf", instant);
            return this;
        }

        /**
         * The zone whose calendar defines days (default UTC).
         *
         * @param zoneId the zone
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = Checks.notNull("zone", zoneId);
            return this;
        }

        /**
         * How many top categories and channels each profile lists (default 3).
         *
         * @param n 1..100
         * @return this builder
         */
        public Builder topN(int n) {
            this.topN = Checks.inRange("topN", n, 1, 100);
            return this;
        }

        /**
         * Builds the profiles.
         *
         * @return the profiles
         * @throws IllegalStateException when no as-of instant was set
         * @throws IllegalArgumentException when two customer records share an id
         */
        public CustomerProfiles build() {
            if (asOf == null) {
                throw new IllegalStateException("asOf is not set: call asOf(Instant) before build");
            }
            TransactionLog tx = transactions == null ? TransactionLog.builder().build() : transactions;
            EventLog ev = events == null ? EventLog.empty() : events;
            IdDictionary logIds = tx.customers();
            List<String> extraIds = new ArrayList<>();
            HashMap<String, Integer> extraIndex = new HashMap<>();
            for (int e = 0; e < ev.customerCount(); e++) {
                addExtra(ev.customers().id(e), logIds, extraIds, extraIndex);
            }
            for (Feedback f : feedback) {
                addExtra(f.customerId(), logIds, extraIds, extraIndex);
            }
            for (Customer c : customers) {
                addExtra(c.id(), logIds, extraIds, extraIndex);
            }
            Columns columns = new Columns(asOf, zone, logIds, extraIds, extraIndex);
            long asOfMillis = asOf.toEpochMilli();
            CalendarPeriod days = CalendarPeriod.days(zone);
            new PurchasePass(tx, columns, days, asOfMillis, topN).run();
            new EventPass(ev, columns, asOfMillis).run();
            for (Feedback f : feedback) {
                addFeedback(columns, f, asOfMillis);
            }
            for (Customer c : customers) {
                int p = columns.indexOf(c.id());
                if (columns.customers[p] != null) {
                    throw new IllegalArgumentException("two customer records have the id '" + c.id() + "'");
                }
                columns.customers[p] = c;
            }
            return new CustomerProfiles(columns);
        }

        private static void addExtra(String id, IdDictionary logIds, List<String> extraIds,
                                     HashMap<String, Integer> extraIndex) {
            if (!logIds.contains(id) && !extraIndex.containsKey(id)) {
                extraIndex.put(id, extraIds.size());
                extraIds.add(id);
            }
        }

        private static void addFeedback(Columns columns, Feedback f, long asOfMillis) {
            long at = f.at().toEpochMilli();
            if (at > asOfMillis) {
                return;
            }
            int p = columns.indexOf(f.customerId());
            columns.feedbackCount[p]++;
            columns.scoreSum[p] += f.score();
            columns.firstSeen[p] = Math.min(columns.firstSeen[p], at);
            // the latest answer wins; for equal instants the one given later in the collection
            if (columns.lastScore[p] < 0 || at >= columns.lastFeedbackAt[p]) {
                columns.lastScore[p] = f.score();
                columns.lastFeedbackAt[p] = at;
            }
        }
    }
}
