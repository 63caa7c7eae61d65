package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.WindowKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Tier qualification and reviews.
 *
 * <p>Upgrades: after every purchase, refund or event the customer moves up to the highest
 * qualifying tier over the window ending now. Reviews: at each review instant R (1 January for
 * calendar-year windows, each membership anniversary for anniversary years, the first day of each
 * month for rolling and lifetime windows) the downgrade policy is applied at R + grace: the target is
 * the highest tier qualified over the window ending then, or (calendar and anniversary windows) over
 * the window that ended at R, whichever is higher. A manual floor is never undercut.
 */
final class TierRules {
    private final LoyaltyProgram program;
    private final TierPolicy policy;
    private final ProgramCalendar calendar;
    private final Predicate<String> qualifyingRule;
    /** The highest rank reachable by qualifying (0 when the ladder has only the base and invitation-only tiers). */
    private final int topQualifyingRank;
    /** Whether any requirement counts spend, orders or events (a journal scan) or qualifying points (a lot scan). */
    private final boolean usesActivity;
    private final boolean usesPoints;

    TierRules(LoyaltyProgram program, ProgramCalendar calendar) {
        this.program = program;
        this.policy = program.tiers();
        this.calendar = calendar;
        java.util.Set<String> earnRules = new java.util.HashSet<>();
        program.earnRules().forEach(r -> earnRules.add(r.id()));
        this.qualifyingRule = rule -> earnRules.contains(rule) || rule.startsWith("tier:");
        int top = 0;
        for (int rank = 1; rank < policy.tiers().size(); rank++) {
            if (!policy.tier(rank).invitationOnly()) {
                top = rank;
            }
        }
        this.topQualifyingRank = top;
        boolean activity = false;
        boolean points = false;
        for (Tier tier : policy.tiers()) {
            for (Requirement r : tier.requirements()) {
                points |= r.metric() == io.retention4j.loyalty.program.QualificationMetric.QUALIFYING_POINTS;
                activity |= r.metric() != io.retention4j.loyalty.program.QualificationMetric.QUALIFYING_POINTS;
            }
        }
        this.usesActivity = activity;
        this.usesPoints = points;
    }

    Predicate<String> qualifyingRule() {
        return qualifyingRule;
    }

    int rank(String tierId) {
        return tierId == null ? 0 : policy.rank(tierId);
    }

    /** The tier in force: the qualified tier or the manual floor, whichever is higher. */
    int effectiveRank(Account account) {
        return Math.max(rank(account.tier()), rank(account.tierFloor()));
    }

    Tier effectiveTier(Account account) {
        return policy.tier(effectiveRank(account));
    }

    WindowMetrics metrics(Account account, Instant windowEnd) {
        Instant start = calendar.windowStart(policy.window(), windowEnd, enrolment(account));
        return WindowMetrics.of(account, start, windowEnd.plusNanos(1), qualifyingRule);
    }

    /** The highest tier reached by qualifying over the window ending at {@code at} (inclusive). */
    int qualifiedRank(Account account, Instant at) {
        Instant start = calendar.windowStart(policy.window(), at, enrolment(account));
        return qualifiedRank(WindowMetrics.of(account, start, at.plusNanos(1), qualifyingRule, usesActivity, usesPoints));
    }

    int qualifiedRank(WindowMetrics metrics) {
        for (int rank = policy.tiers().size() - 1; rank > 0; rank--) {
            Tier tier = policy.tier(rank);
            if (!tier.invitationOnly() && meetsAll(tier, metrics)) {
                return rank;
            }
        }
        return 0;
    }

    private static boolean meetsAll(Tier tier, WindowMetrics metrics) {
        for (Requirement requirement : tier.requirements()) {
            if (!metrics.meets(requirement)) {
                return false;
            }
        }
        return true;
    }

    /** The first requirement-bearing tier above the current one and what is missing to reach it, or null at the top. */
    Tier nextTier(Account account) {
        for (int rank = effectiveRank(account) + 1; rank < policy.tiers().size(); rank++) {
            if (!policy.tier(rank).invitationOnly()) {
                return policy.tier(rank);
            }
        }
        return null;
    }

    /** Upgrades the customer when the activity just recorded qualifies them for a higher tier. */
    void upgrade(Session session, Account account) {
        int current = rank(account.tier());
        if (current >= topQualifyingRank) {
            return;
        }
        int qualified = qualifiedRank(account, session.now);
        if (qualified > current) {
            change(session, account, session.key, session.now, current, qualified,
                    "qualified: " + metrics(account, session.now));
        }
    }

