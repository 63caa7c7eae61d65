package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestTimes.ZonedMillis;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link MonotoneDays} against {@link ReferenceDays}, and hand-checked days of awkward zones. */
class MonotoneDaysTest {
    private static final long HOUR = 3_600_000L;

    @Provide
    Arbitrary<ZonedMillis> awkward() {
        ZoneId stJohns = ZoneId.of("America/St_Johns");
        Arbitrary<ZonedMillis> backwards = Arbitraries.of(TestTimes.backwardDateTransitions(stJohns)).flatMap(t ->
                Arbitraries.longs().between(t - 3 * HOUR, t + 3 * HOUR).map(m -> new ZonedMillis(stJohns, m)));
        return Arbitraries.oneOf(TestTimes.zonedMillis(), backwards);
    }

    @Property(tries = 3000)
    void dayOf_awkwardZones_isTheLatestLocalDateReached(@ForAll("awkward") ZonedMillis m) {
        assertThat(MonotoneDays.of(m.zone()).dayOf(m.epochMillis())).isEqualTo(ReferenceDays.day(m.zone(), m.epochMillis()));
    }

    @Property(tries = 3000)
    void startOf_awkwardZones_isTheFirstInstantOfTheDay(@ForAll("awkward") ZonedMillis m) {
        MonotoneDays days = MonotoneDays.of(m.zone());
        long d = ReferenceDays.day(m.zone(), m.epochMillis());
        for (long day = d - 1; day <= d + 1; day++) {
            long start = days.startOf(day);
            assertThat(ReferenceDays.day(m.zone(), start)).as("day at start of %s", day).isGreaterThanOrEqualTo(day);
            assertThat(ReferenceDays.day(m.zone(), start - 1)).as("day before start of %s", day).isLessThan(day);
        }
    }

    @Test
    void dayOf_stJohnsClocksBackAcrossMidnight_keepsTheLaterDate() {
        // 2008-11-02 00:01 NDT (-02:30) = 02:31Z, clocks went back to 2008-11-01 23:01 NST (-03:30);
        // at 02:45Z the local time is 2008-11-01 23:15, but 2008-11-02 had already begun
        MonotoneDays days = MonotoneDays.of(ZoneId.of("America/St_Johns"));
        long nov2 = LocalDate.of(2008, 11, 2).toEpochDay();
        assertThat(days.dayOf(Instant.parse("2008-11-02T02:30:59Z").toEpochMilli())).isEqualTo(nov2);
        assertThat(days.dayOf(Instant.parse("2008-11-02T02:45:00Z").toEpochMilli())).isEqualTo(nov2);
        assertThat(days.dayOf(Instant.parse("2008-11-02T02:29:59Z").toEpochMilli())).isEqualTo(nov2 - 1);
        // the day started at 00:00 NDT = 02:30Z, the first of the two local midnights
        assertThat(days.startOf(nov2)).isEqualTo(Instant.parse("2008-11-02T02:30:00Z").toEpochMilli());
    }

    @Test
    void startOf_apiaSkippedDay_startsWithTheNextDay() {
        // Apia went from -10:00 to +14:00 after 2011-12-29 24:00 local = 2011-12-30T10:00Z: 2011-12-30 never was
        MonotoneDays days = MonotoneDays.of(ZoneId.of("Pacific/Apia"));
        long dec30 = LocalDate.of(2011, 12, 30).toEpochDay();
        long jump = Instant.parse("2011-12-30T10:00:00Z").toEpochMilli();
        assertThat(days.startOf(dec30)).isEqualTo(jump);
        assertThat(days.startOf(dec30 + 1)).isEqualTo(jump);
        assertThat(days.dayOf(jump)).isEqualTo(dec30 + 1);
        assertThat(days.dayOf(jump - 1)).isEqualTo(dec30 - 1);
    }

    @Test
    void fixedOffsets_arithmetic() {
        assertThat(MonotoneDays.of(ZoneOffset.UTC).startOf(20_454)).isEqualTo(20_454 * 86_400_000L);
        assertThat(MonotoneDays.of(ZoneOffset.ofHours(2)).startOf(0)).isEqualTo(-2 * HOUR);
        assertThat(MonotoneDays.of(ZoneOffset.ofHours(-5)).dayOf(3 * HOUR)).isEqualTo(-1);
    }
}
