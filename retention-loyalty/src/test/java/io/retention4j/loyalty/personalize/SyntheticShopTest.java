package io.retention4j.loyalty.personalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyntheticShopTest {
    @Test
    void build_sameSeed_sameLog() {
        SyntheticShop a = SyntheticShop.builder().seed(7).customers(500).purchases(3000).build();
        SyntheticShop b = SyntheticShop.builder().seed(7).customers(500).purchases(3000).build();
        assertThat(a.interactions().size()).isEqualTo(b.interactions().size());
        for (int r = 0; r < a.interactions().size(); r++) {
            assertThat(a.interactions().item(r)).isEqualTo(b.interactions().item(r));
            assertThat(a.interactions().epochMillis(r)).isEqualTo(b.interactions().epochMillis(r));
        }
    }

    @Test
    void build_countsAndSkew() {
        SyntheticShop shop = SyntheticShop.builder().seed(3).items(1000, 20).customers(2000).purchases(20_000)
                .viewsPerPurchase(0.5).build();
        Interactions log = shop.interactions();
        int purchases = 0;
        int[] buyers = new int[1000];
        for (int r = 0; r < log.size(); r++) {
            if (log.isPurchase(r)) {
                purchases++;
                buyers[log.item(r)]++;
            }
        }
        assertThat(purchases).isEqualTo(20_000);
        // about 0.5 views per purchase: 10,000 expected, binomial sd = sqrt(20000/4) ~ 71
        assertThat(log.size() - purchases).isBetween(9_600, 10_400);
        // Zipf: item 0 is bought far more often than item 999
        assertThat(buyers[0]).isGreaterThan(20 * Math.max(1, buyers[999]));
        assertThat(shop.catalog().category(1)).isEqualTo("cat-" + (7919 % 20)); // item 1: 1 * 7919 mod 20 = 19
        assertThat(shop.segmentOf("c0")).startsWith("taste-");
        assertThat(shop.segmentOf("nobody")).isNull();
    }

    @Test
    void builder_badValues_throw() {
        assertThatThrownBy(() -> SyntheticShop.builder().items(10, 11))
                .hasMessage("categories must be in 1..10, got 11");
        assertThatThrownBy(() -> SyntheticShop.builder().zipf(-1)).hasMessage("zipf must be in [0, 3], got -1.0");
    }
}
