package io.retention4j.loyalty.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Transaction;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A three-customer history whose every figure is counted by hand in the comments. */
class WhatIfTest {
    private static Transaction t(String customer, String date, String amount) {
        return new Transaction(customer, Instant.parse(date + "T10:00:00Z"), new BigDecimal(amount), null, null, null, null);
    }

    private static final TransactionLog LOG = TransactionLog.of(List.of(
            t("a", "2026-01-05", "120.50"),  // a: 120 points, reaches silver (spend >= 100)
            t("b", "2026-01-20", "30"),      // b: 30 points
            t("a", "2026-02-10", "40"),      // a as silver x1.5: 40 + 20 = 60 points
            t("c", "2026-02-11", "-15"),     // a refund row: skipped
            t("b", "2026-03-02", "80")));    // b: 80 points, spend 110 -> silver (upgrade after earning)

    private static LoyaltyProgram program() {
        return LoyaltyProgram.builder("what-if").zone("UTC").currency("USD")
                .earn(EarnRule.baseRate("base", "1"))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("silver", TierBenefits.earnMultiplier("1.5"), Requirement.spend("100"))),
                        TierWindow.lifetime(), DowngradePolicy.NEVER, null))
                .expiry(ExpiryPolicy.endOfMonth(1))
                .build();
    }

    @Test
    void run_countsIssuedExpiredOutstandingAndMonthlyTiers() {
        WhatIfReport report = WhatIf.of(program()).until(Instant.parse("2026-05-15T00:00:00Z")).build().run(LOG);
        assertThat(report.customers()).isEqualTo(2);
        assertThat(report.purchases()).isEqualTo(4);
        assertThat(report.skipped()).isEqualTo(1);
        // issued: 120 + 30 + 60 + 80 = 290
        assertThat(report.issued()).isEqualTo(290);
        // end of the month after earning: January lots (a 120, b 30) expire 2026-03-01, February's (a 60)
        // 2026-04-01, March's (b 80) 2026-05-01; all before 2026-05-15
        assertThat(report.expired()).isEqualTo(290);
        assertThat(report.outstanding()).isZero();
        assertThat(report.breakage()).isEqualTo(1.0);
        // snapshots at the first instant of Feb, Mar, Apr, May
        assertThat(report.monthly()).extracting(TierMixRow::month).containsExactly(LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-01"));
        assertThat(report.monthly().get(0).tiers()).containsEntry("member", 1L).containsEntry("silver", 1L);
        assertThat(report.monthly().get(0).outstanding()).isEqualTo(150);   // 120 + 30
        assertThat(report.monthly().get(1).outstanding()).isEqualTo(60);    // January lots expired
        assertThat(report.monthly().get(2).tiers()).containsEntry("silver", 2L);
        assertThat(report.monthly().get(2).outstanding()).isEqualTo(80);    // b's March lot
        assertThat(report.finalTiers()).containsEntry("silver", 2L);
    }

    @Test
    void replay_onAStoreHoldingAnEarlierPartialRun_continuesItAndEndsAsAFreshRun() {
        WhatIf whole = WhatIf.of(program()).redeemEvery(50).until(Instant.parse("2026-05-15T00:00:00Z")).build();
        WhatIfReport fresh = whole.run(LOG);
        LedgerStore store = LedgerStore.inMemory();
        // an earlier run stopped after the first two purchases (January)
        WhatIfReport first = WhatIf.of(program()).redeemEvery(50).until(Instant.parse("2026-01-31T00:00:00Z"))
                .store(store).build().run(LOG);
        assertThat(first.purchases()).isEqualTo(2);
        assertThat(first.alreadyApplied()).isZero();
        WhatIfReport resumed = WhatIf.of(program()).redeemEvery(50).until(Instant.parse("2026-05-15T00:00:00Z"))
                .store(store).build().run(LOG);
        // the two January purchases replay; the totals are those of a run from scratch
        assertThat(resumed.purchases()).isEqualTo(4);
        assertThat(resumed.alreadyApplied()).isEqualTo(2);
        assertThat(List.of(resumed.issued(), resumed.redeemed(), resumed.expired(), resumed.outstanding()))
                .isEqualTo(List.of(fresh.issued(), fresh.redeemed(), fresh.expired(), fresh.outstanding()));
        assertThat(resumed.finalTiers()).isEqualTo(fresh.finalTiers());
        // February 1 came before the first new purchase (February 10): its row is not known, the later ones are
        assertThat(resumed.monthly()).isEqualTo(fresh.monthly().subList(1, fresh.monthly().size()));
        assertThat(resumed.toString()).contains("2 of them were already in the store from an earlier run: replayed, "
                + "nothing written; monthly rows start where this run began writing");
        // a third run finds everything applied and writes nothing
        WhatIfReport again = WhatIf.of(program()).redeemEvery(50).until(Instant.parse("2026-05-15T00:00:00Z"))
                .store(store).build().run(LOG);
        assertThat(again.alreadyApplied()).isEqualTo(4);
        assertThat(again.monthly()).isEmpty();
        assertThat(again.outstanding()).isEqualTo(fresh.outstanding());
    }

    @Test
    void run_redeemEvery_redeemsInBlocks() {
        WhatIfReport report = WhatIf.of(program()).redeemEvery(50).until(Instant.parse("2026-03-02T10:00:00Z")).build()
                .run(LOG);
        // a: 120 -> redeems 100, keeps 20; b: 30 keeps; a: +60 -> 80 -> redeems 50, keeps 30;
        // March 1: a's January lot (20 left after its 100 redeemed) and b's 30 expire; a's February lot (60)
        // had 30 drawn... soonest-expiring first: a's redemption of 50 drew 20 from the January lot and 30
        // from the February lot, so the January lot was empty and 30 of February's remain.
        // b: +80 on March 2 -> 80 -> redeems 50, keeps 30.
        assertThat(report.redeemed()).isEqualTo(200);
        assertThat(report.expired()).isEqualTo(30);   // b's January 30
        assertThat(report.outstanding()).isEqualTo(60); // a 30 + b 30
        assertThat(report.liability()).isEqualByComparingTo("0.60");
    }

    @Test
    void run_emptyLog_isRejected() {
        assertThatThrownBy(() -> WhatIf.of(program()).build().run(TransactionLog.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
