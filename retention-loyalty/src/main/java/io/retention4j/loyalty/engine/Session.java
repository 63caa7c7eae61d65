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
    private final LinkedHashMap<String, Account> accounts = new LinkedHashMap<>();
    private final LinkedHashMap<String, Integer> sizeBefore = new LinkedHashMap<>();
    final List<Action> actions = new ArrayList<>();
    final List<StockChange> stock = new ArrayList<>();

    Session(Instant now, String key) {
        this.now = now;
        this.key = key;
    }

    private final LinkedHashMap<String, Account> locked = new LinkedHashMap<>();

    /** Remembers an account the command holds the lock of (extensions may write to it). */
    void lock(Account account) {
        locked.put(account.customerId(), account);
    }

    Map<String, Account> lockedAccounts() {
        return locked;
    }

    void touch(Account account) {
        if (!accounts.containsKey(account.customerId())) {
            accounts.put(account.customerId(), account);
            sizeBefore.put(account.customerId(), account.size());
        }
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

    LedgerEntry record(Account account, EntryType type, String rule, String source, BigDecimal amount, String note) {
        return append(account, key, type, 0, now, rule, source, null, null, amount, note, 0, null, null);
    }

    void emit(Action action) {
        actions.add(action);
    }

    boolean wroteAnything() {
        for (Map.Entry<String, Account> e : accounts.entrySet()) {
            if (e.getValue().size() != sizeBefore.get(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** The commit of everything written; the receipt may be null for housekeeping. */
    Commit commit(CommandReceipt receipt) {
        List<JournalAppend> appends = new ArrayList<>();
        for (Map.Entry<String, Account> e : accounts.entrySet()) {
            int before = sizeBefore.get(e.getKey());
            List<LedgerEntry> journal = e.getValue().journal();
            if (journal.size() > before || receipt != null) {
                appends.add(new JournalAppend(e.getKey(), before, journal.subList(before, journal.size())));
            }
        }
        return new Commit(receipt, appends, stock);
    }

    /** Entries written under the command's key, in write order. */
    List<LedgerEntry> entriesOfCommand() {
        List<LedgerEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Account> e : accounts.entrySet()) {
            List<LedgerEntry> journal = e.getValue().journal();
            for (LedgerEntry entry : journal.subList(sizeBefore.get(e.getKey()), journal.size())) {
                if (entry.key().equals(key)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    List<String> customerIds() {
        return new ArrayList<>(accounts.keySet());
    }

    /** Accounts as they were before the session: rebuilt from their journal prefixes. */
    Map<String, Account> rolledBack() {
        Map<String, Account> restored = new LinkedHashMap<>();
        for (Map.Entry<String, Account> e : accounts.entrySet()) {
            Account account = e.getValue();
            int before = sizeBefore.get(e.getKey());
            restored.put(e.getKey(), account.size() == before ? account
                    : Account.replay(e.getKey(), new ArrayList<>(account.journal().subList(0, before)), null));
        }
        return restored;
    }
}
