package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.ledger.Balance;
import io.retention4j.loyalty.ledger.Commit;
import io.retention4j.loyalty.ledger.CommitOutcome;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.JournalAppend;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.Lot;
import io.retention4j.loyalty.ledger.StockChange;
import io.retention4j.loyalty.program.ExpiryKind;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Reward;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Invariant checks and store copies shared by the ledger property, stress and bad-input tests. */
final class LedgerChecks {
    private LedgerChecks() {
    }

    /** Every customer's journal, read from the store (empty list for a customer without one). */
    static Map<String, List<LedgerEntry>> journals(LedgerStore store, Collection<String> customers) {
        Map<String, List<LedgerEntry>> all = new LinkedHashMap<>();
        for (String c : customers) {
            all.put(c, store.journal(c));
        }
        return all;
    }

    /**
     * The journal's shape: seq is 0..n-1, {@code at} never decreases, every entry is the customer's.
     * Returns the journal's last instant (null for an empty journal).
     */
    static Instant assertJournalShape(String customer, List<LedgerEntry> journal) {
        Instant last = null;
        for (int i = 0; i < journal.size(); i++) {
            LedgerEntry e = journal.get(i);
            if (e.seq() != i || !e.customerId().equals(customer) || (last != null && e.at().isBefore(last))) {
                fail("journal of %s: entry %d is out of place (seq 0..n-1, ordered by at): %s after %s", customer, i, e,
                        last);
            }
            last = e.at();
        }
        return last;
    }

    /**
     * The lot and balance invariants of one customer as of an instant: available = sum of remaining
     * over released lots - debt, pending = sum over pending lots, points = spent + expired + reversed
     * + remaining with every term non-negative, debt non-negative, and available non-negative unless
     * the program lets refunds leave a debt.
     */
    static Balance assertBalanceInvariants(LoyaltyEngine engine, String customer, Instant at, boolean negativeAllowed) {
        Balance balance = engine.balance(customer, at);
        List<Lot> lots = engine.lots(customer, at);
        long released = 0;
        long pending = 0;
        for (Lot lot : lots) {
            assertThat(lot.spent()).isNotNegative();
            assertThat(lot.expired()).isNotNegative();
            assertThat(lot.reversed()).isNotNegative();
            assertThat(lot.remaining()).as("%s remaining", lot).isNotNegative();
            assertThat(lot.spent() + lot.expired() + lot.reversed() + lot.remaining()).as("%s", lot).isEqualTo(lot.points());
            if (lot.pending()) {
                pending += lot.remaining();
            } else {
                released += lot.remaining();
            }
        }
        assertNextExpiry(engine, balance, lots, released + pending);
        assertThat(balance.debt()).as("debt of %s", customer).isNotNegative();
        assertThat(balance.available()).as("available of %s", customer).isEqualTo(released - balance.debt());
        assertThat(balance.pending()).as("pending of %s", customer).isEqualTo(pending);
        if (negativeAllowed) {
            assertThat(balance.available()).isGreaterThanOrEqualTo(-balance.debt());
        } else {
            assertThat(balance.available()).as("available of %s", customer).isNotNegative();
            assertThat(balance.debt()).as("debt of %s", customer).isZero();
        }
        return balance;
    }

    /**
     * The balance's next expiry: under rolling inactivity, some instant exactly when any points are
     * left, with all released points expiring then; otherwise the soonest expiry of a released lot with
     * points left, and the points of the released lots expiring then.
     */
    private static void assertNextExpiry(LoyaltyEngine engine, Balance balance, List<Lot> lots, long left) {
        if (engine.program().expiry().kind() == ExpiryKind.ROLLING_INACTIVITY) {
            assertThat(balance.nextExpiry() != null).as("%s has a rolling expiry", balance).isEqualTo(left > 0);
            assertThat(balance.expiringPoints()).as("%s", balance).isEqualTo(balance.available() + balance.debt());
            return;
        }
        Instant soonest = null;
        for (Lot lot : lots) {
            if (!lot.pending() && lot.remaining() > 0 && lot.expiresAt() != null
                    && (soonest == null || lot.expiresAt().isBefore(soonest))) {
                soonest = lot.expiresAt();
            }
        }
        long expiring = 0;
        for (Lot lot : lots) {
            if (!lot.pending() && lot.remaining() > 0 && lot.expiresAt() != null && lot.expiresAt().equals(soonest)) {
                expiring += lot.remaining();
            }
        }
        assertThat(balance.nextExpiry()).as("next expiry of %s", balance).isEqualTo(soonest);
        assertThat(balance.expiringPoints()).as("points expiring of %s", balance).isEqualTo(expiring);
    }

