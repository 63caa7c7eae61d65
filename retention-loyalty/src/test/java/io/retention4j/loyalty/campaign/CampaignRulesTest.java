package io.retention4j.loyalty.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.OwnCadencePolicy;
import io.retention4j.loyalty.program.CampaignRules;
import io.retention4j.loyalty.program.CampaignTrigger;
import io.retention4j.loyalty.program.DormancyKind;
import io.retention4j.loyalty.program.DormancyRule;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.OfferExperiment;
import io.retention4j.loyalty.program.OfferVariant;
import io.retention4j.loyalty.program.ProgramFormatException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The campaign configuration: defaults, validation messages and the JSON form. */
class CampaignRulesTest {
    private static final String HEAD = "{\"name\": \"p\", \"zone\": \"Europe/Paris\", \"currency\": \"EUR\", ";

    @Test
    void fires_absentFieldsSwitchTriggersOff() {
        assertThat(CampaignRules.NONE.firesAny()).isFalse();
        CampaignRules birthday = LoyaltyProgram.fromJson(HEAD + "\"campaigns\": {\"birthdayPoints\": 100}}").campaigns();
        assertThat(birthday.fires(CampaignTrigger.BIRTHDAY)).isTrue();
        assertThat(birthday.fires(CampaignTrigger.ANNIVERSARY)).isFalse();
        assertThat(birthday.fires(CampaignTrigger.WIN_BACK)).isFalse();
        assertThat(birthday.fires(CampaignTrigger.EXPIRY_REMINDER)).isFalse();
        assertThat(birthday.experiments()).isEmpty();
        CampaignRules greetings = new CampaignRules(0, 0, 0, 0, 0, null, true, null);
        assertThat(greetings.fires(CampaignTrigger.BIRTHDAY)).isTrue();
        assertThat(greetings.fires(CampaignTrigger.ANNIVERSARY)).isTrue();
    }

    @Test
    void winBackDormancy_dormantAfterDaysScalesCoresDefaults() {
        // 90 days: 60 / 90 / 180, core's defaults; 30 days: floor(60 / 3) = 20 / 30 / 60
        assertThat(new CampaignRules(0, 90, 0, 0, 0).winBackDormancy().policy()).isEqualTo(FixedInactivityPolicy.defaults());
        assertThat(new CampaignRules(0, 30, 0, 0, 0).winBackDormancy().policy()).isEqualTo(FixedInactivityPolicy.of(20, 30, 60));
        assertThat(DormancyRule.afterDays(2).policy()).isEqualTo(FixedInactivityPolicy.of(1, 2, 4));
        assertThat(DormancyRule.ownCadence(2, 3, 6).policy()).isEqualTo(OwnCadencePolicy.defaults());
        assertThat(new DormancyRule(DormancyKind.OWN_CADENCE, 0, 0, 0, null, null, null, 0).policy())
                .isEqualTo(OwnCadencePolicy.defaults());
        assertThat(CampaignRules.NONE.winBackDormancy()).isNull();
    }

    @Test
    void toString_namesTheTriggersThatFire() {
        assertThat(CampaignRules.NONE).hasToString("none");
        assertThat(new CampaignRules(300, 120, 100, 200, 30)).hasToString(
                "win-back 300 after 120 days dormant, birthday 100, anniversary 200, expiry reminder 30 days before");
        assertThat(new CampaignRules(0, 0, 0, 0, 0, DormancyRule.fixed(10, 20, 30), true,
                List.of(OfferExperiment.of(CampaignTrigger.BIRTHDAY, "b", OfferVariant.of("x", 1, 5))))).hasToString(
                "win-back 0 when dormant by fixed inactivity: at risk from 10, dormant from 20, churned from 30 days"
                        + " without purchase, greetings without points, experiment b on BIRTHDAY, coverage 1: [x 1 5 points]");
    }