    /**
     * Applies every review whose effective instant (R + grace) is in (after, until], in time order;
     * {@code settleUpTo} is called with each effective instant before its review is applied, so what
     * falls due earlier (releases, expiries) is written first.
     */
    void review(Session session, Account account, Instant after, Instant until, Consumer<Instant> settleUpTo) {
        if (policy.downgrade() == DowngradePolicy.NEVER || policy.tiers().size() == 1 || !account.enrolled()
                || rank(account.tier()) == 0) {
            return; // nothing to lose: reviews only ever lower the qualified tier
        }
        // the first review taking effect after `after`; `after` only grows, so the cached one stays valid
        if (account.tierReviewAfter(until)) {
            return;
        }
        Instant review = nextReview(account, minusGrace(after));
        while (review != null) {
            Instant effective = calendar.plus(review, policy.grace());
            if (effective.isAfter(until)) {
                account.nextTierReview(effective);
                return;
            }
            if (effective.isAfter(after)) {
                settleUpTo.accept(effective);
                applyReview(session, account, review, effective);
            }
            review = nextReview(account, review);
        }
    }

    private Instant minusGrace(Instant at) {
        return policy.grace().isZero() ? at
                : java.time.ZonedDateTime.ofInstant(at, calendar.zone()).minus(policy.grace()).toInstant();
    }

    private Instant nextReview(Account account, Instant after) {
        WindowKind kind = policy.window().kind();
        if (kind == WindowKind.CALENDAR_YEAR || kind == WindowKind.ANNIVERSARY_YEAR) {
            return calendar.nextWindowEnd(policy.window(), after, enrolment(account));
        }
        LocalDate date = calendar.date(after);
        return calendar.startOf(date.withDayOfMonth(1).plusMonths(1));
    }

    private void applyReview(Session session, Account account, Instant review, Instant effective) {
        int current = rank(account.tier());
        if (current == 0) {
            return;
        }
        int target = qualifiedRank(account, effective);
        WindowKind kind = policy.window().kind();
        if (kind == WindowKind.CALENDAR_YEAR || kind == WindowKind.ANNIVERSARY_YEAR) {
            Instant justBefore = review.minusNanos(1);
            target = Math.max(target, qualifiedRank(account, justBefore));
        }
        if (target >= current) {
            return;
        }
        int next = policy.downgrade() == DowngradePolicy.ONE_TIER_AT_A_TIME ? current - 1 : target;
        change(session, account, "tier-review:" + account.customerId() + ":" + effective, effective, current, next,
                "review of " + review + (policy.grace().isZero() ? "" : " after grace " + policy.grace())
                        + ": qualifies for " + policy.tier(target).id());
    }

    private void change(Session session, Account account, String key, Instant at, int from, int to, String reason) {
        int before = effectiveRank(account);
        session.append(account, key, io.retention4j.loyalty.ledger.EntryType.TIER, 0, at, policy.tier(to).id(), reason,
                null, null, null, null, 0, null, null);
        int after = effectiveRank(account);
        if (after != before) {
            session.emit(new Action(ActionType.TIER_CHANGED, account.customerId(), at, 0,
                    policy.tier(before).id() + " -> " + policy.tier(after).id() + " (" + reason + ")"));
        }
    }

    /** Sets or clears the manual floor. */
    void floor(Session session, Account account, String tierId, String reason) {
        int before = effectiveRank(account);
        session.append(account, session.key, io.retention4j.loyalty.ledger.EntryType.TIER, 0, session.now, tierId,
                reason, null, null, null, "floor", 0, null, null);
        int after = effectiveRank(account);
        if (after != before) {
            session.emit(new Action(ActionType.TIER_CHANGED, account.customerId(), session.now, 0,
                    policy.tier(before).id() + " -> " + policy.tier(after).id() + " (manual: " + reason + ")"));
        }
    }

    static Instant enrolment(Account account) {
        return account.enrolledAt() == null ? Instant.EPOCH : account.enrolledAt();
    }

    Requirement[] missing(Account account, Tier tier, Instant at) {
        WindowMetrics m = metrics(account, at);
        return tier.requirements().stream().filter(r -> !m.meets(r)).toArray(Requirement[]::new);
    }

    LoyaltyProgram program() {
        return program;
    }
}
