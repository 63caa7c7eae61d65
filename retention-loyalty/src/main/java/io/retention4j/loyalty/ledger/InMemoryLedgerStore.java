package io.retention4j.loyalty.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The in-memory {@link LedgerStore}. A commit locks the journals it appends to (in customer id order,
 * so two commits never wait on each other in a cycle), checks their sizes, takes stock with
 * compare-and-set, inserts the receipt if its key is new, and only then appends; any failed check
 * undoes what was taken before it, so nothing is half-written.
 */
final class InMemoryLedgerStore implements LedgerStore {
    private final ConcurrentHashMap<String, Journal> journals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CommandReceipt> receipts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> redeemed = new ConcurrentHashMap<>();

    /** One customer's entries; guarded by its own monitor. */
    private static final class Journal {
        final ArrayList<LedgerEntry> entries = new ArrayList<>();
    }

    @Override
    public List<LedgerEntry> journal(String customerId) {
        Journal journal = journals.get(customerId);
        if (journal == null) {
            return List.of();
        }
        synchronized (journal) {
            return List.copyOf(journal.entries);
        }
    }

    @Override
    public Optional<CommandReceipt> receipt(String key) {
        return Optional.ofNullable(receipts.get(key));
    }

    @Override
    public long redeemedUnits(String rewardId) {
        AtomicLong units = redeemed.get(rewardId);
        return units == null ? 0 : units.get();
    }

    @Override
    public CommitOutcome commit(Commit commit) {
        List<JournalAppend> appends = commit.appends();
        if (appends.size() == 1) {
            Journal journal = journalOf(appends.get(0).customerId());
            synchronized (journal) {
                return commitLocked(commit, new Journal[] {journal});
            }
        }
        List<JournalAppend> ordered = new ArrayList<>(appends);
        ordered.sort(Comparator.comparing(JournalAppend::customerId));
        Journal[] locked = new Journal[appends.size()];
        for (int i = 0; i < appends.size(); i++) {
            locked[i] = journalOf(appends.get(i).customerId());
        }
        return lockAll(commit, ordered, 0, locked);
    }

    private Journal journalOf(String customerId) {
        Journal journal = journals.get(customerId);
        return journal != null ? journal : journals.computeIfAbsent(customerId, id -> new Journal());
    }

    private CommitOutcome lockAll(Commit commit, List<JournalAppend> ordered, int i, Journal[] locked) {
        if (i == ordered.size()) {
            return commitLocked(commit, locked);
        }
        Journal journal = journals.get(ordered.get(i).customerId());
        synchronized (journal) {
            return lockAll(commit, ordered, i + 1, locked);
        }
    }

    private CommitOutcome commitLocked(Commit commit, Journal[] locked) {
        List<JournalAppend> appends = commit.appends();
        for (int i = 0; i < appends.size(); i++) {
            if (locked[i].entries.size() != appends.get(i).expectedSize()) {
                return CommitOutcome.CUSTOMER_CHANGED;
            }
        }
        int taken = 0;
        for (StockChange change : commit.stock()) {
            AtomicLong units = redeemed.computeIfAbsent(change.rewardId(), id -> new AtomicLong());
            long before;
            do {
                before = units.get();
                if (before + change.units() > change.stock()) {
                    giveBack(commit.stock(), taken);
                    return CommitOutcome.OUT_OF_STOCK;
                }
            } while (!units.compareAndSet(before, before + change.units()));
            taken++;
        }
        CommandReceipt receipt = commit.receipt();
        if (receipt != null && receipts.putIfAbsent(receipt.key(), receipt) != null) {
            giveBack(commit.stock(), taken);
            return CommitOutcome.KEY_EXISTS;
        }
        for (int i = 0; i < appends.size(); i++) {
            locked[i].entries.addAll(appends.get(i).entries());
        }
        return CommitOutcome.COMMITTED;
    }

    private void giveBack(List<StockChange> changes, int taken) {
        for (int i = 0; i < taken; i++) {
            redeemed.get(changes.get(i).rewardId()).addAndGet(-changes.get(i).units());
        }
    }

    @Override
    public void forEachCustomer(Consumer<String> visitor) {
        journals.forEach((id, journal) -> visitor.accept(id));
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return "LedgerStore.inMemory(" + journals.size() + " customers, " + receipts.size() + " receipts)";
    }
}
