package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.model.EventType;
import io.retention4j.core.model.NpsClass;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Rule segments over {@link FiveCustomers}; every membership counted by hand from its javadoc. */
class RuleSegmentsTest {
    private final CustomerProfiles profiles = FiveCustomers.profiles();

    private List<String> who(Condition c) {
        List<String> ids = new ArrayList<>();
        for (CustomerProfile p : profiles) {
            if (c.test(p)) {
                ids.add(p.customerId());
            }
        }
        ids.sort(String::compareTo);
        return ids;
    }

    static RuleSegments handSegments() {
        return RuleSegments.builder()
                .segment("vip", Conditions.totalSpend().atLeast(500).and(Conditions.tagged("vip")))
                .segment("sleeping", Conditions.daysSinceLastPurchase().greaterThan(90))
                .segment("retail detractors", Conditions.attribute("industry").equalTo("retail")
                        .and(Conditions.npsClass(NpsClass.DETRACTOR)))
                .segment("engaged", Conditions.events(EventType.LOGIN).atLeast(2).or(Conditions.npsClass(NpsClass.PROMOTER)))
                .segment("newsletter", Conditions.tagged("newsletter"))
                .segment("long tenure", Conditions.tenureDays().atLeast(200))
                .build();
    }

    @Test
    void conditions_eachKind_selectTheHandCountedCustomers() {
        assertThat(who(Conditions.totalSpend().atLeast(500))).containsExactly("1");
        assertThat(who(Conditions.orders().between(1, 2))).containsExactly("2", "3");
        assertThat(who(Conditions.orders().equalTo(0))).containsExactly("4", "5");
        assertThat(who(Conditions.hasPurchased())).containsExactly("1", "2", "3");
        // 151 days for 2; 4 and 5 never bought: the quantity is missing and no comparison holds
        assertThat(who(Conditions.daysSinceLastPurchase().greaterThan(90))).containsExactly("2");
        assertThat(who(Conditions.daysSinceLastPurchase().atMost(4))).containsExactly("1", "3");
        assertThat(who(Conditions.not(Conditions.daysSinceLastPurchase().greaterThan(90))))
                .containsExactly("1", "3", "4", "5");
        assertThat(who(Conditions.daysSinceLastPurchase().lessThan(4))).containsExactly("3");
        assertThat(who(Conditions.tenureDays().atLeast(200))).containsExactly("1", "4");
        assertThat(who(Conditions.tenureDays().lessThan(28))).containsExactly("5");
        assertThat(who(Conditions.field("averageOrderValue").greaterThan(25))).containsExactly("1", "2");
        assertThat(who(Conditions.events("login").atLeast(2))).containsExactly("1", "3");
        assertThat(who(Conditions.events("login").atMost(0))).containsExactly("2", "4", "5");
        assertThat(who(Conditions.attribute("industry").equalTo("retail"))).containsExactly("1", "2");
        assertThat(who(Conditions.attribute("industry").in("retail", "health"))).containsExactly("1", "2", "3");
        assertThat(who(Conditions.attribute("industry").present())).containsExactly("1", "2", "3");
        assertThat(who(Conditions.attribute("industry").absent())).containsExactly("4", "5");
        assertThat(who(Conditions.attribute("industry").equalTo("Retail"))).isEmpty();   // case-sensitive
        assertThat(who(Conditions.tagged("vip"))).containsExactly("1");
        assertThat(who(Conditions.tagged("newsletter"))).containsExactly("1", "3");
        assertThat(who(Conditions.npsClass(NpsClass.PASSIVE))).containsExactly("4");
        assertThat(who(Conditions.not(Conditions.npsClass(NpsClass.PROMOTER)))).containsExactly("2", "3", "4", "5");
        assertThat(who(Conditions.topCategory("books"))).containsExactly("1");
        assertThat(who(Conditions.topCategory("music"))).isEmpty();
        assertThat(who(Conditions.boughtCategory("music"))).containsExactly("1");
        assertThat(who(Conditions.any(Conditions.tagged("vip"), Conditions.orders().atLeast(2)))).containsExactly("1", "3");
        assertThat(who(Conditions.all(Conditions.tagged("newsletter"), Conditions.orders().atLeast(3)))).containsExactly("1");
    }

    @Test
    void tagsOf_commaSeparatedTrimmedWithoutEmptyEntries() {
        assertThat(Conditions.tagsOf(profiles.get("1"))).containsExactly("vip", "newsletter");
        assertThat(Conditions.tagsOf(profiles.get("5"))).isEmpty();
    }

