package io.retention4j.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.time.CalendarPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The bucket table gives exactly {@link CalendarPeriod#indexOf(long)}, in ordinary and odd zones. */
class PeriodLookupTest {
    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Pacific/Apia",
        "America/Sao_Paulo", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Havana", "Asia/Gaza",
        "America/St_Johns", "Africa/Casablanca"};

    @Provide
    Arbitrary<String> zone() {
        return Arbitraries.of(ZONES);
    }

    @Property(tries = 60)
    void indexOf_equalsCalendarPeriodIndexOf(@ForAll @From("zone") String zoneId, @ForAll long seed) {
        ZoneId zone = ZoneId.of(zoneId);
        SplittableRandom random = new SplittableRandom(seed);
        // ten years around the Samoa day skip (2011-12-30 did not exist in Pacific/Apia)
        long from = Instant.parse("2007-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2017-01-01T00:00:00Z").toEpochMilli();
        for (CalendarPeriod period : new CalendarPeriod[] {CalendarPeriod.days(zone),
                CalendarPeriod.weeks(zone, DayOfWeek.SUNDAY), CalendarPeriod.months(zone)}) {
            PeriodLookup lookup = PeriodLookup.of(period, from, to);
            for (int i = 0; i < 20_000; i++) {
                long t = from - 86_400_000L * 40 + random.nextLong(to - from + 86_400_000L * 80);
                assertThat(lookup.indexOf(t)).as("%s at %s", period, Instant.ofEpochMilli(t))
                        .isEqualTo(period.indexOf(t));
            }
        }
    }

    @Test
    void indexOf_aroundEveryTransition_equalsCalendarPeriodIndexOf() {
        long from = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
        for (String zoneId : ZONES) {
            ZoneId zone = ZoneId.of(zoneId);
            CalendarPeriod days = CalendarPeriod.days(zone);
            PeriodLookup lookup = PeriodLookup.of(days, from, to);
            var t = zone.getRules().nextTransition(Instant.ofEpochMilli(from));
            while (t != null && t.getInstant().toEpochMilli() < to) {
                long at = t.getInstant().toEpochMilli();
                for (long d = -2; d <= 2; d++) {
                    assertThat(lookup.indexOf(at + d)).as("%s at %s%+d ms", zoneId, t.getInstant(), d)
                            .isEqualTo(days.indexOf(at + d));
                }
                t = zone.getRules().nextTransition(t.getInstant());
            }
        }
    }
}
