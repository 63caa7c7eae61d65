package io.retention4j.loyalty.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.retention4j.core.experiment.Assignment;
import io.retention4j.core.experiment.AssignmentStatus;
import io.retention4j.core.experiment.Experiment;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.program.CampaignRules;
import io.retention4j.loyalty.program.CampaignTrigger;
import io.retention4j.loyalty.program.DowngradePolicy;
import io.retention4j.loyalty.program.EarnRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.OfferExperiment;
import io.retention4j.loyalty.program.OfferVariant;
import io.retention4j.loyalty.program.Requirement;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import io.retention4j.loyalty.program.TierPolicy;
import io.retention4j.loyalty.program.TierWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A/B tests of offers with core's assignment: variants get their points, the holdout nothing (recorded). */
class CampaignExperimentTest {
    private static final int CUSTOMERS = 4000;

    /** Coverage 0.5 over weights 0.5 / 0.3 / 0.2: shares 0.25 small, 0.15 large, 0.10 holdout, 0.50 outside. */
    private static final OfferExperiment WIN_BACK_TEST = OfferExperiment.of(CampaignTrigger.WIN_BACK, "winback-ab",
            OfferVariant.of("small", 0.5, 100), OfferVariant.of("large", 0.3, 300), OfferVariant.holdout("holdout", 0.2))
            .withSeed("2026-q2").withCoverage(0.5);

    @Test
    void winBackExperiment_eachCustomerGetsWhatCoresAssignmentSays_holdoutGetsNothingButIsRecorded() {
        CampaignRules rules = new CampaignRules(50, 90, 0, 0, 0, null, false, List.of(WIN_BACK_TEST));
        LoyaltyProgram program = LoyaltyProgram.builder("ab").zone("UTC").earn(EarnRule.baseRate("base", "1"))
                .campaigns(rules).build();
        Scenario s = new Scenario(program, "2026-01-01T09:00:00Z");
        for (int i = 0; i < CUSTOMERS; i++) {
            s.enrol("cust-" + i, null);
        }
        s.at("2026-01-05T10:00:00Z");
        for (int i = 0; i < CUSTOMERS; i++) {
            s.buy("o" + i, "cust-" + i, "10");
        }
        s.advanceTo("2026-06-01T00:00:00Z");
        Instant dormant = Instant.parse("2026-04-05T00:00:00Z");   // 5 January + 90 days, UTC

        Map<String, Action> offers = new HashMap<>();
        Map<String, Action> heldOut = new HashMap<>();
        s.actions(ActionType.WIN_BACK_OFFER).forEach(a -> assertThat(offers.put(a.customerId(), a)).isNull());
        s.actions(ActionType.HELD_OUT).forEach(a -> assertThat(heldOut.put(a.customerId(), a)).isNull());
        Experiment experiment = WIN_BACK_TEST.experiment();
        Map<String, Long> expectedPoints = Map.of("small", 100L, "large", 300L);
        Map<String, Integer> arms = new HashMap<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String id = "cust-" + i;
            Assignment assignment = experiment.assign(id);
            String arm = assignment.isInExperiment() ? assignment.variant() : "outside";
            arms.merge(arm, 1, Integer::sum);
            CampaignMark mark = s.marks(id).get(0);
            assertThat(mark.assignment()).as(id).isEqualTo(assignment);
            assertThat(mark.due()).isEqualTo(dormant);
            if (assignment.status() == AssignmentStatus.HOLDOUT) {
                assertThat(offers).as(id).doesNotContainKey(id);
                assertThat(heldOut.get(id).at()).isEqualTo(dormant);
                assertThat(heldOut.get(id).points()).isZero();
                assertThat(mark.heldOut()).isTrue();
                assertThat(mark.points()).isZero();
                assertThat(mark.exposure()).hasValueSatisfying(e -> {
                    assertThat(e.status()).isEqualTo(AssignmentStatus.HOLDOUT);
                    assertThat(e.at()).isEqualTo(dormant);
                });
                assertThat(s.engine.balance(id).available()).as(id).isEqualTo(10);
            } else {
                long points = assignment.isInExperiment() ? expectedPoints.get(assignment.variant()) : 50;
                assertThat(heldOut).as(id).doesNotContainKey(id);
                assertThat(offers.get(id).points()).as(id).isEqualTo(points);
                assertThat(mark.points()).isEqualTo(points);
                assertThat(s.engine.balance(id).available()).as(id).isEqualTo(10 + points);
            }
        }
        // shares within 4 binomial standard deviations, sqrt(p (1 - p) / n) with n = 4000:
        // p = 0.25: 0.0274; p = 0.15: 0.0226; p = 0.10: 0.0190; p = 0.50: 0.0316
        Map<String, Double> configured = Map.of("small", 0.25, "large", 0.15, "holdout", 0.10, "outside", 0.50);
        configured.forEach((arm, p) -> assertThat(arms.getOrDefault(arm, 0) / (double) CUSTOMERS).as(arm)
                .isCloseTo(p, org.assertj.core.data.Offset.offset(4 * Math.sqrt(p * (1 - p) / CUSTOMERS))));
        assertThat(heldOut).hasSize(arms.get("holdout"));
    }

    @Test
    void birthdayExperiment_variantPointsTimesTierMultiplier_holdoutGetsNoGreeting() {
        OfferExperiment test = OfferExperiment.of(CampaignTrigger.BIRTHDAY, "bday",
                OfferVariant.of("double", 0.5, 200), OfferVariant.holdout("control", 0.5));
        TierBenefits gold = new TierBenefits(null, false, false, new BigDecimal("1.5"), false, null);
        LoyaltyProgram program = LoyaltyProgram.builder("bday").zone("UTC").earn(EarnRule.baseRate("base", "1"))
                .tiers(new TierPolicy(List.of(new Tier("member", null, false, null),
                        Tier.of("gold", gold, Requirement.spend("100"))), TierWindow.lifetime(), DowngradePolicy.NEVER,
                        null))
                .campaigns(new CampaignRules(0, 0, 100, 0, 0, null, false, List.of(test))).build();
        Scenario s = new Scenario(program, "2026-03-10T12:00:00Z");
        Experiment experiment = test.experiment();
        Map<AssignmentStatus, Integer> seen = new EnumMap<>(AssignmentStatus.class);
        for (int i = 0; i < 40; i++) {
            s.enrol("b" + i, "1990-07-14");
            s.buy("o" + i, "b" + i, "100");   // gold
        }
        s.advanceTo("2026-07-14T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            String id = "b" + i;
            AssignmentStatus status = experiment.assign(id).status();
            seen.merge(status, 1, Integer::sum);
            if (status == AssignmentStatus.HOLDOUT) {
                assertThat(s.actions(ActionType.BIRTHDAY_GREETING, id)).isEmpty();
                assertThat(s.actions(ActionType.HELD_OUT, id)).singleElement()
                        .satisfies(a -> assertThat(a.detail()).contains("BIRTHDAY offer", "control"));
                assertThat(s.engine.balance(id).available()).isEqualTo(100);
            } else {
                // floor(200 x 1.5) = 300
                assertThat(s.actions(ActionType.BIRTHDAY_GREETING, id)).extracting(Action::points).containsExactly(300L);
                assertThat(s.engine.balance(id).available()).isEqualTo(400);
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(AssignmentStatus.IN_VARIANT, AssignmentStatus.HOLDOUT);
    }
}
