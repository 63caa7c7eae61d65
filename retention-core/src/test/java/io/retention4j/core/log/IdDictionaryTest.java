package io.retention4j.core.log;

import static io.retention4j.core.internal.Rejections.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdDictionaryTest {

    @Test
    void of_ids_indexesBothWaysInGivenOrder() {
        String[] ids = {"b", "a", "10"};
        IdDictionary d = IdDictionary.of(ids);
        ids[0] = "changed";
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.id(0)).isEqualTo("b");
        assertThat(d.indexOf("10")).isEqualTo(2);
        assertThat(d.indexOf("zz")).isEqualTo(-1);
        assertThat(d.contains("a")).isTrue();
        assertThat(d.contains("changed")).isFalse();
        assertThat(d.ids()).containsExactly("b", "a", "10");
        assertThatThrownBy(() -> d.ids().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.ids().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_blankNullOrRepeatedIds_rejectedNamingPosition() {
        assertRejects(IllegalArgumentException.class, () -> IdDictionary.of("a", "b", "a"),
                "'a'", "twice", "index 0 and 2");
        assertRejects(IllegalArgumentException.class, () -> IdDictionary.of("a", " "), "index 1", "' '");
        assertRejects(IllegalArgumentException.class, () -> IdDictionary.of("a", null), "index 1", "null");
        assertRejects(NullPointerException.class, () -> IdDictionary.of((String[]) null), "ids");
    }

    @Test
    void equalsHashCodeAndToString_byIdsInOrder() {
        assertThat(IdDictionary.of("a", "b")).isEqualTo(IdDictionary.of("a", "b"))
                .hasSameHashCodeAs(IdDictionary.of("a", "b"))
                .isNotEqualTo(IdDictionary.of("b", "a"));
        assertThat(IdDictionary.empty()).isEqualTo(IdDictionary.of()).hasToString("IdDictionary[0 ids]");
        assertThat(IdDictionary.of("a", "b")).hasToString("IdDictionary[2 ids: a, b]");
        assertThat(IdDictionary.of("1", "2", "3", "4", "5", "6", "7"))
                .hasToString("IdDictionary[7 ids: 1, 2, 3, 4, 5, ...]");
    }
}
