package io.retention4j.loyalty.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.ledger.Lot;
import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.ExpiryPolicy;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calendar edges in the program's zone. Offsets used below: Europe/Paris is UTC+1 until
 * 2026-03-29T01:00Z (02:00 local becomes 03:00) and UTC+2 until 2026-10-25T01:00Z; America/New_York is
 * UTC-5 until 2026-03-08T07:00Z and UTC-4 until 2026-11-01T06:00Z (02:00 local becomes 01:00). Every
 * instant in the comments is converted by hand from local time with these offsets.
 */
class CalendarScenariosTest {
    private final MutableClock clock = MutableClock.at("2026-01-01T12:00:00Z");
    private final List<Action> actions = new ArrayList<>();

    private LoyaltyEngine engine(String zone, ExpiryPolicy expiry, EarnRule base) {
        LoyaltyProgram program = LoyaltyProgram.builder("calendar").zone(zone).currency("EUR").earn(base).expiry(expiry).build();
        LoyaltyEngine engine = LoyaltyEngine.builder(program).store(LedgerStore.inMemory()).clock(clock)
                .listener(actions::add).build();
        engine.enrol(Enrolment.of("c1"));
        return engine;
    }

    /** 1 point per unit, at most 10 points per local day. */
    private LoyaltyEngine dayCapped(String zone) {
        return engine(zone, ExpiryPolicy.NEVER, EarnRule.baseRate("base", "1").cappedAt(10, CapPeriod.DAY));
    }

    private long earnAt(LoyaltyEngine engine, String orderId, String instant, String amount) {
        clock.set(instant);
        return engine.purchase(Purchase.of(orderId, "c1", amount)).points("c1");
    }

    private static long available(LoyaltyEngine engine, String instant) {
        return engine.balance("c1", Instant.parse(instant)).available();
    }

    // ------------------------------------------------------------------ day caps

    @Test
    void dayCap_paris_resetsAtLocalMidnightWhichIs2300Utc() {
        LoyaltyEngine engine = dayCapped("Europe/Paris");
        assertThat(earnAt(engine, "o1", "2026-01-15T22:59:58Z", "8")).isEqualTo(8); // 23:59:58 on the 15th
        assertThat(earnAt(engine, "o2", "2026-01-15T22:59:59Z", "8")).isEqualTo(2); // 23:59:59: 10 - 8 left
        assertThat(earnAt(engine, "o3", "2026-01-15T23:00:00Z", "8")).isEqualTo(8); // 00:00:00 on the 16th (UTC: still the 15th)
        assertThat(earnAt(engine, "o4", "2026-01-15T23:59:59Z", "8")).isEqualTo(2); // 00:59:59 on the 16th
    }

    @Test
    void dayCap_newYork_lastsUntilLocalMidnightWhichIs0500UtcNextDay() {
        LoyaltyEngine engine = dayCapped("America/New_York");
        assertThat(earnAt(engine, "o1", "2026-01-15T23:30:00Z", "8")).isEqualTo(8); // 18:30 on the 15th
        assertThat(earnAt(engine, "o2", "2026-01-16T04:59:59Z", "8")).isEqualTo(2); // 23:59:59 on the 15th (UTC: the 16th)
        assertThat(earnAt(engine, "o3", "2026-01-16T05:00:00Z", "8")).isEqualTo(8); // 00:00:00 on the 16th
    }

    @Test
    void dayCap_newYorkOnTheDayClocksGoBack_spans25Hours() {
        LoyaltyEngine engine = dayCapped("America/New_York");
        // 1 November 2026 runs from 00:00 EDT (04:00Z) to 00:00 EST on the 2nd (05:00Z): 25 hours
        assertThat(earnAt(engine, "o1", "2026-11-01T04:00:00Z", "6")).isEqualTo(6);
        assertThat(earnAt(engine, "o2", "2026-11-02T04:59:59Z", "6")).isEqualTo(4); // 23:59:59 EST, same day
        assertThat(earnAt(engine, "o3", "2026-11-02T05:00:00Z", "6")).isEqualTo(6); // the 2nd
    }

