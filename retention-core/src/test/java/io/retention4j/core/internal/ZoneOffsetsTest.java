package io.retention4j.core.internal;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.internal.TestTimes.ZonedMillis;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ZoneOffsets} against {@link ZoneRules#getOffset(Instant)} as the reference. */
class ZoneOffsetsTest {
    private static final List<ZoneId> ALL_ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .map(ZoneId::of).toList();

    @Provide
    Arbitrary<ZonedMillis> awkward() {
        return TestTimes.zonedMillis();
    }

    @Provide
    Arbitrary<ZonedMillis> anyZone() {
        return Arbitraries.of(ALL_ZONES).flatMap(z -> TestTimes.epochMillis(z).map(m -> new ZonedMillis(z, m)));
    }

    @Property(tries = 2000)
    void offsetSeconds_awkwardZones_matchesZoneRules(@ForAll("awkward") ZonedMillis m) {
        assertMatchesJavaTime(m);
    }

    @Property(tries = 1000)
    void offsetSeconds_anyZone_matchesZoneRules(@ForAll("anyZone") ZonedMillis m) {
        assertMatchesJavaTime(m);
    }

    private static void assertMatchesJavaTime(ZonedMillis m) {
        ZoneOffsets offsets = ZoneOffsets.of(m.zone());
        Instant instant = Instant.ofEpochMilli(m.epochMillis());
        ZoneOffset expected = m.zone().getRules().getOffset(instant);
        assertThat(offsets.offsetSeconds(instant.getEpochSecond())).isEqualTo(expected.getTotalSeconds());
        assertThat(offsets.offset(instant.getEpochSecond())).isEqualTo(expected);
        // local millis: the local date-time read as UTC, to the millisecond
        long expectedLocal = m.zoned().toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(offsets.toLocalMillis(m.epochMillis())).isEqualTo(expectedLocal);
    }

    @Test
    void offsetSeconds_everyTransitionOfEveryZone_exactAtTheBoundary() {
        // 1800..2300 covers the precomputed table (until 2200) and the rules fallback after it
        List<String> mismatches = new ArrayList<>();
        for (ZoneId zone : ALL_ZONES) {
            ZoneOffsets offsets = ZoneOffsets.of(zone);
            ZoneRules rules = zone.getRules();
            for (long t : TestTimes.transitions(zone, 1800, 2300)) {
                long second = t / 1000;
                for (long s = second - 1; s <= second; s++) {
                    int expected = rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds();
                    if (offsets.offsetSeconds(s) != expected) {
                        mismatches.add(zone + " at " + Instant.ofEpochSecond(s));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void offsetSeconds_precomputedLimit_bothSidesAgreeWithRules() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneOffsets offsets = ZoneOffsets.of(berlin);
        long limit = TestTimes.startOfYear(ZoneOffsets.PRECOMPUTED_UNTIL_YEAR) / 1000;
        for (long s = limit - 2; s <= limit + 2; s++) {
            // January: CET, +01:00, on both sides of the precomputed limit
            assertThat(offsets.offsetSeconds(s)).isEqualTo(3600);
        }
        // July 2250 (fallback path): CEST, +02:00
        long july2250 = Instant.parse("2250-07-01T00:00:00Z").getEpochSecond();
        assertThat(offsets.offsetSeconds(july2250)).isEqualTo(7200);
    }

    @Test
    void offsetSeconds_handPickedHistoricOffsets() {
        // Kolkata is +05:30 all year
        assertThat(ZoneOffsets.of(ZoneId.of("Asia/Kolkata")).offsetSeconds(0)).isEqualTo(5 * 3600 + 1800);
        // Lord Howe: +10:30 standard, +11:00 in (southern) summer
        ZoneOffsets lordHowe = ZoneOffsets.of(ZoneId.of("Australia/Lord_Howe"));
        assertThat(lordHowe.offsetSeconds(Instant.parse("2026-07-01T00:00:00Z").getEpochSecond())).isEqualTo(37_800);
        assertThat(lordHowe.offsetSeconds(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond())).isEqualTo(39_600);
        // Apia jumped from -10:00 (DST) to +14:00 at 2011-12-30T10:00Z, skipping 2011-12-30
        ZoneOffsets apia = ZoneOffsets.of(ZoneId.of("Pacific/Apia"));
        long jump = Instant.parse("2011-12-30T10:00:00Z").getEpochSecond();
        assertThat(apia.offsetSeconds(jump - 1)).isEqualTo(-10 * 3600);
        assertThat(apia.offsetSeconds(jump)).isEqualTo(14 * 3600);
    }

    @Test
    void isFixed_onlyForSingleOffsetZones() {
        assertThat(ZoneOffsets.of(ZoneOffset.UTC).isFixed()).isTrue();
        assertThat(ZoneOffsets.of(ZoneOffset.ofHoursMinutes(-3, -30)).isFixed()).isTrue();
        assertThat(ZoneOffsets.of(ZoneId.of("Etc/GMT+3")).isFixed()).isTrue();
        assertThat(ZoneOffsets.of(ZoneId.of("Europe/Berlin")).isFixed()).isFalse();
        assertThat(ZoneOffsets.of(ZoneOffset.ofHoursMinutes(-3, -30)).offsetSeconds(123_456_789L)).isEqualTo(-12_600);
    }

    @Test
    void of_nullZone_rejected() {
        assertRejects(NullPointerException.class, () -> ZoneOffsets.of(null), "zone");
    }
}
