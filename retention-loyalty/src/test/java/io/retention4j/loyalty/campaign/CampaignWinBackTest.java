package io.retention4j.loyalty.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.StateTransition;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.engine.Refund;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.CampaignRules;
import io.retention4j.loyalty.program.DormancyRule;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Win-back offers against core's lifecycle: the offer instants must be the instants at which
 * {@link Lifecycle#replay} over the same purchases moves the customer from a non-dormant state to
 * DORMANT or CHURNED. Hand-computed instants are worked out in the comments.
 */
class CampaignWinBackTest {
    private static final String PARIS = "Europe/Paris";

    private static LoyaltyProgram program(String zone, CampaignRules rules) {
        return LoyaltyProgram.builder("win-back").zone(zone).earn(EarnRule.baseRate("base", "1")).campaigns(rules)
                .build();
    }

    private static CampaignRules after90Days() {
        return new CampaignRules(200, 90, 0, 0, 0);
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    /** The instants at which core's replay enters a dormancy spell, as (customer, instant). */
    private static List<org.assertj.core.groups.Tuple> coreSpells(TransactionLog log, CampaignRules rules, String zone,
                                                                 String until) {
        Lifecycle lifecycle = Lifecycle.builder().policy(rules.winBackDormancy().policy()).zone(zone).build();
        List<org.assertj.core.groups.Tuple> spells = new ArrayList<>();
        for (StateTransition t : lifecycle.replay(log, instant(until))) {
            if (t.to().isDormant() && (t.from() == null || !t.from().isDormant())) {
                spells.add(tuple(t.customerId(), t.at()));
            }
        }
        return spells;
    }

    @Test
    void winBack_oncePerSpell_atTheInstantsOfCoresReplay() {
        Scenario s = new Scenario(program(PARIS, after90Days()), "2026-01-01T09:00:00Z");
        s.enrol("c1", null);
        s.at("2026-01-05T10:00:00Z").buy("o1", "c1", "20");
        s.at("2026-01-20T18:00:00Z").buy("o2", "c1", "30");
        // weekly advances: last purchase day 20 January (19:00 in Paris); + 90 days = 20 April, whose
        // first instant in Paris (CEST, +02:00) is 2026-04-19T22:00:00Z
        for (ZonedDateTime t = ZonedDateTime.parse("2026-01-21T06:00:00Z"); t.isBefore(ZonedDateTime.parse(
                "2026-06-09T00:00:00Z")); t = t.plusDays(7)) {
            s.advanceTo(t.toInstant().toString());
        }
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(Action::at, Action::points)
                .containsExactly(tuple(instant("2026-04-19T22:00:00Z"), 200L));
        // a purchase ends the spell; 10 June + 90 days = 8 September, 00:00 CEST = 2026-09-07T22:00:00Z;
        // the churned threshold (180 days: 7 December) is the same spell and gets no second offer
        s.at("2026-06-10T09:00:00Z").buy("o3", "c1", "40");
        for (ZonedDateTime t = ZonedDateTime.parse("2026-06-11T06:00:00Z"); t.isBefore(ZonedDateTime.parse(
                "2027-01-01T00:00:00Z")); t = t.plusDays(7)) {
            s.advanceTo(t.toInstant().toString());
        }
        s.advanceTo("2027-01-01T00:00:00Z");
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(Action::at)
                .containsExactly(instant("2026-04-19T22:00:00Z"), instant("2026-09-07T22:00:00Z"));
        // 20 + 30 + 40 purchase points + 2 x 200
        assertThat(s.engine.balance("c1").available()).isEqualTo(490);
        assertThat(s.marks("c1")).extracting(CampaignMark::mark)
                .containsExactly("campaign:win-back:2026-01-20", "campaign:win-back:2026-06-10");

        TransactionLog log = TransactionLog.builder()
                .add("c1", instant("2026-01-05T10:00:00Z"), 20)
                .add("c1", instant("2026-01-20T18:00:00Z"), 30)
                .add("c1", instant("2026-06-10T09:00:00Z"), 40).build();
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(a -> tuple(a.customerId(), a.at()))
                .containsExactlyElementsOf(coreSpells(log, after90Days(), PARIS, "2027-01-01T00:00:00Z"));
        assertThat(after90Days().winBackDormancy().policy()).isEqualTo(FixedInactivityPolicy.of(60, 90, 180));
    }

    @Test
    void winBack_oneLateAdvance_firesAtTheDormancyInstantNotAtTheAdvance() {
        Scenario s = new Scenario(program(PARIS, after90Days()), "2026-01-01T09:00:00Z");
        s.enrol("c1", null);
        s.at("2026-01-05T10:00:00Z").buy("o1", "c1", "20");
        s.advanceTo("2026-06-01T00:00:00Z");
        // 5 January + 90 days = 5 April; 00:00 CEST (summer time began 29 March) = 2026-04-04T22:00:00Z
        Instant dormant = instant("2026-04-04T22:00:00Z");
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(Action::at).containsExactly(dormant);
        List<LedgerEntry> written = s.engine.entries("c1").stream()
                .filter(e -> e.type() == EntryType.MARK || e.rule() != null && e.rule().startsWith("campaign:")).toList();
        assertThat(written).extracting(LedgerEntry::type, LedgerEntry::at, LedgerEntry::points)
                .containsExactly(tuple(EntryType.MARK, dormant, 0L), tuple(EntryType.EARN, dormant, 200L));
        assertThat(s.marks("c1")).singleElement().satisfies(m -> {
            assertThat(m.due()).isEqualTo(dormant);
            assertThat(m.detail()).contains("DORMANT since 2026-04-05", "last purchase 2026-01-05",
                    "dormant threshold 90 days");
        });
    }

    @Test
    void winBack_purchaseAfterAnUnnoticedSpell_recordsTheSpellBeforeThePurchase() {
        Scenario s = new Scenario(program(PARIS, after90Days()), "2026-01-01T09:00:00Z");
        s.enrol("c1", null);
        s.at("2026-01-05T10:00:00Z").buy("o1", "c1", "20");
        s.at("2026-05-01T08:00:00Z").buy("o2", "c1", "20");   // nobody advanced in between
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(Action::at)
                .containsExactly(instant("2026-04-04T22:00:00Z"));
        assertThat(s.engine.entries("c1")).extracting(LedgerEntry::type).containsSubsequence(EntryType.MARK,
                EntryType.EARN, EntryType.PURCHASE);
        // the next spell starts from the new purchase day, 1 May: + 90 days = 30 July, 00:00 CEST
        s.advanceTo("2026-07-29T21:59:59Z");
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).hasSize(1);
        s.advanceTo("2026-07-29T22:00:00Z");
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).hasSize(2);
    }

    @Test
    void winBack_refundOrNoPurchase_neitherEndsNorStartsASpell() {
        Scenario s = new Scenario(program("UTC", after90Days()), "2026-01-01T09:00:00Z");
        s.enrol("buyer", null);
        s.enrol("never", null);
        s.at("2026-01-05T10:00:00Z").buy("o1", "buyer", "20");
        s.at("2026-03-01T10:00:00Z").engine.refund(Refund.partial("r1", "buyer", "o1", "5"));
        s.advanceTo("2026-12-31T00:00:00Z");
        // the refund is no purchase: dormant 90 days after 5 January = 5 April 00:00 UTC; 'never' has no
        // lifecycle state at all
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(Action::customerId, Action::at)
                .containsExactly(tuple("buyer", instant("2026-04-05T00:00:00Z")));
    }

    @Test
    void winBack_ownCadence_agreesWithCoreForRegularAndOneTimeBuyers() {
        CampaignRules rules = new CampaignRules(50, 0, 0, 0, 0, DormancyRule.ownCadence(2, 3, 6), false, null);
        Scenario s = new Scenario(program("UTC", rules), "2026-01-01T09:00:00Z");
        s.enrol("regular", null);
        s.enrol("once", null);
        TransactionLog.Builder log = TransactionLog.builder();
        for (String day : List.of("2026-01-01", "2026-01-11", "2026-01-21", "2026-01-31")) {
            s.at(day + "T12:00:00Z").buy("r-" + day, "regular", "10");
            log.add("regular", instant(day + "T12:00:00Z"), 10);
        }
        // the clock may go back for another customer: 'once' has nothing after 1 January 09:00
        s.at("2026-01-01T13:00:00Z").buy("o-once", "once", "10");
        log.add("once", instant("2026-01-01T13:00:00Z"), 10);
        for (ZonedDateTime t = ZonedDateTime.parse("2026-02-01T05:00:00Z"); t.isBefore(ZonedDateTime.parse(
                "2026-06-01T00:00:00Z")); t = t.plusDays(2)) {
            s.advanceTo(t.toInstant().toString());
        }
        // regular: median gap 10 days, dormant beyond 3 x 10 = 30 days: 31 days after 31 January = 3 March;
        // once: one purchase day, core's fallback 90 days: 1 January + 90 days = 1 April
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(Action::customerId, Action::at)
                .containsExactly(tuple("regular", instant("2026-03-03T00:00:00Z")),
                        tuple("once", instant("2026-04-01T00:00:00Z")));
        List<org.assertj.core.groups.Tuple> core = coreSpells(log.build(), rules, "UTC", "2026-06-01T00:00:00Z");
        assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(a -> tuple(a.customerId(), a.at()))
                .containsExactlyInAnyOrderElementsOf(core);
    }

    /** One purchase or one advance, in time order. */
    private record Step(Instant at, String customerId, double amount) {
    }

    @Test
    void winBack_randomPurchasesAndAdvances_matchCoreReplayExactly() {
        for (CampaignRules rules : List.of(after90Days(),
                new CampaignRules(0, 0, 0, 0, 0, DormancyRule.ownCadence(1.5, 2.5, 5), false, null))) {
            Random random = new Random(20_260_101L);
            ZoneId paris = ZoneId.of(PARIS);
            List<Step> steps = new ArrayList<>();
            TransactionLog.Builder log = TransactionLog.builder();
            for (int c = 0; c < 25; c++) {
                double daily = 0.005 + 0.06 * random.nextDouble();   // from one purchase in 200 days to one in 15
                for (LocalDate d = LocalDate.parse("2026-01-02"); d.isBefore(LocalDate.parse("2027-12-31")); d = d.plusDays(1)) {
                    if (random.nextDouble() < daily) {
                        // a purchase at hh:mm with mm >= 1, never exactly at a local day start
                        Instant at = d.atTime(random.nextInt(24), 1 + random.nextInt(59)).atZone(paris).toInstant();
                        double amount = 5 + random.nextInt(100);
                        steps.add(new Step(at, "c" + c, amount));
                        log.add("c" + c, at, amount);
                    }
                }
            }
            for (LocalDate d = LocalDate.parse("2026-01-03"); d.isBefore(LocalDate.parse("2027-12-31")); d = d.plusDays(3)) {
                steps.add(new Step(d.atTime(random.nextInt(24), random.nextInt(60)).atZone(paris).toInstant(), null, 0));
            }
            steps.sort(Comparator.comparing(Step::at));
            Scenario s = new Scenario(program(PARIS, rules), "2026-01-01T00:00:00Z");
            for (int c = 0; c < 25; c++) {
                s.enrol("c" + c, null);
            }
            int order = 0;
            for (Step step : steps) {
                if (step.customerId() == null) {
                    s.advanceTo(step.at().toString());
                } else {
                    s.at(step.at().toString()).buy("o" + order++, step.customerId(), Double.toString(step.amount()));
                }
            }
            s.advanceTo("2027-12-31T00:00:00Z");
            List<org.assertj.core.groups.Tuple> core = coreSpells(log.build(), rules, PARIS, "2027-12-31T00:00:00Z");
            assertThat(core).as("a meaningful number of spells").hasSizeGreaterThan(20);
            assertThat(s.actions(ActionType.WIN_BACK_OFFER)).extracting(a -> tuple(a.customerId(), a.at()))
                    .containsExactlyInAnyOrderElementsOf(core);
        }
    }
}