    // ------------------------------------------------------------------ end of month

    @Test
    void endOfMonthExpiry_paris_lotOf235959On31JanuaryExpiresOneSecondLater_lotOfMidnightAMonthLater() {
        LoyaltyEngine engine = engine("Europe/Paris", ExpiryPolicy.endOfMonth(0), EarnRule.baseRate("base", "1"));
        earnAt(engine, "o1", "2026-01-31T22:59:59Z", "10"); // 23:59:59 on 31 January: expires 1 February 00:00 = 23:00Z
        earnAt(engine, "o2", "2026-01-31T23:00:00Z", "20"); // 00:00:00 on 1 February: expires 1 March 00:00 = 28 Feb 23:00Z
        List<Lot> lots = engine.lots("c1");
        assertThat(lots).extracting(Lot::expiresAt).containsExactly(Instant.parse("2026-01-31T23:00:00Z"),
                Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(lots.get(0).expired()).isEqualTo(10);
        assertThat(available(engine, "2026-01-31T22:59:59Z")).isEqualTo(10);
        assertThat(available(engine, "2026-01-31T23:00:00Z")).isEqualTo(20);
        assertThat(available(engine, "2026-02-28T22:59:59Z")).isEqualTo(20);
        assertThat(available(engine, "2026-02-28T23:00:00Z")).isZero();
        assertThat(engine.entries("c1")).filteredOn(e -> e.type() == EntryType.EXPIRE).extracting(LedgerEntry::at)
                .containsExactly(Instant.parse("2026-01-31T23:00:00Z"));
    }

    @Test
    void endOfMonthExpiry_newYork_lotOf235959On31JanuaryExpiresAt0500Utc() {
        LoyaltyEngine engine = engine("America/New_York", ExpiryPolicy.endOfMonth(0), EarnRule.baseRate("base", "1"));
        earnAt(engine, "o1", "2026-02-01T04:59:59Z", "10"); // 23:59:59 on 31 January
        earnAt(engine, "o2", "2026-02-01T05:00:00Z", "20"); // 00:00:00 on 1 February
        assertThat(engine.lots("c1")).extracting(Lot::expiresAt).containsExactly(Instant.parse("2026-02-01T05:00:00Z"),
                Instant.parse("2026-03-01T05:00:00Z"));
        assertThat(available(engine, "2026-02-01T04:59:59Z")).isEqualTo(10);
        assertThat(available(engine, "2026-03-01T04:59:59Z")).isEqualTo(20);
        assertThat(available(engine, "2026-03-01T05:00:00Z")).isZero();
    }

    @Test
    void afterPeriodOfAMonth_from31January_endsOnTheLastDayOfFebruary() {
        LoyaltyEngine engine = engine("Europe/Paris", ExpiryPolicy.afterPeriod(Period.ofMonths(1)), EarnRule.baseRate("base", "1"));
        earnAt(engine, "o1", "2026-01-31T09:00:00Z", "10"); // 10:00 on 31 January 2026 -> 10:00 on 28 February
        earnAt(engine, "o2", "2026-03-31T08:00:00Z", "20"); // 10:00 CEST on 31 March -> 10:00 CEST on 30 April
        assertThat(engine.lots("c1")).extracting(Lot::expiresAt).containsExactly(Instant.parse("2026-02-28T09:00:00Z"),
                Instant.parse("2026-04-30T08:00:00Z"));
        clock.set("2027-12-01T00:00:00Z");
        earnAt(engine, "o3", "2028-01-31T09:00:00Z", "30"); // leap year: 10:00 on 29 February 2028
        assertThat(engine.lots("c1").get(2).expiresAt()).isEqualTo(Instant.parse("2028-02-29T09:00:00Z"));
    }

    // ------------------------------------------------------------------ DST days

    @Test
    void afterPeriodOfADay_intoTheSpringForwardDay_isA23HourDay() {
        LoyaltyEngine engine = engine("Europe/Paris", ExpiryPolicy.afterPeriod(Period.ofDays(1)), EarnRule.baseRate("base", "1"));
        earnAt(engine, "o1", "2026-03-28T11:00:00Z", "10"); // 12:00 CET -> 12:00 CEST on the 29th = 10:00Z
        assertThat(engine.lots("c1").get(0).expiresAt()).isEqualTo(Instant.parse("2026-03-29T10:00:00Z"));
        assertThat(available(engine, "2026-03-29T09:59:59Z")).isEqualTo(10);
        assertThat(available(engine, "2026-03-29T10:00:00Z")).isZero();
    }

    @Test
    void endOfMonthExpiry_newYorkOctoberLot_expiresAtMidnightEdtOnTheFallBackDay() {
        LoyaltyEngine engine = engine("America/New_York", ExpiryPolicy.endOfMonth(0), EarnRule.baseRate("base", "1"));
        earnAt(engine, "o1", "2026-10-15T16:00:00Z", "10");
        // 1 November 2026 00:00 is still EDT (the clocks go back at 02:00): 04:00Z
        assertThat(engine.lots("c1").get(0).expiresAt()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        engine.advanceTo(Instant.parse("2026-11-01T06:30:00Z")); // 01:30 EST, after the change
        assertThat(actions).filteredOn(a -> a.type() == ActionType.POINTS_EXPIRED).singleElement()
                .satisfies(a -> assertThat(a.at()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z")));
        assertThat(available(engine, "2026-11-01T03:59:59Z")).isEqualTo(10);
        assertThat(available(engine, "2026-11-01T04:00:00Z")).isZero();
    }

    // ------------------------------------------------------------------ leap years

    @Test
    void afterPeriodOfAYear_from29February_endsOn28FebruaryOfTheNextYear() {
        clock.set("2027-01-01T00:00:00Z");
        LoyaltyEngine engine = engine("Europe/Paris", ExpiryPolicy.afterPeriod(Period.ofYears(1)), EarnRule.baseRate("base", "1"));
        earnAt(engine, "o0", "2027-03-01T11:00:00Z", "5");  // 12:00 CET on 1 March 2027 -> 1 March 2028: 366 days
        earnAt(engine, "o1", "2028-02-29T11:00:00Z", "10"); // 12:00 CET on 29 February 2028 -> 12:00 CET on 28 February 2029
        assertThat(engine.lots("c1")).extracting(Lot::expiresAt).containsExactly(Instant.parse("2028-03-01T11:00:00Z"),
                Instant.parse("2029-02-28T11:00:00Z"));
        assertThat(available(engine, "2028-03-01T10:59:59Z")).isEqualTo(15);
        assertThat(available(engine, "2029-02-28T10:59:59Z")).isEqualTo(10);
        assertThat(available(engine, "2029-02-28T11:00:00Z")).isZero();
        engine.advanceTo(Instant.parse("2029-03-01T00:00:00Z"));
        assertThat(engine.entries("c1")).filteredOn(e -> e.type() == EntryType.EXPIRE).extracting(LedgerEntry::at)
                .containsExactly(Instant.parse("2028-03-01T11:00:00Z"), Instant.parse("2029-02-28T11:00:00Z"));
    }

    @Test
    void dayCap_on29February_isItsOwnDay() {
        clock.set("2028-01-01T00:00:00Z");
        LoyaltyEngine engine = dayCapped("America/New_York");
        assertThat(earnAt(engine, "o1", "2028-02-29T04:59:59Z", "10")).isEqualTo(10); // 23:59:59 on 28 February
        assertThat(earnAt(engine, "o2", "2028-02-29T05:00:00Z", "10")).isEqualTo(10); // 00:00 on 29 February
        assertThat(earnAt(engine, "o3", "2028-03-01T04:59:59Z", "10")).isZero();      // 23:59:59 on 29 February
        assertThat(earnAt(engine, "o4", "2028-03-01T05:00:00Z", "10")).isEqualTo(10); // 00:00 on 1 March
    }
}
