package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.internal.AppendArena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The in-memory {@link LedgerStore}. A commit locks the journals it appends to (in customer id order,
 * so two commits never wait on each other in a cycle), checks their sizes, takes stock with
 * compare-and-set, reserves room for the entries, inserts the receipt if its key is new, and only
 * then appends; any failed check undoes what was taken before it, so nothing is half-written.
 *
 * <p>Layout, for the garbage collector more than for lookups: the entries of all customers live in
 * one {@link AppendArena} in commit order and a customer's journal is an {@code int[]} of arena
 * indexes; receipts live in a {@link ReceiptTable}. A commit therefore stores its new references
 * next to the previous commit's, instead of into one growing array per customer scattered over the
 * old generation, which the collector would have to rescan at every young collection.
 */
final class InMemoryLedgerStore implements LedgerStore {
    private static final int[] NO_ENTRIES = new int[0];

    private final AppendArena<LedgerEntry> entries = new AppendArena<>("the in-memory store holds 2^31 journal entries: use a durable store");
    private final ConcurrentHashMap<String, Journal> journals = new ConcurrentHashMap<>();
    private final ReceiptTable receipts = new ReceiptTable();
    private final ConcurrentHashMap<String, AtomicLong> redeemed = new ConcurrentHashMap<>();

    /** One customer's entries as arena indexes, in seq order; guarded by its own monitor. */
    private static final class Journal {
        int[] slots = NO_ENTRIES;
        int size;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, Math.max(4, 2 * size)); // doubling: each growth is a card for G1 to refine
            }
            slots[size++] = slot;
        }
    }

    @Override
    public List<LedgerEntry> journal(String customerId) {
        Journal journal = journals.get(customerId);
        if (journal == null) {
            return List.of();
        }
        LedgerEntry[] copy;
        synchronized (journal) {
            copy = new LedgerEntry[journal.size];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = entries.get(journal.slots[i]);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(copy));
    }

    @Override
    public long journalSize(String customerId) {
        Journal journal = journals.get(customerId);
        if (journal == null) {
            return 0;
        }
        synchronized (journal) {
            return journal.size;
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
            if (locked[i].size != appends.get(i).expectedSize()) {
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
        int count = 0;
        for (JournalAppend append : appends) {
            count += append.entries().size();
        }
        int first;
        try {
            first = entries.reserve(count);
        } catch (IllegalStateException full) {
            giveBack(commit.stock(), taken);
            throw full;
        }
        CommandReceipt receipt = commit.receipt();
        if (receipt != null && !receipts.putIfAbsent(receipt)) {
            giveBack(commit.stock(), taken); // the reserved slots stay empty: a lost race, rare
            return CommitOutcome.KEY_EXISTS;
        }
        int slot = first;
        for (int i = 0; i < appends.size(); i++) {
            for (LedgerEntry entry : appends.get(i).entries()) {
                entries.set(slot, entry);
                locked[i].add(slot++);
            }
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
