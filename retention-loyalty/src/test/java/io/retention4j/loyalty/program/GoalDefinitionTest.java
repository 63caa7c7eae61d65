package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalDefinitionTest {
    @Test
    void factories_buildTheKindsWithRewards() {
        GoalDefinition sprint = GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "3000").withPoints(500).withTier("gold");
        assertThat(sprint).isEqualTo(new GoalDefinition("sprint", GoalKind.SPEND_TARGET, CapPeriod.MONTH,
                new java.math.BigDecimal("3000"), 0, null, 500, "gold"));
        assertThat(sprint.toString()).isEqualTo("sprint: spend 3000 per month -> +500 points tier gold");
        assertThat(GoalDefinition.streak("loyal", 12).toString()).isEqualTo("loyal: a purchase in each of 12 consecutive months");
        assertThat(GoalDefinition.challenge("reviewer", "review", 3, CapPeriod.WEEK).withPoints(100).toString())
                .isEqualTo("reviewer: 3 x review per week -> +100 points");
    }

    @Test
    void constructor_badFieldsForTheKind_areRejected() {
        assertThatThrownBy(() -> GoalDefinition.spendTarget("s", CapPeriod.FOREVER, "10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FOREVER");
        assertThatThrownBy(() -> GoalDefinition.spendTarget("s", CapPeriod.DAY, "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> GoalDefinition.streak("loyal", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> GoalDefinition.challenge("c", " ", 3, CapPeriod.WEEK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventType");
        assertThatThrownBy(() -> GoalDefinition.streak("loyal", 3).withPoints(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points");
    }

    @Test
    void program_unknownGrantedTier_isRejected() {
        assertThatThrownBy(() -> LoyaltyProgram.builder("p").goals(GoalDefinition.streak("loyal", 3).withTier("platinum"))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platinum");
    }

    @Test
    void json_goals_roundTrip() {
        LoyaltyProgram program = LoyaltyProgram.builder("p")
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null), Tier.invitationOnly("lifetime", null)),
                        null, null, null))
                .goals(GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "3000.50").withPoints(500),
                        GoalDefinition.streak("loyal", 12).withTier("lifetime"),
                        GoalDefinition.challenge("reviewer", "review", 3, CapPeriod.WEEK).withPoints(100))
                .build();
        assertThat(LoyaltyProgram.fromJson(program.toJson())).isEqualTo(program);
    }
}
