package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.ExpiryKind;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.SpendOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Credits, debits, releases and expiries on a customer's lots: the only code that writes points
 * entries, so the lot invariants live in one place.
 */
final class LotOperations {
    private static final Comparator<MutableLot> SOONEST_EXPIRING = Comparator
            .comparing((MutableLot l) -> l.expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(l -> l.id);
    private static final Comparator<MutableLot> OLDEST = Comparator.comparingLong(l -> l.id);

    /**
     * The key of releases and expiries written as time passes: no command asked for them, the lot they
     * act on is in their allocation, and one shared string keeps a million expiries from carrying a
     * million keys.
     */
    static final String RELEASE_KEY = "housekeeping:release";
    static final String EXPIRY_KEY = "housekeeping:expiry";

    private final LoyaltyProgram program;
    private final ProgramCalendar calendar;
    private final Comparator<MutableLot> spendOrder;

    LotOperations(LoyaltyProgram program, ProgramCalendar calendar) {
        this.program = program;
        this.calendar = calendar;
        this.spendOrder = program.spendOrder() == SpendOrder.OLDEST_FIRST ? OLDEST : SOONEST_EXPIRING;
    }

    /**
     * Credits a lot with the program's expiry, pending or not, and pays refund debt from it when it is
     * spendable at once.
     */
    LedgerEntry credit(Session session, Account account, EntryType type, long points, String rule, String source,
                       boolean pending, String note) {
        return credit(session, account, session.key, session.now, type, points, rule, source, pending, note);
    }

    LedgerEntry credit(Session session, Account account, String key, Instant at, EntryType type, long points, String rule,
                       String source, boolean pending, String note) {
        Instant when = notBeforeLast(account, at);
        Instant expiresAt = session.lotExpiry(when, calendar, program.expiry());
        Instant availableAt = pending ? calendar.plus(when, program.pendingPeriod()) : null;
        LedgerEntry entry = session.append(account, key, pending ? EntryType.PENDING : type, points, when,
                rule, source, expiresAt, availableAt, null, note, 0, null, null);
        if (!pending) {
            payDebt(session, account, entry.seq(), key, when);
        }
        return entry;
    }

    /** A transferred lot: keeps the expiry of the lot it came from. */
    LedgerEntry receive(Session session, Account account, long points, Instant expiresAt, String source) {
        LedgerEntry entry = session.append(account, session.key, EntryType.TRANSFER_IN, points, session.now, null, source,
                expiresAt, null, null, null, 0, null, null);
        payDebt(session, account, entry.seq(), session.key, session.now);
        return entry;
    }

    void payDebt(Session session, Account account, long lotId, String key, Instant at) {
        if (account.debt() == 0) {
            return;
        }
        MutableLot lot = account.lotById(lotId);
        long pay = Math.min(account.debt(), lot.remaining());
        if (pay > 0) {
            session.append(account, key, EntryType.REVERSE, 0, at, null, "refund debt", null, null, null,
                    "pays refund debt", -pay, List.of(new Allocation(lotId, pay)), null);
        }
    }

    /** Spendable lots in spend order. */
    List<MutableLot> spendable(Account account) {
        List<MutableLot> lots = new ArrayList<>();
        for (MutableLot lot : account.lots()) {
            if (lot.spendable()) {
                lots.add(lot);
            }
        }
        lots.sort(spendOrder);
        return lots;
    }

    /**
     * Allocations of {@code points} over spendable lots in spend order; fewer points than asked when
     * the lots do not have them (the caller decides whether that is allowed).
     */
    List<Allocation> allocate(Account account, long points) {
        List<Allocation> allocations = new ArrayList<>();
        long left = points;
        for (MutableLot lot : spendable(account)) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, lot.remaining());
            allocations.add(new Allocation(lot.id, take));
            left -= take;
        }
        return allocations;
    }

    static long sum(List<Allocation> allocations) {
        long sum = 0;
        for (Allocation a : allocations) {
            sum += a.points();
        }
        return sum;
    }

    /**
     * Releases pending lots and expires lots due up to {@code until}, in time order, each entry at its
     * due instant (never before the journal's last entry).
     */
    void settle(Session session, Account account, Instant until) {
        boolean rollingExpiry = program.expiry().kind() == ExpiryKind.ROLLING_INACTIVITY;
        if (!rollingExpiry && account.nothingDueBy(until)) {
            return;
        }
        while (true) {
            MutableLot next = null;
            Instant due = null;
            boolean release = false;
            for (MutableLot lot : account.lots()) {
                if (lot.remaining() <= 0) {
                    continue;
                }
                if (lot.pending && !lot.availableAt.isAfter(until) && (due == null || lot.availableAt.isBefore(due))) {
                    next = lot;
                    due = lot.availableAt;
                    release = true;
                }
                if (lot.expiresAt != null && !lot.expiresAt.isAfter(until) && (due == null || lot.expiresAt.isBefore(due))) {
                    next = lot;
                    due = lot.expiresAt;
                    release = false;
                }
            }
            Instant rolling = rollingExpiry(account);
            if (rolling != null && !rolling.isAfter(until) && (due == null || rolling.isBefore(due))) {
                expireAll(session, account, rolling);
                continue;
            }
            if (next == null) {
                account.dueLowerBound(nextDue(account));
                return;
            }
            Instant at = notBeforeLast(account, due);
            if (release) {
                session.append(account, RELEASE_KEY, EntryType.RELEASE, 0, at,
                        next.rule, next.source, null, null, null, "returns window over", 0,
                        List.of(new Allocation(next.id, next.remaining())), null);
                payDebt(session, account, next.id, RELEASE_KEY, at);
            } else {
                expire(session, account, next, at, "lot expiry");
            }
        }
    }

    /** The next release or expiry of a lot with points left, or null. */
    private static Instant nextDue(Account account) {
        Instant due = null;
        for (MutableLot lot : account.lots()) {
            if (lot.remaining() > 0) {
                if (lot.pending && (due == null || lot.availableAt.isBefore(due))) {
                    due = lot.availableAt;
                }
                if (lot.expiresAt != null && (due == null || lot.expiresAt.isBefore(due))) {
                    due = lot.expiresAt;
                }
            }
        }
        return due;
    }

    /** When all lots expire under rolling inactivity expiry, or null. */
    Instant rollingExpiry(Account account) {
        if (program.expiry().kind() != ExpiryKind.ROLLING_INACTIVITY || account.lastActivity() == null) {
            return null;
        }
        for (MutableLot lot : account.lots()) {
            if (lot.remaining() > 0) {
                return calendar.plus(account.lastActivity(), program.expiry().period());
            }
        }
        return null;
    }

    private void expireAll(Session session, Account account, Instant due) {
        Instant at = notBeforeLast(account, due);
        for (MutableLot lot : new ArrayList<>(account.lots())) {
            if (lot.remaining() > 0) {
                expire(session, account, lot, at, "no activity since " + account.lastActivity());
            }
        }
    }

    private void expire(Session session, Account account, MutableLot lot, Instant at, String why) {
        long points = lot.remaining();
        session.append(account, EXPIRY_KEY, EntryType.EXPIRE, -points, at, lot.rule,
                lot.source, null, null, null, why, 0, List.of(new Allocation(lot.id, points)), null);
        session.emit(new Action(ActionType.POINTS_EXPIRED, account.customerId(), at, points,
                "lot" + lot.id + (lot.rule == null ? "" : " [" + lot.rule + "]") + ": " + why));
    }

    static Instant notBeforeLast(Account account, Instant at) {
        return account.lastAfter(at) ? account.lastAt() : at;
    }
}
