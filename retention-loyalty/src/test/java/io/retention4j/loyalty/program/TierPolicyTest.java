package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tier ladder: which ladders are accepted, which overlap, and ranks. */
class TierPolicyTest {
    private static final Tier MEMBER = Tier.of("member", null);

    private static TierPolicy ladder(Tier... aboveBase) {
        List<Tier> tiers = new java.util.ArrayList<>();
        tiers.add(MEMBER);
        tiers.addAll(List.of(aboveBase));
        return new TierPolicy(tiers, null, null, null);
    }

    @Test
    void constructor_higherTierAddsAMetric_isAccepted() {
        TierPolicy p = ladder(Tier.of("silver", null, Requirement.spend("500")),
                Tier.of("gold", null, Requirement.spend("500"), Requirement.orders(10)));
        assertThat(p.tiers()).extracting(Tier::id).containsExactly("member", "silver", "gold");
    }

    @Test
    void constructor_higherTierRaisesOneMetricAndKeepsAnother_isAccepted() {
        TierPolicy p = ladder(Tier.of("silver", null, Requirement.spend("500"), Requirement.orders(5)),
                Tier.of("gold", null, Requirement.orders(5), Requirement.spend("500.01")));
        assertThat(p.rank("gold")).isEqualTo(2);
    }

    @Test
    void constructor_sameMinimumWithOtherScale_isTheSameRequirement() {
        assertThatIllegalArgumentException().isThrownBy(() -> ladder(Tier.of("silver", null, Requirement.spend("500")),
                        Tier.of("gold", null, Requirement.spend("500.00"))))
                .withMessageContaining("tiers 'silver' and 'gold' overlap");
    }

    @Test
    void constructor_eventRequirementsOfOtherTypes_areDifferentMetrics() {
        assertThatIllegalArgumentException().isThrownBy(() -> ladder(
                        Tier.of("silver", null, Requirement.events("review", 3)),
                        Tier.of("gold", null, Requirement.events("survey", 30))))
                .withMessageContaining("'silver' requires review events >= 3")
                .withMessageContaining("'gold' above it has no review events requirement");
    }

    @Test
    void constructor_higherTierDroppingAMetricForAnother_overlaps() {
        assertThatIllegalArgumentException().isThrownBy(() -> ladder(
                        Tier.of("silver", null, Requirement.orders(5)),
                        Tier.of("gold", null, Requirement.qualifyingPoints(5000))))
                .withMessageContaining("'silver' requires orders >= 5")
                .withMessageContaining("no orders requirement");
    }

    @Test
    void constructor_thirdTierLowerThanSecond_overlapsWithTheSecond() {
        assertThatIllegalArgumentException().isThrownBy(() -> ladder(
                        Tier.of("silver", null, Requirement.spend("500")),
                        Tier.of("gold", null, Requirement.spend("1500")),
                        Tier.of("platinum", null, Requirement.spend("1000"))))
                .withMessageContaining("tiers 'gold' and 'platinum' overlap")
                .withMessageContaining("requires only spend >= 1000");
    }

    @Test
    void constructor_invitationOnlyTiersAnywhere_areOutsideTheOverlapCheck() {
        TierPolicy p = ladder(Tier.invitationOnly("staff", null), Tier.of("silver", null, Requirement.spend("500")),
                Tier.invitationOnly("vip", null), Tier.of("gold", null, Requirement.spend("1500")));
        assertThat(p.rank("staff")).isEqualTo(1);
        assertThat(p.rank("vip")).isEqualTo(3);
        assertThat(p.tier(4).id()).isEqualTo("gold");
    }

    @Test
    void constructor_nullParts_takeDefaults() {
        TierPolicy p = ladder();
        assertThat(p.window()).isEqualTo(TierWindow.lifetime());
        assertThat(p.downgrade()).isEqualTo(DowngradePolicy.NEVER);
        assertThat(p.grace()).isEqualTo(Period.ZERO);
        assertThat(p).isEqualTo(TierPolicy.SINGLE_TIER);
    }

    @Test
    void tier_rankOutsideTheLadder_throws() {
        TierPolicy p = ladder(Tier.of("silver", null, Requirement.spend("500")));
        assertThat(p.tier(p.rank("silver")).id()).isEqualTo("silver");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.tier(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void tiers_listGivenToTheConstructor_isCopied() {
        List<Tier> tiers = new java.util.ArrayList<>(List.of(MEMBER));
        TierPolicy p = new TierPolicy(tiers, null, null, null);
        tiers.add(Tier.invitationOnly("vip", null));
        assertThat(p.tiers()).hasSize(1);
    }

    @Test
    void toString_tiers_showRequirementsAndMultipliers() {
        assertThat(Tier.of("gold", TierBenefits.earnMultiplier("1.5"), Requirement.spend("1500"))).hasToString(
                "gold [spend >= 1500] x1.5");
        assertThat(MEMBER).hasToString("member (base)");
        assertThat(Tier.invitationOnly("vip", null)).hasToString("vip (invitation only)");
        assertThat(Requirement.events("review", 3)).hasToString("review events >= 3");
        assertThat(TierWindow.rollingMonths(12)).hasToString("rolling 12 months");
        assertThat(TierWindow.anniversaryYear()).hasToString("anniversary_year");
    }
}