    @Test
    void constructor_badCombinations_areRejectedWithTheField() {
        assertThatThrownBy(() -> new CampaignRules(100, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaigns.winBackPoints 100");
        assertThatThrownBy(() -> new CampaignRules(0, 90, 0, 0, 0, DormancyRule.fixed(10, 20, 30), false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> new CampaignRules(0, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dormantAfterDays must be at least 2");
        assertThatThrownBy(() -> new CampaignRules(0, 0, 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaigns.expiryReminderDays");
        OfferExperiment winBack = OfferExperiment.of(CampaignTrigger.WIN_BACK, "wb", OfferVariant.of("a", 1, 10));
        assertThatThrownBy(() -> new CampaignRules(0, 0, 0, 0, 0, null, false, List.of(winBack)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("win-back is off");
        assertThatThrownBy(() -> new CampaignRules(0, 90, 0, 0, 0, null, false, List.of(winBack, winBack)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two experiments on WIN_BACK");
    }

    @Test
    void dormancyRule_badThresholds_areRejectedWithCoresMessage() {
        assertThatThrownBy(() -> DormancyRule.fixed(30, 20, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaigns.dormancy: dormantDays must be > atRiskDays");
        assertThatThrownBy(() -> new DormancyRule(DormancyKind.FIXED_INACTIVITY, 0, 0, 0, BigDecimal.ONE, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OWN_CADENCE only");
        assertThatThrownBy(() -> new DormancyRule(DormancyKind.OWN_CADENCE, 0, 0, 0, BigDecimal.ONE, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all three multiples or none");
        assertThatThrownBy(() -> DormancyRule.ownCadence(3, 2, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dormant multiple must be > atRisk");
    }

    @Test
    void offerExperiment_badDefinitions_areRejected() {
        assertThatThrownBy(() -> OfferExperiment.of(CampaignTrigger.EXPIRY_REMINDER, "x", OfferVariant.of("a", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WIN_BACK, BIRTHDAY or ANNIVERSARY");
        assertThatThrownBy(() -> OfferExperiment.of(CampaignTrigger.BIRTHDAY, "x", OfferVariant.of("a", 0.5, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaigns.experiments 'x'")
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> OfferExperiment.of(CampaignTrigger.BIRTHDAY, "has space", OfferVariant.of("a", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> OfferExperiment.of(CampaignTrigger.BIRTHDAY, "x", OfferVariant.of("a", 0.5, 1),
                OfferVariant.of("a", 0.5, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' twice");
        assertThatThrownBy(() -> new OfferVariant("h", BigDecimal.ONE, 5, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdout, which gets nothing");
        assertThatThrownBy(() -> OfferVariant.of("a", 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1");
        assertThatThrownBy(() -> OfferExperiment.of(CampaignTrigger.BIRTHDAY, "x", OfferVariant.of("a", 1, 1))
                .withCoverage(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverage");
    }

    @Test
    void json_everyCampaignField_roundTrips() {
        CampaignRules rules = new CampaignRules(200, 0, 100, 50, 30,
                new DormancyRule(DormancyKind.OWN_CADENCE, 20, 30, 60, new BigDecimal("1.5"), new BigDecimal("2.5"),
                        new BigDecimal("5"), 3), true,
                List.of(OfferExperiment.of(CampaignTrigger.WIN_BACK, "wb-2026", OfferVariant.of("small", 0.6, 100),
                        OfferVariant.holdout("holdout", 0.4)).withSeed("s1").withCoverage(0.25)));
        LoyaltyProgram program = LoyaltyProgram.builder("p").zone("Europe/Paris").campaigns(rules).build();
        String json = program.toJson();
        assertThat(json).contains("\"experiments\"", "\"dormancy\"", "\"holdout\" : true")
                .doesNotContain("winBackDormancy", "firesAny", "\"policy\"", "\"experiment\"");
        assertThat(LoyaltyProgram.fromJson(json)).isEqualTo(program);
    }

    @Test
    void json_handWritten_readsDormancyAndExperiment() {
        LoyaltyProgram program = LoyaltyProgram.fromJson(HEAD + "\"campaigns\": {\"winBackPoints\": 200,"
                + " \"dormancy\": {\"kind\": \"FIXED_INACTIVITY\", \"atRiskDays\": 30, \"dormantDays\": 60, \"churnedDays\": 120},"
                + " \"experiments\": [{\"trigger\": \"WIN_BACK\", \"key\": \"wb\", \"coverage\": 0.5, \"variants\": ["
                + "  {\"name\": \"offer\", \"weight\": 0.8, \"points\": 300}, {\"name\": \"hold\", \"weight\": 0.2, \"holdout\": true}]}]}}");
        CampaignRules rules = program.campaigns();
        assertThat(rules.winBackDormancy().policy()).isEqualTo(FixedInactivityPolicy.of(30, 60, 120));
        OfferExperiment experiment = rules.experimentOn(CampaignTrigger.WIN_BACK);
        assertThat(experiment.seed()).isNull();
        assertThat(experiment.experiment().seed()).isEqualTo("wb");
        assertThat(experiment.experiment().coverage()).isEqualTo(0.5);
        assertThat(experiment.variants()).extracting(OfferVariant::name, OfferVariant::points, OfferVariant::holdout)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("offer", 300L, false),
                        org.assertj.core.groups.Tuple.tuple("hold", 0L, true));
        assertThat(rules.experimentOn(CampaignTrigger.BIRTHDAY)).isNull();
    }

    @Test
    void json_invalidCampaign_namesThePath() {
        assertThatThrownBy(() -> LoyaltyProgram.fromJson(HEAD + "\"campaigns\": {\"experiments\": [{\"trigger\": \"BIRTHDAY\","
                + " \"key\": \"b\", \"variants\": [{\"name\": \"h\", \"weight\": 1, \"holdout\": true, \"points\": 5}]}]}}"))
                .isInstanceOf(ProgramFormatException.class).hasMessageContaining("campaigns")
                .hasMessageContaining("holdout, which gets nothing");
    }
}
