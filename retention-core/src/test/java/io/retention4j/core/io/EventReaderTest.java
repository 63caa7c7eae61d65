package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.model.EventType;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events from CSV: types, properties, zones and rejections. */
class EventReaderTest {

    @Test
    void read_csvEvents_buildsTheLogWithTypesAndProperties() throws IOException {
        String csv = "customer,time,type,feature\n"
                + "c1,2024-03-01 09:00,visit,\n"
                + "c1,2024-03-01 09:05,feature_use,export\n"
                + "c2,2024-03-02 10:00,login,\n";
        ReadResult<EventLog> result = EventReader
                .of(EventMapping.of("customer", "time", "type").properties("feature").zone(ZoneId.of("Europe/Berlin")))
                .read(new StringReader(csv), "events.csv");
        EventLog log = result.value();

        assertThat(log.size()).isEqualTo(3);
        assertThat(log.type(1)).isEqualTo(EventType.FEATURE_USE);
        assertThat(log.properties(1)).isEqualTo(Map.of("feature", "export"));
        assertThat(log.properties(0)).isEmpty();
        assertThat(Instant.ofEpochMilli(log.epochMillis(0))).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
    }

    @Test
    void read_lenientEvents_rejectsBlankTypeAndBadTime() throws IOException {
        String csv = "customer,time,type\nc1,2024-03-01,visit\nc1,2024-03-02,\nc1,yesterday,visit\n";
        ReadResult<EventLog> result = EventReader.of(EventMapping.of("customer", "time", "type")).lenient()
                .read(new StringReader(csv), "events.csv");

        assertThat(result.value().size()).isEqualTo(1);
        assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(result.rejected()).extracting(RejectedRow::column).containsExactly("type", "time");
    }

    @Test
    void properties_mappedTwice_isRefusedAtOnce() {
        assertThatThrownBy(() -> EventMapping.of("customer", "time", "type").properties("feature", "type"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'type' is mapped twice: as type and as property");
    }
}
