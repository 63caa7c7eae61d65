package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTableTest {
    private static CommandReceipt receipt(String key) {
        return new CommandReceipt(key, "purchase", "fp-" + key, List.of("c1"), Instant.EPOCH);
    }

    @Test
    void putIfAbsent_manyKeys_eachFoundOnceAndRepeatsRefused() {
        ReceiptTable table = new ReceiptTable();
        int n = 50_000; // forces every stripe to grow several times
        for (int i = 0; i < n; i++) {
            assertThat(table.putIfAbsent(receipt("order-" + i))).isTrue();
        }
        for (int i = 0; i < n; i++) {
            assertThat(table.get("order-" + i).fingerprint()).isEqualTo("fp-order-" + i);
            assertThat(table.putIfAbsent(receipt("order-" + i))).isFalse();
        }
        assertThat(table.get("order-" + n)).isNull();
        assertThat(table.size()).isEqualTo(n);
    }

    @Test
    void get_keysWithEqualStringHashes_areToldApart() {
        // "Aa" and "BB" have the same String.hashCode (2112), so they share a stripe and a probe start
        ReceiptTable table = new ReceiptTable();
        assertThat(table.putIfAbsent(receipt("Aa"))).isTrue();
        assertThat(table.get("BB")).isNull();
        assertThat(table.putIfAbsent(receipt("BB"))).isTrue();
        assertThat(table.get("Aa").key()).isEqualTo("Aa");
        assertThat(table.get("BB").key()).isEqualTo("BB");
    }
}
