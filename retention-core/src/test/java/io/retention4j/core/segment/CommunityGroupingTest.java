package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.model.Customer;
import io.retention4j.core.profile.CustomerProfiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Communities of twelve customers by industry: retail 1..7, health 8 and 9, energy 10, mining 11,
 * and 12 without an industry.
 */
class CommunityGroupingTest {
    private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");

    private static List<Customer> customers() {
        List<Customer> out = new ArrayList<>();
        String[] industry = {"retail", "retail", "retail", "retail", "retail", "retail", "retail", "health",
            "health", "energy", "mining", null};
        for (int i = 0; i < industry.length; i++) {
            Map<String, String> attributes = industry[i] == null ? Map.of() : Map.of("industry", industry[i]);
            out.add(new Customer(Integer.toString(i + 1), Instant.parse("2025-01-01T00:00:00Z"), null, attributes));
        }
        return out;
    }

    private static CustomerProfiles profiles(List<Customer> customers) {
        return CustomerProfiles.builder().customers(customers).asOf(AS_OF).build();
    }

    @Test
    void apply_mergePolicy_splitsLargeMergesSmallListsUnassigned() {
        Communities c = CommunityGrouping.byAttribute("industry").maxSize(3).minSize(2).build()
                .apply(profiles(customers()));
        // retail 7 > 3: ceil(7 / 3) = 3 parts of 3, 2, 2 in id order; energy and mining (1 each) merged: 2
        assertThat(c.list()).extracting(Community::name)
                .containsExactly("health", "retail (1/3)", "retail (2/3)", "retail (3/3)", "other");
        assertThat(c.list().get(0).members()).containsExactly("8", "9");
        assertThat(c.list().get(1).members()).containsExactly("1", "2", "3");
        assertThat(c.list().get(2).members()).containsExactly("4", "5");
        assertThat(c.list().get(3).members()).containsExactly("6", "7");
        Community other = c.list().get(4);
        assertThat(other.members()).containsExactly("10", "11");
        assertThat(other.mergedKeys()).containsExactly("energy", "mining");
        assertThat(other.belowMinimum()).isFalse();
        assertThat(c.belowMinimum()).isEmpty();
        assertThat(c.unassigned()).containsExactly("12");
        assertThat(c.communityOf("5").map(Community::name)).hasValue("retail (2/3)");
        assertThat(c.communityOf("12")).isEmpty();
        assertThat(c.list().get(3).part()).isEqualTo(3);
        assertThat(c.list().get(3).parts()).isEqualTo(3);
        assertThat(c.list().get(3).key()).isEqualTo("retail");
    }

    @Test
    void apply_flagPolicy_keepsSmallGroupsFlagged() {
        Communities c = CommunityGrouping.byAttribute("industry").maxSize(3).minSize(2)
                .smallGroups(SmallGroupPolicy.FLAG).build().apply(profiles(customers()));
        assertThat(c.list()).extracting(Community::name)
                .containsExactly("energy", "health", "mining", "retail (1/3)", "retail (2/3)", "retail (3/3)");
        assertThat(c.belowMinimum()).extracting(Community::name).containsExactly("energy", "mining");
        assertThat(c.toString()).contains("by attribute 'industry': 6 communities, 11 customers, 1 unassigned, size 2..3")
                .containsPattern("energy +1  below minimum");
    }

    @Test
    void apply_mergedStillTooSmall_flagged() {
        Communities c = CommunityGrouping.byAttribute("industry").minSize(3).build().apply(profiles(customers()));
        // health 2, energy 1, mining 1 are below 3: merged into 4 members, not flagged; retail kept whole
        assertThat(c.list()).extracting(Community::name).containsExactly("retail", "other");
        assertThat(c.list().get(1).members()).containsExactly("8", "9", "10", "11");
        Communities tiny = CommunityGrouping.byAttribute("industry").minSize(5).build().apply(profiles(customers()));
        assertThat(tiny.list().get(1).belowMinimum()).isTrue();   // 2 + 1 + 1 = 4 < 5
    }

    @Test
    void apply_anyInputOrder_sameCommunities() {
        List<Customer> shuffled = new ArrayList<>(customers());
        Collections.shuffle(shuffled, new Random(4));
        CommunityGrouping g = CommunityGrouping.byAttribute("industry").maxSize(3).minSize(2).build();
        assertThat(g.apply(profiles(shuffled)).list()).isEqualTo(g.apply(profiles(customers())).list());
    }

    @Test
    void byFavouriteCategory_customersWithoutCategoryUnassigned() {
        Communities c = CommunityGrouping.byFavouriteCategory().build().apply(FiveCustomers.profiles());
        assertThat(c.list()).extracting(Community::name).containsExactly("books");
        assertThat(c.unassigned()).containsExactly("2", "3", "4", "5");
    }

    @Test
    void by_customKey() {
        Communities c = CommunityGrouping.by("buyer or not", p -> p.hasPurchased() ? "buyers" : "prospects").build()
                .apply(FiveCustomers.profiles());
        assertThat(c.list()).extracting(Community::size).containsExactly(3, 2);
    }

    @Test
    void badInput_rejectedClearly() {
        assertThatThrownBy(() -> CommunityGrouping.byAttribute("industry").minSize(3).maxSize(4).build())
                .hasMessage("maxSize 4 is below 2 * minSize - 1 = 5: splitting a group of 5 would leave parts "
                        + "below the minimum 3");
        assertThatThrownBy(() -> CommunityGrouping.byAttribute("industry").maxSize(0))
                .hasMessage("maxSize must be positive, got 0");
        assertThatThrownBy(() -> CommunityGrouping.byAttribute(" ")).hasMessageContaining("attribute must not be blank");
        assertThatThrownBy(() -> CommunityGrouping.byAttribute("industry").minSize(2).mergedName("health").build()
                .apply(profiles(customers())))
                .hasMessage("the merged community's name 'health' is also a key; choose another with mergedName(...)");
    }
}