    @Test
    void evaluate_handSegments_membershipSizesAndUnsegmented() {
        RuleSegmentMembership m = handSegments().evaluate(profiles);
        assertThat(m.segmentsOf("1")).containsExactly("vip", "engaged", "newsletter", "long tenure");
        assertThat(m.segmentsOf("2")).containsExactly("sleeping", "retail detractors");
        assertThat(m.segmentsOf("3")).containsExactly("engaged", "newsletter");
        assertThat(m.segmentsOf("4")).containsExactly("long tenure");
        assertThat(m.segmentsOf("5")).isEmpty();
        assertThat(m.customers("engaged")).containsExactly("1", "3");
        assertThat(m.sizes()).containsExactly(java.util.Map.entry("vip", 1), java.util.Map.entry("sleeping", 1),
                java.util.Map.entry("retail detractors", 1), java.util.Map.entry("engaged", 2),
                java.util.Map.entry("newsletter", 2), java.util.Map.entry("long tenure", 2));
        assertThat(m.unsegmentedCount()).isEqualTo(1);
        assertThat(m.population()).isEqualTo(5);
        assertThat(m.asOf()).isEqualTo(FiveCustomers.AS_OF);
        assertThat(handSegments().segmentsOf(profiles.get("3"))).containsExactly("engaged", "newsletter");
        assertThatThrownBy(() -> m.customers("gold")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no segment 'gold'");
        assertThatThrownBy(() -> m.segmentsOf("99")).isInstanceOf(NoSuchElementException.class);
        assertThat(m.toString()).contains("5 customers as of 2026-03-01T00:00:00Z, 1 in no segment")
                .containsPattern("engaged +2 +40\\.0%");
    }

    @Test
    void sizesOverTime_profilesRebuiltAtEachInstant_handCounts() {
        RuleSegments s = RuleSegments.builder()
                .segment("buyers", Conditions.hasPurchased())
                .segment("sleeping", Conditions.daysSinceLastPurchase().greaterThan(90))
                .segment("vip", Conditions.totalSpend().atLeast(500))
                .build();
        List<Instant> at = List.of(Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
                FiveCustomers.AS_OF);
        SegmentSizesOverTime sizes = s.sizesOverTime(at, FiveCustomers::profiles);
        // Dec 1: only 2 has bought (Oct 1, 61 days ago). Feb 1: 1 (Jan 10, 80) and 2 (123 days: sleeping).
        // Mar 1: 1, 2, 3 bought; 2 sleeping (151 days); 1 has spent 630.
        assertThat(sizes.series("buyers")).containsExactly(1, 2, 3);
        assertThat(sizes.series("sleeping")).containsExactly(0, 1, 1);
        assertThat(sizes.series("vip")).containsExactly(0, 0, 1);
        assertThat(sizes.population()).containsExactly(5, 5, 5);
        assertThat(sizes.instants()).isEqualTo(at);
        assertThat(sizes.toString()).contains("2026-02-01T00:00:00Z").containsPattern("buyers +sleeping +vip");
        assertThatThrownBy(() -> s.sizesOverTime(List.of(at.get(1), at.get(0)), FiveCustomers::profiles))
                .hasMessageContaining("instants must be strictly increasing");
        assertThatThrownBy(() -> s.sizesOverTime(List.of(at.get(0)), t -> FiveCustomers.profiles()))
                .hasMessage("profilesAsOf returned profiles as of 2026-03-01T00:00:00Z for the instant 2025-12-01T00:00:00Z");
        assertThatThrownBy(() -> s.sizesOverTime(List.of(), FiveCustomers::profiles))
                .hasMessage("instants must not be empty");
        assertThatThrownBy(() -> sizes.series("gold")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void toString_readsLikeTheRule() {
        Condition c = Conditions.totalSpend().atLeast(500)
                .and(Conditions.tagged("vip").or(Conditions.events("login").between(3, 10)))
                .and(Conditions.not(Conditions.attribute("industry").in("retail", "health")));
        assertThat(c).hasToString("totalSpend >= 500 and (tag 'vip' or events 'login' >= 3 and <= 10) and "
                + "not attribute 'industry' in [health, retail]");
        assertThat(Conditions.orders().equalTo(2)).hasToString("orders = 2");
        assertThat(Conditions.daysSinceLastPurchase().lessThan(30.5)).hasToString("daysSinceLastPurchase < 30.5");
        assertThat(handSegments().toString()).startsWith("RuleSegments[6 segments]\n  vip: totalSpend >= 500 and tag 'vip'");
    }

    @Test
    void builders_badInput_rejectedClearly() {
        assertThatThrownBy(() -> Conditions.field("totalspend"))
                .hasMessageStartingWith("unknown profile field 'totalspend'; the fields are [totalSpend, netSpend,");
        assertThatThrownBy(() -> Conditions.orders().between(5, 2))
                .hasMessage("the range [5.0, 2.0] is empty: the lower bound must be below the upper bound");
        assertThatThrownBy(() -> Conditions.totalSpend().atLeast(Double.NaN))
                .hasMessage("atLeast must be a finite number, got NaN");
        assertThatThrownBy(() -> Conditions.tagged("a,b")).hasMessageContaining("must not contain commas");
        assertThatThrownBy(() -> Conditions.all()).hasMessage("all needs at least one condition");
        assertThatThrownBy(() -> Conditions.attribute("x").in()).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> Conditions.events(" ")).hasMessageContaining("event type must not be blank");
        assertThatThrownBy(() -> RuleSegments.builder().segment("a", Conditions.hasPurchased())
                .segment("a", Conditions.hasPurchased())).hasMessage("segment name 'a' is used twice");
        assertThatThrownBy(() -> RuleSegments.builder().build()).hasMessage("rule segments need at least one segment");
    }
}
