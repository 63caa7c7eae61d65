package io.retention4j.loyalty.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.engine.Redemption;
import io.retention4j.loyalty.program.CampaignRules;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Expiry reminders: N calendar days before each expiry instant, with the points that expire then. */
class CampaignReminderTest {
    private static LoyaltyProgram program(String zone, ExpiryPolicy expiry, int reminderDays) {
        return LoyaltyProgram.builder("reminders").zone(zone).earn(EarnRule.baseRate("base", "1")).expiry(expiry)
                .campaigns(new CampaignRules(0, 0, 0, 0, reminderDays)).build();
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    @Test
    void reminder_thirtyDaysBeforeALotsExpiry_countsOnlyWhatIsLeft() {
        Scenario s = new Scenario(program("UTC", ExpiryPolicy.afterPeriod(Period.ofMonths(6)), 30),
                "2026-03-10T12:00:00Z");
        s.enrol("c1", null);
        s.buy("o1", "c1", "100");                          // lot 1: 100, expires 2026-09-10T12:00Z
        s.at("2026-03-20T12:00:00Z").buy("o2", "c1", "50");  // lot 2: 50, expires 2026-09-20T12:00Z
        // 120 points spent, soonest expiring first: all of lot 1 and 20 of lot 2 (30 left)
        s.at("2026-04-01T12:00:00Z").engine.redeem(Redemption.points("r1", "c1", 120));
        // lot 1 would be reminded at 2026-08-11T12:00Z, but it is spent: nothing
        s.advanceTo("2026-08-12T00:00:00Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).isEmpty();
        // lot 2: 20 September - 30 days = 21 August, 12:00
        s.advanceTo("2026-08-21T11:59:59Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).isEmpty();
        s.advanceTo("2026-08-21T12:00:00Z");
        s.advanceTo("2026-08-25T00:00:00Z");
        s.reload();
        s.advanceTo("2026-08-26T00:00:00Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).singleElement().satisfies(a -> {
            assertThat(a.at()).isEqualTo(instant("2026-08-21T12:00:00Z"));
            assertThat(a.points()).isEqualTo(30);
            assertThat(a.detail()).startsWith("30 points expire at 2026-09-20T12:00:00Z");
        });
        assertThat(s.marks("c1")).extracting(CampaignMark::mark, CampaignMark::points)
                .containsExactly(tuple("campaign:expiry-reminder:2026-09-20T12:00:00Z", 30L));
        // the expiry itself: no further reminder, the engine reports the expiry
        s.advanceTo("2026-09-21T00:00:00Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).hasSize(1);
        assertThat(s.actions(ActionType.POINTS_EXPIRED)).extracting(Action::points).containsExactly(30L);
    }

    @Test
    void reminder_lotsExpiringTogether_getOneReminderWithTheirSum() {
        // end of the month 2 months after earning, in Paris: March lots expire at 1 June 00:00 CEST
        // (2026-05-31T22:00Z), the April lot at 1 July 00:00 CEST (2026-06-30T22:00Z)
        Scenario s = new Scenario(program("Europe/Paris", ExpiryPolicy.endOfMonth(2), 30), "2026-03-10T12:00:00Z");
        s.enrol("c1", null);
        s.buy("o1", "c1", "30");
        s.at("2026-03-25T12:00:00Z").buy("o2", "c1", "40");
        s.at("2026-04-15T12:00:00Z").buy("o3", "c1", "20");
        // 30 days before 1 June on the local time line: 2 May 00:00 CEST = 2026-05-01T22:00:00Z
        s.advanceTo("2026-05-01T21:59:59Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).isEmpty();
        s.advanceTo("2026-05-01T22:00:00Z");
        // 30 days before 1 July: 1 June 00:00 CEST = 2026-05-31T22:00:00Z, the instant the March lots expire
        s.advanceTo("2026-06-15T00:00:00Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).extracting(Action::at, Action::points)
                .containsExactly(tuple(instant("2026-05-01T22:00:00Z"), 70L),
                        tuple(instant("2026-05-31T22:00:00Z"), 20L));
    }

    @Test
    void reminder_rollingInactivity_followsTheLastActivity() {
        Scenario s = new Scenario(program("UTC", ExpiryPolicy.rollingInactivity(Period.ofMonths(3)), 14),
                "2026-03-10T12:00:00Z");
        s.enrol("c1", null);
        s.buy("o1", "c1", "100");
        // all points would expire at 2026-06-10T12:00Z, reminder 14 days before: 2026-05-27T12:00Z;
        // a purchase on 25 May moves the expiry to 2026-08-25T12:00Z (reminder 2026-08-11T12:00Z)
        s.advanceTo("2026-05-20T00:00:00Z");
        s.at("2026-05-25T12:00:00Z").buy("o2", "c1", "50");
        s.advanceTo("2026-05-28T00:00:00Z");
        s.advanceTo("2026-08-11T11:59:59Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).isEmpty();
        s.advanceTo("2026-08-11T12:00:00Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).extracting(Action::at, Action::points)
                .containsExactly(tuple(instant("2026-08-11T12:00:00Z"), 150L));
        assertThat(s.marks("c1")).extracting(CampaignMark::mark)
                .containsExactly("campaign:expiry-reminder:2026-08-25T12:00:00Z");
    }

    @Test
    void reminder_pointsArrivingWithLessThanTheNoticeLeft_areRemindedWhenTheyArrive() {
        Scenario s = new Scenario(program("UTC", ExpiryPolicy.afterPeriod(Period.ofDays(10)), 30),
                "2026-03-10T12:00:00Z");
        s.enrol("c1", null);
        s.buy("o1", "c1", "25");   // expires 2026-03-20T12:00Z; 30 days before is already past
        s.advanceTo("2026-03-11T00:00:00Z");
        assertThat(s.actions(ActionType.POINTS_EXPIRING_SOON)).extracting(Action::at, Action::points)
                .containsExactly(tuple(instant("2026-03-10T12:00:00Z"), 25L));
    }
}
