package io.retention4j.core.model;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {
    private static final Instant SIGNUP = Instant.parse("2026-01-15T10:00:00Z");

    @Test
    void constructor_nullId_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Customer.of(null, SIGNUP), "Customer.id", "null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void constructor_blankId_rejectedNamingFieldAndValue(String id) {
        assertRejects(IllegalArgumentException.class, () -> Customer.of(id, SIGNUP),
                "Customer.id", "blank", "'" + id + "'");
    }

    @Test
    void constructor_nullSignup_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> Customer.of("c1", null), "Customer.signup", "null");
    }

    @Test
    void constructor_nullAttributes_rejectedNamingField() {
        assertRejects(NullPointerException.class, () -> new Customer("c1", SIGNUP, null, null),
                "Customer.attributes", "null");
    }

    @Test
    void constructor_nullAttributeValue_rejectedNamingKey() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("country", null);
        assertRejects(NullPointerException.class, () -> new Customer("c1", SIGNUP, null, attributes),
                "Customer.attributes", "'country'", "null");
    }

    @Test
    void constructor_nullAttributeKey_rejectedNamingFieldAndValue() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(null, "DE");
        assertRejects(IllegalArgumentException.class, () -> new Customer("c1", SIGNUP, null, attributes),
                "Customer.attributes", "key null", "'DE'");
    }

    @Test
    void constructor_blankAttributeKey_rejectedNamingFieldAndKey() {
        assertRejects(IllegalArgumentException.class,
                () -> new Customer("c1", SIGNUP, null, Map.of("  ", "DE")),
                "Customer.attributes", "key '  '", "'DE'");
    }

    @Test
    void constructor_attributes_copiedSortedByKeyAndUnmodifiable() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("plan", "pro");
        source.put("country", "DE");
        source.put("age_band", "30-39");
        Customer c = new Customer("c1", SIGNUP, null, source);
        source.put("zzz", "later");
        source.put("country", "FR");

        assertThat(c.attributes()).containsExactly(
                Map.entry("age_band", "30-39"), Map.entry("country", "DE"), Map.entry("plan", "pro"));
        assertThatThrownBy(() -> c.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.attributes().remove("plan")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_idAndSignup_hasNoBirthdayAndNoAttributes() {
        Customer c = Customer.of("c1", SIGNUP);
        assertThat(c.id()).isEqualTo("c1");
        assertThat(c.signup()).isEqualTo(SIGNUP);
        assertThat(c.birthday()).isNull();
        assertThat(c.birthdayIfKnown()).isEmpty();
        assertThat(c.attributes()).isEmpty();
    }

    @Test
    void withBirthday_setsAndClearsBirthday_keepingOtherFields() {
        Customer c = new Customer("c1", SIGNUP, null, Map.of("country", "DE"));
        Customer born = c.withBirthday(LocalDate.of(1990, 2, 28));
        assertThat(born.birthdayIfKnown()).contains(LocalDate.of(1990, 2, 28));
        assertThat(born.attributes()).containsExactly(Map.entry("country", "DE"));
        assertThat(born.signup()).isEqualTo(SIGNUP);
        assertThat(born.withBirthday(null).birthdayIfKnown()).isEmpty();
        assertThat(c.birthday()).as("original unchanged").isNull();
    }

    @Test
    void withAttributes_replacesAndValidates() {
        Customer c = new Customer("c1", SIGNUP, null, Map.of("country", "DE"));
        assertThat(c.withAttributes(Map.of("plan", "free")).attributes()).containsExactly(Map.entry("plan", "free"));
        assertRejects(IllegalArgumentException.class, () -> c.withAttributes(Map.of("", "x")), "Customer.attributes");
    }
}