    /**
     * Folds the journal from scratch and checks the fold against the engine as of the journal's last
     * instant: same available, pending and debt, same lots, same qualified tier and floor; and the
     * total (available + pending) is the sum of the points of all entries.
     */
    static void assertReplayMatches(LoyaltyEngine engine, String customer, List<LedgerEntry> journal) {
        if (journal.isEmpty()) {
            return;
        }
        Instant last = journal.get(journal.size() - 1).at();
        Account replayed = Account.replay(customer, journal, null);
        Balance balance = engine.balance(customer, last);
        assertThat(replayed.available()).as("replayed available of %s", customer).isEqualTo(balance.available());
        assertThat(replayed.pending()).as("replayed pending of %s", customer).isEqualTo(balance.pending());
        assertThat(replayed.debt()).as("replayed debt of %s", customer).isEqualTo(balance.debt());
        assertThat(replayed.lots().stream().map(l -> l.snapshot(customer)).collect(Collectors.toList()))
                .as("replayed lots of %s", customer).isEqualTo(engine.lots(customer, last));
        TierStatus tier = engine.tier(customer, last);
        assertThat(tier.floor()).isEqualTo(replayed.tierFloor());
        int rank = Math.max(rank(engine, replayed.tier()), rank(engine, replayed.tierFloor()));
        assertThat(tier.tier().id()).as("tier of %s", customer).isEqualTo(engine.program().tiers().tier(rank).id());
        long sum = journal.stream().mapToLong(LedgerEntry::points).sum();
        assertThat(replayed.available() + replayed.pending()).as("total of %s vs sum of entry points", customer)
                .isEqualTo(sum);
        for (MutableLot lot : replayed.lots()) {
            assertThat(lot.remaining()).isNotNegative();
        }
    }

    private static int rank(LoyaltyEngine engine, String tierId) {
        return tierId == null ? 0 : engine.program().tiers().rank(tierId);
    }

    /** Transfers conserve points: the points received equal the points given, over all journals. */
    static void assertTransfersConserve(Map<String, List<LedgerEntry>> journals) {
        long in = 0;
        long out = 0;
        for (List<LedgerEntry> journal : journals.values()) {
            for (LedgerEntry e : journal) {
                if (e.type() == EntryType.TRANSFER_IN) {
                    in += e.points();
                } else if (e.type() == EntryType.TRANSFER_OUT) {
                    out -= e.points();
                }
            }
        }
        assertThat(in).as("points transferred in vs out").isEqualTo(out);
    }

    /** {@link #copy(LedgerStore, LedgerStore, Collection, Collection, LoyaltyProgram)} into a new in-memory store. */
    static LedgerStore copy(LedgerStore store, Collection<String> customers, Collection<String> keys,
                            LoyaltyProgram program) {
        return copy(store, LedgerStore.inMemory(), customers, keys, program);
    }

    /**
     * Fills an empty store with the same journals, the receipts of the given keys and the units
     * redeemed of the program's stocked rewards, written through the public {@link LedgerStore} contract.
     */
    static LedgerStore copy(LedgerStore store, LedgerStore copy, Collection<String> customers, Collection<String> keys,
                            LoyaltyProgram program) {
        for (Reward reward : program.rewards()) {
            long units = store.redeemedUnits(reward.id());
            if (units > 0) {
                StockChange taken = new StockChange(reward.id(), units, reward.stock());
                assertThat(copy.commit(new Commit(null, List.of(), List.of(taken)))).isEqualTo(CommitOutcome.COMMITTED);
            }
        }
        for (String c : customers) {
            List<LedgerEntry> journal = store.journal(c);
            if (!journal.isEmpty()) {
                CommitOutcome outcome = copy.commit(new Commit(null, List.of(new JournalAppend(c, 0, journal)), null));
                assertThat(outcome).isEqualTo(CommitOutcome.COMMITTED);
            }
        }
        for (String key : keys) {
            store.receipt(key).ifPresent(r -> assertThat(copy.commit(new Commit(r, List.of(), null)))
                    .isEqualTo(CommitOutcome.COMMITTED));
        }
        return copy;
    }
}
