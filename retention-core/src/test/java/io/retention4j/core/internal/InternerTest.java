package io.retention4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void intern_assignsDenseCodesInFirstSeenOrder_acrossGrowth() {
        Interner interner = new Interner();
        // 40 distinct values (more than the initial capacity of 16), each seen twice
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 40; i++) {
                assertThat(interner.intern("v" + (39 - i))).isEqualTo(i);
            }
        }
        assertThat(interner.size()).isEqualTo(40);
        String[] values = interner.values();
        assertThat(values).hasSize(40);
        assertThat(values[0]).isEqualTo("v39");
        assertThat(values[39]).isEqualTo("v0");
        values[0] = "changed";
        assertThat(interner.values()[0]).as("values() is a copy").isEqualTo("v39");
    }
}
