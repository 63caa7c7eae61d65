package io.retention4j.loyalty.program;

import io.retention4j.loyalty.internal.Require;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loyalty program as data: tiers, earn rules, expiry, the pending (returns) period, the reward
 * catalogue, referral terms, goals and campaign triggers, in a stated zone and currency. Immutable and
 * validated on construction; build one in code ({@link #builder(String)}) or read it from JSON
 * ({@link #fromJson(String)}); {@link #toJson()} writes the same document back.
 *
 * @param name            the program's name
 * @param zone            the zone for every calendar notion (days, months, birthdays, caps, expiry)
 * @param currency        the currency purchase amounts are in
 * @param tiers           the tier ladder
 * @param earnRules       how points are earned
 * @param expiry          when points expire
 * @param pendingPeriod   how long purchase points stay pending (the returns window) before they can be
 *                        spent; zero for at once. Pending points are released when the period ends
 *                        or when the purchase is confirmed.
 * @param rewards         the reward catalogue
 * @param spendOrder      which lots debits draw from first
 * @param refundShortfall what a refund does when its points were already spent
 * @param referral        referral terms, or null for no referral program
 * @param goals           goals customers can complete
 * @param campaigns       time-driven triggers
 */
public record LoyaltyProgram(String name, ZoneId zone, Currency currency, TierPolicy tiers, List<EarnRule> earnRules,
                             ExpiryPolicy expiry, Period pendingPeriod, List<Reward> rewards, SpendOrder spendOrder,
                             RefundShortfall refundShortfall, ReferralTerms referral, List<GoalDefinition> goals,
                             CampaignRules campaigns) {
    /**
     * Validates the program as a whole. Absent (null) parts take their defaults: a single base tier,
     * no earn rules, no expiry, no pending period, no rewards, soonest-expiring first, claw back,
     * no referral program, no goals, no campaigns.
     *
     * @param name            non-blank
     * @param zone            not null
     * @param currency        not null
     * @param tiers           the ladder or null
     * @param earnRules       unique ids, at most one BASE_RATE rule, and one when there are MULTIPLIER rules
     * @param expiry          expiry or null
     * @param pendingPeriod   non-negative or null
     * @param rewards         unique ids; minimum tiers must exist
     * @param spendOrder      spend order or null
     * @param refundShortfall refund policy or null
     * @param referral        referral terms or null
     * @param goals           unique ids; granted tiers must exist
     * @param campaigns       campaign rules or null
     */
    public LoyaltyProgram {
        Require.notBlank("program.name", name);
        Require.notNull("program.zone", zone);
        Require.notNull("program.currency", currency);
        tiers = tiers == null ? TierPolicy.SINGLE_TIER : tiers;
        earnRules = earnRules == null ? List.of() : Require.uniqueList("earnRules", earnRules, EarnRule::id);
        expiry = expiry == null ? ExpiryPolicy.NEVER : expiry;
        pendingPeriod = pendingPeriod == null ? Period.ZERO : pendingPeriod;
        if (pendingPeriod.isNegative()) {
            throw new IllegalArgumentException("program.pendingPeriod must not be negative, got " + pendingPeriod);
        }
        rewards = rewards == null ? List.of() : Require.uniqueList("rewards", rewards, Reward::id);
        spendOrder = spendOrder == null ? SpendOrder.SOONEST_EXPIRING_FIRST : spendOrder;
        refundShortfall = refundShortfall == null ? RefundShortfall.CLAW_BACK_FROM_OTHER_LOTS : refundShortfall;
        goals = goals == null ? List.of() : Require.uniqueList("goals", goals, GoalDefinition::id);
        campaigns = campaigns == null ? CampaignRules.NONE : campaigns;

        long baseRules = earnRules.stream().filter(r -> r.kind() == EarnKind.BASE_RATE).count();
        if (baseRules > 1) {
            throw new IllegalArgumentException("earnRules may have one BASE_RATE rule, got " + baseRules + ": "
                    + earnRules.stream().filter(r -> r.kind() == EarnKind.BASE_RATE).map(EarnRule::id).toList());
        }
        if (baseRules == 0 && earnRules.stream().anyMatch(r -> r.kind() == EarnKind.MULTIPLIER)) {
            throw new IllegalArgumentException("MULTIPLIER rules multiply the base rate, but earnRules has no BASE_RATE rule");
        }
        for (Reward reward : rewards) {
            if (reward.minimumTier() != null) {
                knownTier(tiers, "reward '" + reward.id() + "' minimumTier", reward.minimumTier());
            }
        }
        for (GoalDefinition goal : goals) {
            if (goal.grantTier() != null) {
                knownTier(tiers, "goal '" + goal.id() + "' grantTier", goal.grantTier());
            }
        }
        Map<String, String> owners = new HashMap<>();
        earnRules.forEach(r -> uniqueId(owners, r.id(), "earn rule"));
        rewards.forEach(r -> uniqueId(owners, r.id(), "reward"));
        goals.forEach(g -> uniqueId(owners, g.id(), "goal"));
    }

    private static void knownTier(TierPolicy tiers, String field, String tierId) {
        if (tiers.tiers().stream().noneMatch(t -> t.id().equals(tierId))) {
            throw new IllegalArgumentException(field + " is '" + tierId + "', which is not a tier of the program; the tiers are "
                    + tiers.tiers().stream().map(Tier::id).toList());
        }
    }

    /** Entries name their rule, reward or goal by id alone, so one id may not name two of them. */
    private static void uniqueId(Map<String, String> owners, String id, String kind) {
        String first = owners.putIfAbsent(id, kind);
        if (first != null) {
            throw new IllegalArgumentException("the id '" + id + "' names both " + article(first) + " and "
                    + article(kind) + "; ids must be unique across earn rules, rewards and goals");
        }
    }

    private static String article(String kind) {
        return (kind.startsWith("e") ? "an " : "a ") + kind;
    }

    /**
     * Starts a program.
     *
     * @param name the program's name
     * @return a builder with the defaults of the canonical constructor and zone UTC, currency EUR
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Reads a program from its JSON form (the record's components as fields; periods as ISO-8601
     * text such as {@code "P12M"}, dates as {@code "2026-12-24"}, zones as region ids). A field that
     * is absent or null takes its default: the defaults of the records' constructors for objects, 0 or
     * false for numbers and flags. Reading is strict: unknown fields, a field given twice, text after
     * the document, numbers written as text, fractions where a whole number belongs and numbers
     * for flags or enum constants are rejected, never reinterpreted.
     *
     * @param json the document
     * @return the validated program
     * @throws ProgramFormatException naming the JSON path and the problem, for malformed JSON, unknown
     *                                fields and invalid programs (overlapping tiers, unknown tier ids, ...)
     */
    public static LoyaltyProgram fromJson(String json) {
        return ProgramJson.read(json, "<json>");
    }

    /**
     * Reads a program from a JSON file.
     *
     * @param file the file
     * @return the validated program
     * @throws IOException            when the file cannot be read
     * @throws ProgramFormatException naming the file, the JSON path and the problem
     */
    public static LoyaltyProgram readJson(Path file) throws IOException {
        return ProgramJson.read(java.nio.file.Files.readString(file), file.toString());
    }

    /**
     * This program as JSON, readable by {@link #fromJson(String)}.
     *
     * @return pretty-printed JSON
     */
    public String toJson() {
        return ProgramJson.write(this);
    }

    /**
     * The earn rule with an id.
     *
     * @param id the rule id
     * @return the rule
     * @throws IllegalArgumentException naming the known rules when there is none
     */
    public EarnRule earnRule(String id) {
        for (EarnRule rule : earnRules) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown earn rule '" + id + "', the program has "
                + earnRules.stream().map(EarnRule::id).toList());
    }

    /**
     * The reward with an id.
     *
     * @param id the reward id
     * @return the reward
     * @throws IllegalArgumentException naming the catalogue when there is no such reward
     */
    public Reward reward(String id) {
        for (Reward reward : rewards) {
            if (reward.id().equals(id)) {
                return reward;
            }
        }
        throw new IllegalArgumentException("unknown reward '" + id + "', the catalogue has "
                + rewards.stream().map(Reward::id).toList());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("LoyaltyProgram ").append(name).append(" (").append(zone).append(", ")
                .append(currency).append(")\n  tiers: ").append(tiers.tiers()).append(", window ").append(tiers.window())
                .append(", downgrade ").append(tiers.downgrade());
        if (!tiers.grace().isZero()) {
            s.append(" after ").append(tiers.grace());
        }
        s.append("\n  earn: ").append(earnRules).append("\n  expiry: ").append(expiry);
        if (!pendingPeriod.isZero()) {
            s.append(", pending ").append(pendingPeriod);
        }
        s.append("\n  rewards: ").append(rewards).append("\n  spend order ").append(spendOrder).append(", refunds ")
                .append(refundShortfall);
        if (referral != null) {
            s.append("\n  referral: ").append(referral);
        }
        if (!goals.isEmpty()) {
            s.append("\n  goals: ").append(goals);
        }
        if (!campaigns.equals(CampaignRules.NONE)) {
            s.append("\n  campaigns: ").append(campaigns);
        }
        return s.toString();
    }

    /** Builds a {@link LoyaltyProgram}; each setter checks its argument at once. */
    public static final class Builder {
        private final String name;
        private ZoneId zone = ZoneId.of("UTC");
        private Currency currency = Currency.getInstance("EUR");
        private TierPolicy tiers = TierPolicy.SINGLE_TIER;
        private final List<EarnRule> earnRules = new ArrayList<>();
        private ExpiryPolicy expiry = ExpiryPolicy.NEVER;
        private Period pendingPeriod = Period.ZERO;
        private final List<Reward> rewards = new ArrayList<>();
        private SpendOrder spendOrder = SpendOrder.SOONEST_EXPIRING_FIRST;
        private RefundShortfall refundShortfall = RefundShortfall.CLAW_BACK_FROM_OTHER_LOTS;
        private ReferralTerms referral;
        private final List<GoalDefinition> goals = new ArrayList<>();
        private CampaignRules campaigns = CampaignRules.NONE;

        private Builder(String name) {
            this.name = Require.notBlank("program.name", name);
        }

        /**
         * The program's zone.
         *
         * @param zoneId a region id such as {@code Europe/Paris}
         * @return this builder
         * @throws IllegalArgumentException naming the text when it is not a zone id
         */
        public Builder zone(String zoneId) {
            Require.notBlank("zone", zoneId);
            try {
                this.zone = ZoneId.of(zoneId);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("zone '" + zoneId + "' is not a zone id such as Europe/Paris ("
                        + e.getMessage() + ")", e);
            }
            return this;
        }

        /**
         * The program's zone.
         *
         * @param zoneId the zone
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = Require.notNull("zone", zoneId);
            return this;
        }

        /**
         * The currency purchase amounts are in.
         *
         * @param code an ISO 4217 code
         * @return this builder
         * @throws IllegalArgumentException naming the text when it is not a currency code
         */
        public Builder currency(String code) {
            Require.notBlank("currency", code);
            try {
                this.currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 currency code such as EUR", e);
            }
            return this;
        }

        /**
         * The tier ladder.
         *
         * @param policy the ladder
         * @return this builder
         */
        public Builder tiers(TierPolicy policy) {
            this.tiers = Require.notNull("tiers", policy);
            return this;
        }

        /**
         * Adds earn rules.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder earn(EarnRule... rules) {
            for (EarnRule rule : rules) {
                earnRules.add(Require.notNull("earn rule", rule));
            }
            return this;
        }

        /**
         * The expiry policy.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder expiry(ExpiryPolicy policy) {
            this.expiry = Require.notNull("expiry", policy);
            return this;
        }

        /**
         * The pending (returns) period of purchase points.
         *
         * @param period non-negative
         * @return this builder
         */
        public Builder pendingPeriod(Period period) {
            Require.notNull("pendingPeriod", period);
            if (period.isNegative()) {
                throw new IllegalArgumentException("pendingPeriod must not be negative, got " + period);
            }
            this.pendingPeriod = period;
            return this;
        }

        /**
         * Adds rewards to the catalogue.
         *
         * @param catalogue the rewards
         * @return this builder
         */
        public Builder rewards(Reward... catalogue) {
            for (Reward reward : catalogue) {
                rewards.add(Require.notNull("reward", reward));
            }
            return this;
        }

        /**
         * The spend order of lots.
         *
         * @param order the order
         * @return this builder
         */
        public Builder spendOrder(SpendOrder order) {
            this.spendOrder = Require.notNull("spendOrder", order);
            return this;
        }

        /**
         * What refunds do with points already spent.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder refundShortfall(RefundShortfall policy) {
            this.refundShortfall = Require.notNull("refundShortfall", policy);
            return this;
        }

        /**
         * The referral terms.
         *
         * @param terms the terms
         * @return this builder
         */
        public Builder referral(ReferralTerms terms) {
            this.referral = Require.notNull("referral", terms);
            return this;
        }

        /**
         * Adds goals.
         *
         * @param definitions the goals
         * @return this builder
         */
        public Builder goals(GoalDefinition... definitions) {
            for (GoalDefinition goal : definitions) {
                goals.add(Require.notNull("goal", goal));
            }
            return this;
        }

        /**
         * The campaign triggers.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder campaigns(CampaignRules rules) {
            this.campaigns = Require.notNull("campaigns", rules);
            return this;
        }

        /**
         * Validates the whole program.
         *
         * @return the program
         * @throws IllegalArgumentException naming the part that is invalid
         */
        public LoyaltyProgram build() {
            return new LoyaltyProgram(name, zone, currency, tiers, earnRules, expiry, pendingPeriod, rewards, spendOrder,
                    refundShortfall, referral, goals, campaigns);
        }
    }
}
