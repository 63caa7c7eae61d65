package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resolver's cached path against {@link LocalDateTime#atZone} around every transition of zones
 * with gaps and overlaps at various hours (New York at 02:00, Sao Paulo's old DST at midnight, Lord
 * Howe's 30-minute shift, Chatham's 45-minute offset).
 */
class LocalTimeResolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe", "Pacific/Chatham",
        "Europe/London", "UTC"})
    void toEpochMillis_aroundEveryTransition_matchesAtZone(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        ZoneRules rules = zone.getRules();
        LocalTimeResolver resolver = new LocalTimeResolver(zone);
        Instant cursor = Instant.parse("1995-01-01T00:00:00Z");
        Instant end = Instant.parse("2030-01-01T00:00:00Z");
        int checked = 0;
        for (ZoneOffsetTransition t = rules.nextTransition(cursor); t != null && t.getInstant().isBefore(end);
             t = rules.nextTransition(t.getInstant())) {
            LocalDateTime from = t.getDateTimeBefore().minusHours(26).truncatedTo(ChronoUnit.HOURS);
            for (LocalDateTime local = from; local.isBefore(from.plusHours(52)); local = local.plusMinutes(15)) {
                long expected = local.atZone(zone).toInstant().toEpochMilli();
                long actual = resolver.toEpochMillis(local.toLocalDate().toEpochDay(),
                        local.toLocalTime().toNanoOfDay() / 1_000_000);
                assertThat(actual).as("%s in %s", local, zone).isEqualTo(expected);
                checked++;
            }
        }
        if (!rules.isFixedOffset()) {
            assertThat(checked).isGreaterThan(1000);
        }
    }
}
