package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.Effects;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@link Effects} of one command or advance, written into its {@link Session}. */
final class CommandEffects implements Effects {
    private final Session session;
    private final Map<String, Account> locked;
    private final LoyaltyProgram program;
    private final ProgramCalendar calendar;
    private final LotOperations lots;
    private final TierRules tiers;

    CommandEffects(Session session, Map<String, Account> locked, LoyaltyProgram program, ProgramCalendar calendar,
                   LotOperations lots, TierRules tiers) {
        this.session = session;
        this.locked = locked;
        this.program = program;
        this.calendar = calendar;
        this.lots = lots;
        this.tiers = tiers;
    }

    @Override
    public Instant now() {
        return session.now;
    }

    @Override
    public String key() {
        return session.key;
    }

    @Override
    public LoyaltyProgram program() {
        return program;
    }

    @Override
    public ProgramCalendar calendar() {
        return calendar;
    }

    @Override
    public Account account(String customerId) {
        if (!locked.containsKey(customerId)) {
            throw new IllegalStateException("customer '" + customerId + "' is not locked by command '" + session.key
                    + "'; an extension must name the customers it writes in alsoTouches");
        }
        Account account = locked.get(customerId);
        return account.enrolled() ? account : null;
    }

    @Override
    public void credit(Account account, String entryKey, Instant at, long points, String rule, String source,
                       boolean pending, String note) {
        lots.credit(session, account, entryKey, at, EntryType.EARN, points, rule, source, pending, note);
    }

    @Override
    public long reverse(Account account, String entryKey, Instant at, long lotId, String note) {
        MutableLot lot = account.lotById(lotId);
        long points = lot.remaining();
        if (points > 0) {
            session.append(account, entryKey, EntryType.REVERSE, -points, LotOperations.notBeforeLast(account, at), lot.rule,
                    lot.source, null, null, null, note, 0, List.of(new Allocation(lotId, points)), null);
        }
        return Math.max(points, 0);
    }

    @Override
    public void mark(Account account, String entryKey, Instant at, String mark, String note) {
        session.append(account, entryKey, EntryType.MARK, 0, LotOperations.notBeforeLast(account, at), mark, null, null,
                null, null, note, 0, null, null);
    }

    @Override
    public void grantTier(Account account, String tierId, String reason) {
        if (tiers.rank(tierId) > tiers.rank(account.tierFloor())) {
            tiers.floor(session, account, tierId, reason);
        }
    }

    @Override
    public String tierOf(Account account) {
        return tiers.effectiveTier(account).id();
    }

    @Override
    public void emit(String type, String customerId, Instant at, long points, String detail) {
        session.emit(new Action(ActionType.valueOf(type), customerId, at, points, detail));
    }
}
