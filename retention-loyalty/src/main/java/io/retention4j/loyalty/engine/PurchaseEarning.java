package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.program.Cap;
import io.retention4j.loyalty.program.Dimension;
import io.retention4j.loyalty.program.EarnKind;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Computes the points each earn rule gives a purchase or an event (see {@link EarnRule}). */
final class PurchaseEarning {
    /** Points one rule gives, after rounding and caps. */
    record Earning(String rule, long points, String note) {
    }

    private final LoyaltyProgram program;
    private final ProgramCalendar calendar;
    private final EarnRule base;
    private final List<EarnRule> multipliers = new ArrayList<>();
    /** The rule name of each tier's multiplier bonus ("tier:gold"), built once: entries keep it. */
    private final java.util.Map<String, String> tierRules = new java.util.HashMap<>();
    /** Per multiplier rule: extra points per currency unit, {@code pointsPerUnit * (multiplier - 1)}. */
    private final BigDecimal[] extraPerUnit;
    /** Per tier with an earn multiplier above 1: the extra share of base points, {@code multiplier - 1}. */
    private final java.util.Map<String, BigDecimal> tierExtraFactor = new java.util.HashMap<>();

    PurchaseEarning(LoyaltyProgram program, ProgramCalendar calendar) {
        this.program = program;
        this.calendar = calendar;
        EarnRule found = null;
        for (EarnRule rule : program.earnRules()) {
            if (rule.kind() == EarnKind.BASE_RATE) {
                found = rule;
            } else if (rule.kind() == EarnKind.MULTIPLIER) {
                multipliers.add(rule);
            }
        }
        this.base = found;
        for (io.retention4j.loyalty.program.Tier tier : program.tiers().tiers()) {
            tierRules.put(tier.id(), "tier:" + tier.id());
            BigDecimal multiplier = tier.benefits().earnMultiplier();
            if (multiplier.compareTo(BigDecimal.ONE) > 0) {
                tierExtraFactor.put(tier.id(), multiplier.subtract(BigDecimal.ONE));
            }
        }
        extraPerUnit = new BigDecimal[multipliers.size()];
        for (int r = 0; r < extraPerUnit.length; r++) {
            extraPerUnit[r] = found == null ? BigDecimal.ZERO
                    : found.pointsPerUnit().multiply(multipliers.get(r).multiplier().subtract(BigDecimal.ONE));
        }
    }

    List<Earning> purchase(Account account, Purchase purchase, Tier tier, Instant now) {
        try {
            return earnings(account, purchase, tier, now);
        } catch (ArithmeticException tooMany) {
            throw new CommandRejectedException("purchase '" + purchase.orderId() + "' amount "
                    + purchase.amount().toPlainString() + " earns more points than a ledger entry holds ("
                    + Long.MAX_VALUE + ")");
        }
    }

    private List<Earning> earnings(Account account, Purchase purchase, Tier tier, Instant now) {
        List<Earning> earnings = new ArrayList<>(2);
        if (base == null) {
            return earnings;
        }
        List<PurchaseLine> lines = purchase.lines();
        BigDecimal spent = purchase.amount(); // the lines add up to it (Purchase checks)
        BigDecimal baseRaw = spent.multiply(base.pointsPerUnit());
        RoundingMode rounding = base.rounding();
        add(earnings, account, base, round(baseRaw, rounding), now);
        LocalDate day = null;
        for (int r = 0; r < multipliers.size(); r++) {
            EarnRule rule = multipliers.get(r);
            if (rule.from() != null || rule.until() != null) {
                day = day != null ? day : calendar.date(purchase.occurredAt() == null ? now : purchase.occurredAt());
                if (!rule.activeOn(day)) {
                    continue;
                }
            }
            BigDecimal matched;
            if (lines.isEmpty()) {
                // one implicit line with no product or category: only channel rules (and rules on everything) match
                matched = matches(rule, purchase, null, null) ? spent : BigDecimal.ZERO;
            } else {
                matched = BigDecimal.ZERO;
                for (int i = 0; i < lines.size(); i++) {
                    PurchaseLine line = lines.get(i);
                    if (matches(rule, purchase, line.product(), line.category())) {
                        matched = matched.add(line.amount());
                    }
                }
            }
            if (matched.signum() > 0) {
                add(earnings, account, rule, round(matched.multiply(extraPerUnit[r]), rounding), now);
            }
        }
        BigDecimal tierExtra = tierExtraFactor.get(tier.id());
        if (tierExtra != null) {
            long extra = round(baseRaw.multiply(tierExtra), rounding);
            if (extra > 0) {
                earnings.add(new Earning(tierRules.get(tier.id()), extra, null));
            }
        }
        return earnings;
    }

    List<Earning> event(Account account, String type, Instant now) {
        List<Earning> earnings = new ArrayList<>();
        for (EarnRule rule : program.earnRules()) {
            if (rule.kind() == EarnKind.EVENT && rule.eventType().equals(type)) {
                add(earnings, account, rule, rule.points(), now);
            }
        }
        return earnings;
    }

    private static boolean matches(EarnRule rule, Purchase purchase, String product, String category) {
        if (rule.dimension() == null) {
            return true;
        }
        return rule.value().equals(rule.dimension() == Dimension.CATEGORY ? category
                : rule.dimension() == Dimension.PRODUCT ? product : purchase.channel());
    }

    private static long round(BigDecimal points, RoundingMode mode) {
        return points.setScale(0, mode).longValueExact();
    }

    private void add(List<Earning> earnings, Account account, EarnRule rule, long points, Instant now) {
        if (points <= 0) {
            return;
        }
        Cap cap = rule.cap();
        if (cap == null) {
            earnings.add(new Earning(rule.id(), points, null));
            return;
        }
        long left = cap.points() - used(account, rule.id(), cap, now) - alreadyEarned(earnings, rule.id());
        if (left <= 0) {
            return;
        }
        earnings.add(points <= left ? new Earning(rule.id(), points, null)
                : new Earning(rule.id(), left, "capped: " + points + " cut to " + left + " (" + cap + ")"));
    }

    private static long alreadyEarned(List<Earning> earnings, String rule) {
        long sum = 0;
        for (Earning e : earnings) {
            if (e.rule().equals(rule)) {
                sum += e.points();
            }
        }
        return sum;
    }

    /**
     * Points of a rule in the cap period containing {@code now}, net of refunds of the purchases that
     * earned them (claw-backs and debt payments drawn from a lot do not give its cap room back).
     */
    private long used(Account account, String rule, Cap cap, Instant now) {
        Instant from = calendar.periodStart(cap.period(), now);
        Instant to = calendar.periodEnd(cap.period(), now);
        long sum = 0;
        for (MutableLot lot : account.lots()) {
            if (rule.equals(lot.rule) && !lot.earnedAt.isBefore(from) && lot.earnedAt.isBefore(to)) {
                sum += lot.points - account.refundedShare(lot);
            }
        }
        return sum;
    }
}
