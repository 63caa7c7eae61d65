package io.retention4j.loyalty.campaign;

import io.retention4j.core.lifecycle.DormancyPolicy;
import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.OwnCadencePolicy;
import io.retention4j.core.lifecycle.StateTransition;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a customer's current dormancy spell by asking core's {@link Lifecycle} (the program's zone and
 * the rule's policy) about the customer's purchases, so loyalty and core agree by construction.
 * Purchases are the journal's PURCHASE entries at their instants with their amounts; refunds are no
 * purchases (core ignores negative amounts, and a loyalty refund never starts or ends a spell).
 *
 * <p>Cost: a replay builds a one-customer transaction log of every purchase. A cheap lower bound
 * ({@link #minimumDormantDays}) skips it until a spell can have begun; for fixed inactivity the bound
 * is exact, so there is one replay per spell. For other policies the replay looks ahead up to
 * {@link #HORIZON} and the instant it finds is memoized per customer and last purchase (a pure
 * function of the journal, dropped once the spell is offered or a purchase supersedes it), so again
 * one replay per spell rather than one per housekeeping. Thread-safe.
 */
final class DormancySpells {
    /** How far after the last purchase a spell is looked for: 100 years (a later one is never offered). */
    static final Period HORIZON = Period.ofYears(100);

    /** A dormancy spell that begins after the last purchase (at {@code start.at()}). */
    record Spell(LocalDate lastPurchaseDay, StateTransition start) {
    }

    /** The spell that follows the purchase with a journal position, null when none within the horizon. */
    private record Lookahead(long purchaseSeq, Spell spell) {
    }

    private final Lifecycle lifecycle;
    private final ProgramCalendar calendar;
    private final long minimumDays;
    private final boolean exactBound;
    private final ConcurrentHashMap<String, Lookahead> lookahead = new ConcurrentHashMap<>();

    DormancySpells(DormancyPolicy policy, ProgramCalendar calendar) {
        this.lifecycle = Lifecycle.builder().policy(policy).zone(calendar.zone()).parallel(false).build();
        this.calendar = calendar;
        this.minimumDays = minimumDormantDays(policy);
        this.exactBound = policy instanceof FixedInactivityPolicy;
    }

    /**
     * A lower bound on the days from the last purchase day to the first dormant day, so most
     * housekeeping needs no replay: exact for fixed inactivity; for own cadence the fallback's
     * threshold or {@code floor(dormantMultiple) + 1} (every median gap is at least one day), whichever
     * is smaller; 1 for other policies.
     */
    static long minimumDormantDays(DormancyPolicy policy) {
        if (policy instanceof FixedInactivityPolicy fixed) {
            return fixed.dormantDays();
        }
        if (policy instanceof OwnCadencePolicy cadence) {
            return Math.min(cadence.fallback().dormantDays(), (long) Math.floor(cadence.dormantMultiple()) + 1);
        }
        return 1;
    }

    /** The customer's last PURCHASE entry, or null. */
    static LedgerEntry lastPurchase(Account account) {
        for (int i = account.size() - 1; i >= 0; i--) {
            LedgerEntry e = account.journal().get(i);
            if (e.type() == EntryType.PURCHASE) {
                return e;
            }
        }
        return null;
    }

    /**
     * The dormancy spell that follows the customer's last purchase, if it has begun by {@code until}:
     * the first state change after the last purchase from a state that is not dormant to DORMANT or
     * CHURNED, as {@code Lifecycle.replay} finds it.
     *
     * @param account      the customer
     * @param lastPurchase the customer's last PURCHASE entry
     * @param until        the instant housekeeping reaches
     * @return the spell, or null when the customer is not dormant by {@code until}
     */
    Spell begunBy(Account account, LedgerEntry lastPurchase, Instant until) {
        // a lower bound first: before the first instant of the day minimumDays after the purchase day, no spell
        if (until.isBefore(calendar.startOf(calendar.date(lastPurchase.at()).plusDays(minimumDays)))) {
            return null;
        }
        String id = account.customerId();
        Lookahead known = lookahead.get(id);
        if (known == null || known.purchaseSeq() != lastPurchase.seq()) {
            known = new Lookahead(lastPurchase.seq(), spellAfter(account, lastPurchase));
            if (!exactBound) {
                lookahead.put(id, known);
            }
        }
        Spell spell = known.spell();
        if (spell == null || spell.start().at().isAfter(until)) {
            return null;
        }
        lookahead.remove(id, known);
        return spell;
    }

    /** The spell after the last purchase, looking ahead up to {@link #HORIZON}, or null. */
    private Spell spellAfter(Account account, LedgerEntry lastPurchase) {
        TransactionLog.Builder log = TransactionLog.builder();
        for (LedgerEntry e : account.journal()) {
            if (e.type() == EntryType.PURCHASE) {
                log.add(account.customerId(), e.at(), e.amount().doubleValue());
            }
        }
        StateTransition[] first = new StateTransition[1];
        Instant horizon = calendar.plus(lastPurchase.at(), HORIZON);
        lifecycle.replay(log.build(), lastPurchase.at(), horizon, t -> {
            if (first[0] == null && t.to().isDormant() && (t.from() == null || !t.from().isDormant())) {
                first[0] = t;
            }
        });
        return first[0] == null ? null : new Spell(calendar.date(lastPurchase.at()), first[0]);
    }
}
