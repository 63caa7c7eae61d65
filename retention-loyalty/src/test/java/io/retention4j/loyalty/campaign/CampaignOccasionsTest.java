package io.retention4j.loyalty.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.CampaignRules;
import io.retention4j.loyalty.program.CampaignTrigger;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Birthdays and membership anniversaries. Every due instant below is the first instant of the local
 * date in the program's zone, converted to UTC by hand in the comment next to it.
 */
class CampaignOccasionsTest {
    private static LoyaltyProgram program(String zone, long birthdayPoints, long anniversaryPoints) {
        return LoyaltyProgram.builder("occasions").zone(zone).earn(EarnRule.baseRate("base", "1"))
                .campaigns(new CampaignRules(0, 0, birthdayPoints, anniversaryPoints, 0)).build();
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    @Test
    void birthday_europeParis_firesAtLocalMidnight() {
        Scenario s = new Scenario(program("Europe/Paris", 100, 0), "2026-03-10T12:00:00Z");
        s.enrol("c1", "1990-07-14");
        // 14 July 2026 00:00 in Paris is CEST (+02:00): 2026-07-13T22:00:00Z
        s.advanceTo("2026-07-13T21:59:59Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).isEmpty();
        s.advanceTo("2026-07-13T22:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).singleElement().satisfies(a -> {
            assertThat(a.at()).isEqualTo(instant("2026-07-13T22:00:00Z"));
            assertThat(a.points()).isEqualTo(100);
            assertThat(a.detail()).contains("birthday 2026-07-14");
        });
        assertThat(s.engine.balance("c1").available()).isEqualTo(100);
        assertThat(s.marks("c1")).singleElement().satisfies(m -> {
            assertThat(m.mark()).isEqualTo("campaign:birthday:2026");
            assertThat(m.trigger()).isEqualTo(CampaignTrigger.BIRTHDAY);
            assertThat(m.due()).isEqualTo(instant("2026-07-13T22:00:00Z"));
            assertThat(m.points()).isEqualTo(100);
            assertThat(m.assignment()).isNull();
        });
    }

    @Test
    void birthday_pacificAuckland_firesAtLocalMidnightTheDayBeforeInUtc() {
        Scenario s = new Scenario(program("Pacific/Auckland", 100, 0), "2026-03-10T12:00:00Z");
        s.enrol("c1", "1985-01-05");
        // 5 January 2027 00:00 in Auckland is NZDT (+13:00): 2027-01-04T11:00:00Z
        s.advanceTo("2027-01-04T10:59:59Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).isEmpty();
        s.advanceTo("2027-01-04T11:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::at)
                .containsExactly(instant("2027-01-04T11:00:00Z"));
        // and in the southern winter (NZST, +12:00): 5 January is fixed, so check a July birthday too
        Scenario w = new Scenario(program("Pacific/Auckland", 100, 0), "2026-03-10T12:00:00Z");
        w.enrol("c2", "1985-07-05");
        // 5 July 2026 00:00 NZST: 2026-07-04T12:00:00Z
        w.advanceTo("2026-07-04T11:59:59Z");
        w.advanceTo("2026-07-04T12:00:00Z");
        assertThat(w.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::at)
                .containsExactly(instant("2026-07-04T12:00:00Z"));
    }

    @Test
    void birthday_dayWithoutMidnight_firesAtTheDaysFirstInstant() {
        Scenario s = new Scenario(program("America/Santiago", 100, 0), "2026-03-10T12:00:00Z");
        s.enrol("c1", "1990-09-06");
        // Chile springs forward at 00:00 on 6 September 2026 (-04:00 to -03:00): the day starts at 01:00 -03:00,
        // which is 2026-09-06T04:00:00Z (the instant 00:00 -04:00 would have been, too)
        s.advanceTo("2026-09-06T03:59:59Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).isEmpty();
        s.advanceTo("2026-09-06T04:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::at)
                .containsExactly(instant("2026-09-06T04:00:00Z"));
    }

    @Test
    void birthday_29February_fallsOn28FebruaryIn2027AndOn29FebruaryIn2028() {
        Scenario s = new Scenario(program("Europe/Paris", 100, 0), "2026-03-10T12:00:00Z");
        s.enrol("c1", "2000-02-29");
        // 2027 has no 29 February: 28 February 2027 00:00 CET (+01:00) = 2027-02-27T23:00:00Z
        s.advanceTo("2027-02-27T22:59:59Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).isEmpty();
        s.advanceTo("2027-02-27T23:00:00Z");
        s.advanceTo("2027-03-01T12:00:00Z");   // 1 March is no second occasion
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::at)
                .containsExactly(instant("2027-02-27T23:00:00Z"));
        // 2028 is a leap year: 29 February 2028 00:00 CET = 2028-02-28T23:00:00Z, not a day earlier
        s.advanceTo("2028-02-28T22:59:59Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).hasSize(1);
        s.advanceTo("2028-02-28T23:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::at)
                .containsExactly(instant("2027-02-27T23:00:00Z"), instant("2028-02-28T23:00:00Z"));
        assertThat(s.marks("c1")).extracting(CampaignMark::mark)
                .containsExactly("campaign:birthday:2027", "campaign:birthday:2028");
    }

    @Test
    void birthday_afterYearsWithoutHousekeeping_firesOnlyTheLatestAndOnlyWithinSevenDays() {
        Scenario s = new Scenario(program("UTC", 100, 0), "2026-03-10T12:00:00Z");
        s.enrol("late", "1990-07-14");
        s.enrol("stale", "1990-07-01");
        // nothing runs from March 2026 to 16 July 2029: the birthdays of 2026, 2027 and 2028 were missed.
        // 'late': the latest occasion 2029-07-14T00:00Z is 2 days 10 hours old (< 7 days): it fires, alone.
        // 'stale': the latest occasion 2029-07-01T00:00Z is 15 days old (>= 7 days): nothing fires.
        s.at("2029-07-16T10:00:00Z").buy("o1", "late", "10");
        s.advanceTo("2029-07-16T10:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).singleElement().satisfies(a -> {
            assertThat(a.customerId()).isEqualTo("late");
            assertThat(a.at()).isEqualTo(instant("2029-07-14T00:00:00Z"));
            assertThat(a.points()).isEqualTo(100);
        });
        // no stacking: 100 birthday points + 10 purchase points, not 4 x 100
        assertThat(s.engine.balance("late").available()).isEqualTo(110);
        assertThat(s.marks("late")).extracting(CampaignMark::mark).containsExactly("campaign:birthday:2029");
        assertThat(s.marks("stale")).isEmpty();
        // the window is 7 days exclusive: 2029-07-14T00:00Z + 7 days = 2029-07-21T00:00Z is too late
        Scenario edge = new Scenario(program("UTC", 100, 0), "2026-03-10T12:00:00Z");
        edge.enrol("a", "1990-07-14");
        edge.enrol("b", "1990-07-14");
        edge.at("2029-07-20T23:59:59Z").buy("o1", "a", "1");
        edge.at("2029-07-21T00:00:00Z").buy("o2", "b", "1");
        assertThat(edge.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::customerId).containsExactly("a");
        // the next year, housekept on time, both get theirs
        s.advanceTo("2030-07-01T00:00:00Z");
        s.advanceTo("2030-07-14T00:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::customerId, Action::at)
                .containsExactly(tuple("late", instant("2029-07-14T00:00:00Z")),
                        tuple("stale", instant("2030-07-01T00:00:00Z")),
                        tuple("late", instant("2030-07-14T00:00:00Z")));
    }

    @Test
    void birthday_repeatedAdvanceCommandsAndReload_firesOncePerYear() {
        Scenario s = new Scenario(program("Europe/Paris", 100, 0), "2026-03-10T12:00:00Z");
        s.enrol("c1", "1990-07-14");
        s.advanceTo("2026-07-13T22:00:00Z");
        s.advanceTo("2026-07-13T22:00:00Z");
        s.advanceTo("2026-07-13T23:00:00Z");
        s.advanceTo("2026-07-16T08:00:00Z");
        s.at("2026-07-17T08:00:00Z").buy("o1", "c1", "5");
        s.reload();   // a new engine over the same store: the mark is in the journal
        s.advanceTo("2026-07-18T08:00:00Z");
        s.at("2026-07-19T08:00:00Z").buy("o2", "c1", "5");
        s.reload();
        s.advanceTo("2026-07-20T08:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).hasSize(1);
        assertThat(s.marks("c1")).hasSize(1);
        // 100 birthday + 5 + 5 purchase points
        assertThat(s.engine.balance("c1").available()).isEqualTo(110);
        // a year later, once more
        s.advanceTo("2027-07-13T22:00:00Z");
        s.reload();
        s.advanceTo("2027-07-14T22:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::at)
                .containsExactly(instant("2026-07-13T22:00:00Z"), instant("2027-07-13T22:00:00Z"));
    }

    @Test
    void birthday_onTheEnrolmentDay_isNotAnOccasion() {
        // enrolled at 12:00 on the birthday: the occasion (00:00 that day) is before the membership
        Scenario s = new Scenario(program("UTC", 100, 0), "2026-07-14T12:00:00Z");
        s.enrol("c1", "1990-07-14");
        s.advanceTo("2026-07-15T00:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).isEmpty();
        s.advanceTo("2027-07-14T00:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).hasSize(1);
    }

    @Test
    void birthday_goldTier_getsPointsTimesTheBirthdayMultiplierRoundedDown() {
        TierBenefits goldBenefits = new TierBenefits(null, false, false, new BigDecimal("1.5"), false, null);
        LoyaltyProgram program = LoyaltyProgram.builder("tiers").zone("UTC").earn(EarnRule.baseRate("base", "1"))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("gold", goldBenefits, Requirement.spend("100"))), TierWindow.lifetime(),
                        DowngradePolicy.NEVER, null))
                .campaigns(new CampaignRules(0, 0, 101, 0, 0)).build();
        Scenario s = new Scenario(program, "2026-03-10T12:00:00Z");
        s.enrol("gold", "1990-07-14");
        s.enrol("member", "1990-07-14");
        s.buy("o1", "gold", "100");   // 100 points and gold
        s.advanceTo("2026-07-14T00:00:00Z");
        Map<String, Long> points = new java.util.TreeMap<>();
        s.actions(ActionType.BIRTHDAY_GREETING).forEach(a -> points.put(a.customerId(), a.points()));
        // gold: floor(101 x 1.5) = floor(151.5) = 151; member (multiplier 1): 101
        assertThat(points).isEqualTo(Map.of("gold", 151L, "member", 101L));
        assertThat(s.engine.balance("gold").available()).isEqualTo(251);
        assertThat(s.engine.entries("gold")).filteredOn(e -> e.type() == EntryType.EARN)
                .extracting(LedgerEntry::rule, LedgerEntry::points)
                .containsExactly(tuple("base", 100L),
                        tuple("campaign:birthday", 151L));
    }

    @Test
    void birthday_greetingsWithoutPoints_emitsTheActionAndCreditsNothing() {
        LoyaltyProgram program = LoyaltyProgram.builder("greet").zone("UTC")
                .campaigns(new CampaignRules(0, 0, 0, 0, 0, null, true, null)).build();
        Scenario s = new Scenario(program, "2026-03-10T12:00:00Z");
        s.enrol("c1", "1990-07-14");
        s.enrol("c2", null);   // no birthday: no greeting, but an anniversary
        s.advanceTo("2026-07-14T00:00:00Z");
        s.advanceTo("2027-03-10T00:00:00Z");
        assertThat(s.actions(ActionType.BIRTHDAY_GREETING)).extracting(Action::customerId, Action::points)
                .containsExactly(tuple("c1", 0L));
        assertThat(s.actions(ActionType.MEMBERSHIP_ANNIVERSARY)).extracting(Action::customerId)
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(s.engine.balance("c1").available()).isZero();
    }

    @Test
    void anniversary_firesAtLocalMidnightOfTheEnrolmentDateEachYear() {
        Scenario s = new Scenario(program("Europe/Paris", 0, 50), "2026-03-10T12:00:00Z");
        s.enrol("c1", null);   // 10 March 2026, 13:00 in Paris
        // 10 March 2027 00:00 CET (+01:00) = 2027-03-09T23:00:00Z
        s.advanceTo("2027-03-09T22:59:59Z");
        assertThat(s.actions(ActionType.MEMBERSHIP_ANNIVERSARY)).isEmpty();
        s.advanceTo("2027-03-09T23:00:00Z");
        s.advanceTo("2027-06-01T00:00:00Z");
        // 10 March 2028 00:00 CET = 2028-03-09T23:00:00Z
        s.advanceTo("2028-03-09T23:00:00Z");
        assertThat(s.actions(ActionType.MEMBERSHIP_ANNIVERSARY)).extracting(Action::at, Action::points)
                .containsExactly(tuple(instant("2027-03-09T23:00:00Z"), 50L),
                        tuple(instant("2028-03-09T23:00:00Z"), 50L));
        assertThat(s.actions(ActionType.MEMBERSHIP_ANNIVERSARY).get(1).detail()).contains("membership anniversary 2");
        assertThat(s.engine.balance("c1").available()).isEqualTo(100);
        assertThat(s.marks("c1")).extracting(CampaignMark::mark)
                .containsExactly("campaign:anniversary:2027", "campaign:anniversary:2028");
    }

    @Test
    void anniversary_enrolledOn29February_fallsOn28FebruaryInCommonYears() {
        Scenario s = new Scenario(program("UTC", 0, 50), "2028-02-29T09:00:00Z");
        s.enrol("c1", null);
        s.advanceTo("2029-02-27T23:59:59Z");
        s.advanceTo("2029-02-28T00:00:00Z");
        s.advanceTo("2029-03-01T00:00:00Z");
        s.advanceTo("2032-02-29T00:00:00Z");
        // 2029, 2030, 2031: 28 February; only the latest of a gap fires (2029 on time, then 2032 on time;
        // 2030 and 2031 fell into one long gap and were more than 7 days old)
        assertThat(s.actions(ActionType.MEMBERSHIP_ANNIVERSARY)).extracting(Action::at)
                .containsExactly(instant("2029-02-28T00:00:00Z"), instant("2032-02-29T00:00:00Z"));
    }
}
