package io.retention4j.loyalty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The reference is java.time itself: {@code ZonedDateTime.ofInstant(at, zone).plus(period)}, over
 * every zone of the JDK's tz database, instants from 1900 to 2100 (half of them within a day and a
 * half of an offset change) and periods of either sign, so results also land in gaps and overlaps.
 */
class LocalShiftTest {
    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
    private static final long FROM = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    private static final long DAY_AND_A_HALF_MILLIS = 36L * 3600 * 1000;

    record Case(ZoneId zone, Instant at) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(FROM, TO)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        return Combinators.combine(Arbitraries.of(ZONES), anywhere,
                Arbitraries.longs().between(-DAY_AND_A_HALF_MILLIS, DAY_AND_A_HALF_MILLIS), Arbitraries.of(true, false))
                .as((zone, t, offset, near) -> {
                    ZoneOffsetTransition change = zone.getRules().nextTransition(t);
                    return new Case(zone, near && change != null && change.getInstant().getEpochSecond() < TO
                            ? change.getInstant().plusMillis(offset) : t);
                });
    }

    @Property(tries = 3000)
    void plus_anyPeriod_equalsZonedDateTime(@ForAll("cases") Case c, @ForAll @IntRange(min = -3, max = 3) int years,
                                            @ForAll @IntRange(min = -30, max = 30) int months,
                                            @ForAll @IntRange(min = -400, max = 400) int days) {
        Period period = Period.of(years, months, days);
        LocalShift shift = new LocalShift(c.zone());
        Instant expected = ZonedDateTime.ofInstant(c.at(), c.zone()).plus(period).toInstant();
        assertThat(shift.plus(c.at(), period)).isEqualTo(expected);
        // a second call answers from the remembered spans
        assertThat(shift.plus(c.at(), period)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void plusMonths_anyMonths_equalsZonedDateTime(@ForAll("cases") Case c, @ForAll @IntRange(min = -36, max = 36) int months) {
        LocalShift shift = new LocalShift(c.zone());
        Instant expected = ZonedDateTime.ofInstant(c.at(), c.zone()).plusMonths(months).toInstant();
        assertThat(shift.plusMonths(c.at(), months)).isEqualTo(expected);
    }

    @Test
    void plus_manyInstantsThroughOneShift_matchZonedDateTimeAcrossYearsOfChanges() {
        // one shift remembering spans across 30 years of Paris and Sao Paulo changes, hourly steps near them
        for (String id : new String[] {"Europe/Paris", "America/Sao_Paulo", "Australia/Lord_Howe", "UTC"}) {
            ZoneId zone = ZoneId.of(id);
            LocalShift shift = new LocalShift(zone);
            for (Instant at = Instant.parse("2000-01-01T00:30:00Z"); at.isBefore(Instant.parse("2030-01-01T00:00:00Z"));
                 at = at.plusSeconds(7 * 3600 + 17)) {
                for (Period period : new Period[] {Period.ofMonths(12), Period.ofMonths(-12), Period.ofDays(30), Period.ofDays(1)}) {
                    assertThat(shift.plus(at, period)).as("%s %s + %s", id, at, period)
                            .isEqualTo(ZonedDateTime.ofInstant(at, zone).plus(period).toInstant());
                }
            }
        }
    }
}
