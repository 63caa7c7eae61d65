package io.retention4j.core.model;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
    private static final Instant AT = Instant.parse("2026-05-06T07:08:09Z");

    @Test
    void constructor_nullOrBlankCustomerId_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Event.of(null, AT, EventType.LOGIN), "Event.customerId");
        assertRejects(IllegalArgumentException.class, () -> Event.of(" ", AT, EventType.LOGIN),
                "Event.customerId", "' '");
    }

    @Test
    void constructor_nullAtOrType_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Event.of("c1", null, EventType.LOGIN), "Event.at");
        assertRejects(NullPointerException.class, () -> Event.of("c1", AT, null), "Event.type");
    }

    @Test
    void constructor_nullProperties_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> new Event("c1", AT, EventType.VISIT, null), "Event.properties");
    }

    @Test
    void constructor_nullPropertyValue_rejectedNamingKey() {
        Map<String, String> props = new HashMap<>();
        props.put("page", null);
        assertRejects(NullPointerException.class, () -> new Event("c1", AT, EventType.VISIT, props),
                "Event.properties", "'page'");
    }

    @Test
    void constructor_blankPropertyKey_rejectedNamingKeyAndValue() {
        assertRejects(IllegalArgumentException.class, () -> new Event("c1", AT, EventType.VISIT, Map.of("", "home")),
                "Event.properties", "key ''", "'home'");
    }

    @Test
    void constructor_properties_copiedSortedAndUnmodifiable() {
        Map<String, String> props = new HashMap<>(Map.of("z", "1", "a", "2", "m", "3"));
        Event e = new Event("c1", AT, EventType.VISIT, props);
        props.clear();
        assertThat(e.properties()).containsExactly(Map.entry("a", "2"), Map.entry("m", "3"), Map.entry("z", "1"));
        assertThatThrownBy(() -> e.properties().put("b", "4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void featureUse_namesFeatureInProperty() {
        Event e = Event.featureUse("c1", AT, "export");
        assertThat(e.type()).isEqualTo(EventType.FEATURE_USE);
        assertThat(e.properties()).containsExactly(Map.entry("feature", "export"));
        assertRejects(IllegalArgumentException.class, () -> Event.featureUse("c1", AT, " "), "feature");
    }

    @Test
    void supportTicket_openedAndClosed_typesAndTicketProperty() {
        assertThat(Event.supportTicket("c1", AT, true, "T-17"))
                .isEqualTo(new Event("c1", AT, EventType.of("support_ticket_opened"), Map.of("ticket_id", "T-17")));
        assertThat(Event.supportTicket("c1", AT, false, "T-17").type()).isEqualTo(EventType.SUPPORT_TICKET_CLOSED);
        assertRejects(NullPointerException.class, () -> Event.supportTicket("c1", AT, true, null), "ticketId");
    }

    @Test
    void eventType_blankName_rejected_andNamesCompareExactly() {
        assertRejects(IllegalArgumentException.class, () -> EventType.of("  "), "EventType.name", "'  '");
        assertRejects(NullPointerException.class, () -> EventType.of(null), "EventType.name");
        assertThat(EventType.of("visit")).isEqualTo(EventType.VISIT);
        assertThat(EventType.of("Visit")).as("case-sensitive").isNotEqualTo(EventType.VISIT);
        assertThat(EventType.of("trial_started")).hasToString("trial_started");
        assertThat(EventType.SIGN_UP.name()).isEqualTo("sign_up");
        assertThat(EventType.LOGIN.name()).isEqualTo("login");
    }
}
