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

/**
 * Finds a customer's current dormancy spell by asking core's {@link Lifecycle} (the program's zone and
 * the rule's policy) about the customer's purchases, so loyalty and core agree by construction.
 * Purchases are the journal's PURCHASE entries at their instants with their amounts; refunds are no
 * purchases (core ignores negative amounts, and a loyalty refund never starts or ends a spell).
 */
final class DormancySpells {
    /** A dormancy spell that began after the last purchase. */
    record Spell(LocalDate lastPurchaseDay, StateTransition start) {
    }

    private final Lifecycle lifecycle;
    private final ProgramCalendar calendar;
    private final long minimumDays;

    DormancySpells(DormancyPolicy policy, ProgramCalendar calendar) {
        this.lifecycle = Lifecycle.builder().policy(policy).zone(calendar.zone()).parallel(false).build();
        this.calendar = calendar;
        this.minimumDays = minimumDormantDays(policy);
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
     * Whether a spell after this purchase may have begun by {@code until}: false when {@code until} is
     * before the first instant of the day {@link #minimumDormantDays} after the purchase day.
     */
    boolean mayHaveBegun(LedgerEntry lastPurchase, Instant until) {
        LocalDate earliest = calendar.date(lastPurchase.at()).plusDays(minimumDays);
        return !until.isBefore(calendar.startOf(earliest));
    }

    /**
     * The dormancy spell that follows the customer's last purchase, if it began by {@code until}: the
     * first state change after the last purchase, up to {@code until}, from a state that is not dormant to
     * DORMANT or CHURNED, as {@code Lifecycle.replay} finds it.
     *
     * @param account      the customer
     * @param lastPurchase the customer's last PURCHASE entry
     * @param until        the instant housekeeping reaches
     * @return the spell, or null when the customer is not dormant by {@code until}
     */
    Spell spellAfter(Account account, LedgerEntry lastPurchase, Instant until) {
        TransactionLog.Builder log = TransactionLog.builder();
        for (LedgerEntry e : account.journal()) {
            if (e.type() == EntryType.PURCHASE) {
                log.add(account.customerId(), e.at(), e.amount().doubleValue());
            }
        }
        StateTransition[] first = new StateTransition[1];
        lifecycle.replay(log.build(), lastPurchase.at(), until, t -> {
            if (first[0] == null && t.to().isDormant() && (t.from() == null || !t.from().isDormant())) {
                first[0] = t;
            }
        });
        return first[0] == null ? null : new Spell(calendar.date(lastPurchase.at()), first[0]);
    }
}
