package io.retention4j.loyalty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.ledger.Allocation;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two places an account keeps its items: a local array, or an engine's shared arena. */
class AccountStorageTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** ENROL, then per i: PURCHASE, EARN (opens a lot), and every third time a REDEEM from that lot. */
    private static List<LedgerEntry> journal(int purchases) {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(new LedgerEntry(0, "c", EntryType.ENROL, 0, T0, "enrol", null, null, null, null, null, null, 0,
                null, null));
        for (int i = 0; i < purchases; i++) {
            Instant at = T0.plusSeconds(60L * i);
            entries.add(new LedgerEntry(entries.size(), "c", EntryType.PURCHASE, 0, at, "o" + i, null, "o" + i, null,
                    null, new BigDecimal("12.50"), null, 0, null, null));
            long lot = entries.size();
            entries.add(new LedgerEntry(lot, "c", EntryType.EARN, 12, at, "o" + i, "base", "o" + i, null, null, null,
                    null, 0, null, null));
            if (i % 3 == 0) {
                entries.add(new LedgerEntry(entries.size(), "c", EntryType.REDEEM, -5, at, "r" + i, null, null, null,
                        null, null, null, 0, List.of(new Allocation(lot, 5)), null));
            }
        }
        return entries;
    }

    @Test
    void sharedAndLocal_sameJournal_sameJournalLotsAndBalances() {
        List<LedgerEntry> entries = journal(200);
        Account local = Account.replay("c", entries, null);
        Account shared = Account.replay("c", entries, new AppendArena<>("full"), null);
        assertThat(shared.journal()).containsExactlyElementsOf(entries);
        assertThat(local.journal()).containsExactlyElementsOf(entries);
        assertThat(shared.lots()).hasSize(200);
        assertThat(shared.available()).isEqualTo(local.available()).isEqualTo(200 * 12 - 67 * 5);
        for (int i = 0; i < 200; i++) {
            assertThat(shared.lots().get(i).remaining()).isEqualTo(local.lots().get(i).remaining());
        }
    }

    @Test
    void rolledBackTo_sharedArena_reusesTheSlotsInsteadOfTakingNewOnes() {
        AppendArena<Object> arena = new AppendArena<>("full");
        List<LedgerEntry> entries = journal(300); // about 700 entries: three blocks of 256 slots
        Account account = Account.replay("c", entries, arena, null);
        int reserved = arena.reserved();
        for (int round = 0; round < 1_000; round++) {
            account = account.rolledBackTo(entries.size() - 1 - round % 7);
            // the journal grows back to full length: the positions it had before reuse their slots
            for (int i = account.size(); i < entries.size(); i++) {
                account.apply(entries.get(i));
            }
        }
        assertThat(arena.reserved()).isEqualTo(reserved);
        assertThat(account.journal()).containsExactlyElementsOf(entries);
        assertThat(account.available()).isEqualTo(Account.replay("c", entries, null).available());
    }

    @Test
    void replay_replacingALongerAccount_keepsItsSlotsForTheNextOne() {
        AppendArena<Object> arena = new AppendArena<>("full");
        List<LedgerEntry> entries = journal(300);
        Account full = Account.replay("c", entries, arena, null);
        int reserved = arena.reserved();
        // replaced by a shorter account (say, a rollback), then by the full journal again (a reload)
        Account shorter = Account.replay("c", entries.subList(0, 10), arena, full);
        Account reloaded = Account.replay("c", entries, arena, shorter);
        assertThat(arena.reserved()).isEqualTo(reserved);
        assertThat(reloaded.journal()).containsExactlyElementsOf(entries);
    }

    @Test
    void journalView_outOfRange_throws() {
        Account shared = Account.replay("c", journal(2), new AppendArena<>("full"), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> shared.journal().get(shared.size()))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
