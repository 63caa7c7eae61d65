package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.CommandReceipt;
import io.retention4j.loyalty.ledger.Commit;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.JournalAppend;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.StockChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effects of one command while it is computed: entries are applied to the accounts at once (so
 * later steps see them) and remembered with each account's size before, so a refusal or a failed
 * commit can put every account back.
 */
final class Session {
    final Instant now;
    final String key;
    /** Accounts written (touched), in first-write order, with their journal sizes before. */
    private final ArrayList<Account> accounts = new ArrayList<>(2);
    private int[] sizeBefore = new int[2];
    /** Actions emitted so far; allocated on the first one (most commands emit none). */
    private List<Action> actions;
    /** Reward stock taken; allocated on the first redemption of a stocked reward. */
    private List<StockChange> stock;
    private Map<String, Account> locked;

    /** The last lot expiry computed, so the lots of one purchase compute it once. */
    private Instant expiryEarnedAt;
    private Instant expiryAt;

    Instant lotExpiry(Instant earnedAt, io.retention4j.loyalty.internal.ProgramCalendar calendar,
                      io.retention4j.loyalty.program.ExpiryPolicy policy) {
        if (!earnedAt.equals(expiryEarnedAt)) {
            expiryAt = calendar.lotExpiry(policy, earnedAt);
            expiryEarnedAt = earnedAt;
        }
        return expiryAt;
    }

    Session(Instant now, String key) {
        this.now = now;
        this.key = key;
    }

    /** Remembers an account the command holds the lock of (extensions may write to it). */
    void lock(Account account) {
        if (locked == null) {
            locked = new LinkedHashMap<>(4);
        }
        locked.put(account.customerId(), account);
    }

    Map<String, Account> lockedAccounts() {
        return locked == null ? Map.of() : locked;
    }

    void touch(Account account) {
        for (Account a : accounts) {
            if (a == account) {
                return;
            }
        }
        if (accounts.size() == sizeBefore.length) {
            sizeBefore = java.util.Arrays.copyOf(sizeBefore, sizeBefore.length * 2);
        }
        sizeBefore[accounts.size()] = account.size();
        accounts.add(account);
    }

    LedgerEntry append(Account account, String entryKey, EntryType type, long points, Instant at, String rule,
                       String source, Instant expiresAt, Instant availableAt, BigDecimal amount, String note, long debt,
                       List<Allocation> allocations, Map<String, String> attributes) {
        touch(account);
        LedgerEntry entry = new LedgerEntry(account.size(), account.customerId(), type, points, at, entryKey, rule, source,
                expiresAt, availableAt, amount, note, debt, allocations, attributes);
        account.apply(entry);
        return entry;
    }

    void emit(Action action) {
        if (actions == null) {
            actions = new ArrayList<>(2);
        }
        actions.add(action);
    }

    /** @return the actions emitted, in order (an immutable empty list when none) */
    List<Action> actions() {
        return actions == null ? List.of() : actions;
    }

    void takeStock(StockChange change) {
        if (stock == null) {
            stock = new ArrayList<>(1);
        }
        stock.add(change);
    }

    boolean wroteAnything() {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).size() != sizeBefore[i]) {
                return true;
            }
        }
        return false;
    }

    /** The commit of everything written; the receipt may be null for housekeeping. */
    Commit commit(CommandReceipt receipt) {
        List<StockChange> taken = stock == null ? List.of() : stock;
        if (accounts.size() == 1) {
            Account account = accounts.get(0);
            return new Commit(receipt, account.size() > sizeBefore[0] || receipt != null
                    ? List.of(append(account, sizeBefore[0])) : List.of(), taken);
        }
        List<JournalAppend> appends = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            if (account.size() > sizeBefore[i] || receipt != null) {
                appends.add(append(account, sizeBefore[i]));
            }
        }
        return new Commit(receipt, appends, taken);
    }

    private static JournalAppend append(Account account, int from) {
        return new JournalAppend(account.customerId(), from, immutableTail(account.journal(), from));
    }

    /**
     * The entries from {@code from} on, as an immutable list built without an intermediate copy
     * (most commands append one to three entries).
     */
    private static List<LedgerEntry> immutableTail(List<LedgerEntry> journal, int from) {
        return switch (journal.size() - from) {
            case 0 -> List.of();
            case 1 -> List.of(journal.get(from));
            case 2 -> List.of(journal.get(from), journal.get(from + 1));
            default -> List.copyOf(journal.subList(from, journal.size()));
        };
    }

    /** Entries written under the command's key, in write order; immutable. */
    List<LedgerEntry> entriesOfCommand() {
        if (accounts.size() == 1) {
            List<LedgerEntry> journal = accounts.get(0).journal();
            int from = sizeBefore[0];
            boolean allOfCommand = true;
            for (int j = from, end = journal.size(); j < end && allOfCommand; j++) {
                allOfCommand = journal.get(j).key().equals(key);
            }
            if (allOfCommand) {
                return immutableTail(journal, from);
            }
        }
        List<LedgerEntry> entries = new ArrayList<>(4);
        for (int i = 0; i < accounts.size(); i++) {
            List<LedgerEntry> journal = accounts.get(i).journal();
            for (int j = sizeBefore[i], end = journal.size(); j < end; j++) {
                LedgerEntry entry = journal.get(j);
                if (entry.key().equals(key)) {
                    entries.add(entry);
                }
            }
        }
        return List.copyOf(entries);
    }

    List<String> customerIds() {
        if (accounts.size() == 1) {
            return List.of(accounts.get(0).customerId());
        }
        List<String> ids = new ArrayList<>(accounts.size());
        for (Account account : accounts) {
            ids.add(account.customerId());
        }
        return ids;
    }

    /** Accounts as they were before the session: rebuilt from their journal prefixes. */
    Map<String, Account> rolledBack() {
        Map<String, Account> restored = new LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            restored.put(account.customerId(), account.size() == sizeBefore[i] ? account
                    : account.rolledBackTo(sizeBefore[i]));
        }
        return restored;
    }
}
