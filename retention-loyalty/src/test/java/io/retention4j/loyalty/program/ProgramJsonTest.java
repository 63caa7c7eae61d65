package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON form of a program: the example document, round trips, the builder, defaults. */
class ProgramJsonTest {

    @Test
    void fromJson_example_readsEveryPartAsWritten() {
        LoyaltyProgram p = LoyaltyProgram.fromJson(SilverGold.json());

        assertThat(p.name()).isEqualTo("Silver & Gold");
        assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(p.currency()).isEqualTo(Currency.getInstance("EUR"));

        TierPolicy tiers = p.tiers();
        assertThat(tiers.tiers()).extracting(Tier::id).containsExactly("member", "silver", "gold", "platinum");
        assertThat(tiers.rank("gold")).isEqualTo(2);
        assertThat(tiers.tier(3).invitationOnly()).isTrue();
        assertThat(tiers.tier(3).requirements()).isEmpty();
        assertThat(tiers.tier(2).requirements()).containsExactly(Requirement.spend("1500"));
        assertThat(tiers.tier(2).benefits().earnMultiplier()).isEqualByComparingTo("1.5");
        assertThat(tiers.tier(2).benefits().birthdayBonusMultiplier()).isEqualByComparingTo("2");
        assertThat(tiers.tier(0).benefits()).isEqualTo(TierBenefits.NONE);
        assertThat(tiers.tier(3).benefits().extras()).containsExactly(
                Map.entry("concierge", "personal shopper"), Map.entry("lounge", "airport lounge access"));
        assertThat(tiers.window()).isEqualTo(TierWindow.rollingMonths(12));
        assertThat(tiers.downgrade()).isEqualTo(DowngradePolicy.ONE_TIER_AT_A_TIME);
        assertThat(tiers.grace()).isEqualTo(Period.ofDays(30));

        assertThat(p.earnRules()).extracting(EarnRule::id)
                .containsExactly("base", "shoes-x2", "black-friday", "review", "sign-up");
        EarnRule base = p.earnRule("base");
        assertThat(base.pointsPerUnit()).isEqualByComparingTo("1");
        assertThat(base.rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(p.earnRule("shoes-x2").dimension()).isEqualTo(Dimension.CATEGORY);
        assertThat(p.earnRule("black-friday").from()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(p.earnRule("black-friday").until()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(p.earnRule("review").cap()).isEqualTo(new Cap(100, CapPeriod.MONTH));
        assertThat(p.earnRule("sign-up").points()).isEqualTo(200);

        assertThat(p.expiry()).isEqualTo(ExpiryPolicy.endOfYear(1));
        assertThat(p.pendingPeriod()).isEqualTo(Period.ofDays(30));
        assertThat(p.reward("discount-5").value()).isEqualTo(new BigDecimal("5.00"));
        assertThat(p.reward("tote-bag").stock()).isEqualTo(100L);
        assertThat(p.reward("tote-bag").perCustomerLimit()).isEqualTo(1);
        assertThat(p.reward("gold-preview").minimumTier()).isEqualTo("gold");
        assertThat(p.referral().identityAttributes()).containsExactly("email", "device", "address");
        assertThat(p.goals()).extracting(GoalDefinition::kind)
                .containsExactly(GoalKind.SPEND_TARGET, GoalKind.STREAK, GoalKind.CHALLENGE);
        assertThat(p.goals().get(1).grantTier()).isEqualTo("gold");
        assertThat(p.campaigns().expiryReminderDays()).isEqualTo(30);
    }

    @Test
    void fromJson_example_equalsTheSameProgramBuiltInCode() {
        assertThat(LoyaltyProgram.fromJson(SilverGold.json())).isEqualTo(SilverGold.inCode());
    }

    @Test
    void toJson_example_readsBackEqualAndWritesTheSameText() {
        LoyaltyProgram p = LoyaltyProgram.fromJson(SilverGold.json());
        String json = p.toJson();
        LoyaltyProgram again = LoyaltyProgram.fromJson(json);

        assertThat(again).isEqualTo(p);
        assertThat(again.toJson()).isEqualTo(json);
    }

    @Test
    void toJson_builtInCode_readsBackEqual() {
        LoyaltyProgram p = SilverGold.inCode();
        assertThat(LoyaltyProgram.fromJson(p.toJson())).isEqualTo(p);
    }

    @Test
    void toJson_example_hasTheDocumentsValuesAsJsonTypes() throws Exception {
        String json = LoyaltyProgram.fromJson(SilverGold.json()).toJson();
        JsonNode written = new ObjectMapper().readTree(json);

        assertThat(written.get("zone").textValue()).isEqualTo("Europe/Paris");
        assertThat(written.get("pendingPeriod").textValue()).isEqualTo("P30D");
        assertThat(written.at("/tiers/grace").textValue()).isEqualTo("P30D");
        assertThat(written.at("/earnRules/2/from").textValue()).isEqualTo("2026-11-27");
        assertThat(json).contains("\"value\" : 5.00,");
        assertThat(written.at("/rewards/1/stock").isIntegralNumber()).isTrue();
        assertThat(written.at("/tiers/tiers/3/invitationOnly").booleanValue()).isTrue();
    }

    @Test
    void fromJson_onlyRequiredFields_takesEveryDefault() {
        LoyaltyProgram p = LoyaltyProgram.fromJson("{\"name\": \"bare\", \"zone\": \"Asia/Tokyo\", \"currency\": \"JPY\"}");

        assertThat(p.tiers()).isEqualTo(TierPolicy.SINGLE_TIER);
        assertThat(p.tiers().tiers()).extracting(Tier::id).containsExactly("member");
        assertThat(p.tiers().window()).isEqualTo(TierWindow.lifetime());
        assertThat(p.tiers().downgrade()).isEqualTo(DowngradePolicy.NEVER);
        assertThat(p.tiers().grace()).isEqualTo(Period.ZERO);
        assertThat(p.earnRules()).isEmpty();
        assertThat(p.expiry()).isEqualTo(ExpiryPolicy.NEVER);
        assertThat(p.pendingPeriod()).isEqualTo(Period.ZERO);
        assertThat(p.rewards()).isEmpty();
        assertThat(p.spendOrder()).isEqualTo(SpendOrder.SOONEST_EXPIRING_FIRST);
        assertThat(p.refundShortfall()).isEqualTo(RefundShortfall.CLAW_BACK_FROM_OTHER_LOTS);
        assertThat(p.referral()).isNull();
        assertThat(p.goals()).isEmpty();
        assertThat(p.campaigns()).isEqualTo(CampaignRules.NONE);
        assertThat(p).isEqualTo(LoyaltyProgram.builder("bare").zone("Asia/Tokyo").currency("JPY").build());
        assertThat(p.toJson()).doesNotContain("referral");
    }

    @Test
    void fromJson_explicitNulls_takeTheSameDefaultsAsAbsentFields() {
        String nulls = "{\"name\": \"bare\", \"zone\": \"UTC\", \"currency\": \"EUR\", \"tiers\": null, \"earnRules\": null,"
                + " \"expiry\": null, \"pendingPeriod\": null, \"rewards\": null, \"spendOrder\": null,"
                + " \"refundShortfall\": null, \"referral\": null, \"goals\": null, \"campaigns\": null}";
        assertThat(LoyaltyProgram.fromJson(nulls))
                .isEqualTo(LoyaltyProgram.fromJson("{\"name\": \"bare\", \"zone\": \"UTC\", \"currency\": \"EUR\"}"));
    }

    @Test
    void fromJson_absentNestedFields_takeTheRecordsDefaults() {
        LoyaltyProgram p = LoyaltyProgram.fromJson("""
                {"name": "p", "zone": "UTC", "currency": "EUR",
                 "tiers": {"tiers": [{"id": "base"}, {"id": "vip", "invitationOnly": true}]},
                 "earnRules": [{"id": "b", "kind": "BASE_RATE", "pointsPerUnit": 0.5},
                               {"id": "x", "kind": "MULTIPLIER", "multiplier": 3, "dimension": "CHANNEL", "value": "app"},
                               {"id": "e", "kind": "EVENT", "eventType": "login", "points": 5}],
                 "rewards": [{"id": "r", "cost": 10}],
                 "referral": {"friendPoints": 7},
                 "goals": [{"id": "g", "kind": "STREAK", "count": 3}]}
                """);

        assertThat(p.tiers().tier(0)).isEqualTo(new Tier("base", List.of(), false, TierBenefits.NONE));
        assertThat(p.tiers().tier(1).benefits()).isEqualTo(TierBenefits.NONE);
        assertThat(p.tiers().window()).isEqualTo(TierWindow.lifetime());
        assertThat(p.earnRule("b").rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(p.earnRule("x").rounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(p.earnRule("e").rounding()).isNull();
        assertThat(p.earnRule("e").cap()).isNull();
        assertThat(p.reward("r")).isEqualTo(new Reward("r", "r", RewardKind.PERK, 10, null, 0, null, null));
        assertThat(p.referral()).isEqualTo(new ReferralTerms(0, 7, ReferralTrigger.FIRST_PURCHASE, false, 0, List.of()));
        assertThat(p.goals().get(0).points()).isZero();
        assertThat(p.goals().get(0).grantTier()).isNull();
    }

    @Test
    void fromJson_wholeNumbersForDecimals_areAccepted() {
        LoyaltyProgram p = LoyaltyProgram.fromJson("""
                {"name": "p", "zone": "UTC", "currency": "EUR",
                 "tiers": {"tiers": [{"id": "m"}, {"id": "s", "requirements": [{"metric": "SPEND", "minimum": 250}],
                                      "benefits": {"earnMultiplier": 2}}]},
                 "earnRules": [{"id": "b", "kind": "BASE_RATE", "pointsPerUnit": 1e1}]}
                """);
        assertThat(p.tiers().tier(1).requirements().get(0).minimum()).isEqualByComparingTo("250");
        assertThat(p.tiers().tier(1).benefits().earnMultiplier()).isEqualByComparingTo("2");
        assertThat(p.earnRule("b").pointsPerUnit()).isEqualByComparingTo("10");
    }

    @Test
    void readJson_file_readsTheProgram(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("program.json");
        Files.writeString(file, SilverGold.json());
        assertThat(LoyaltyProgram.readJson(file)).isEqualTo(SilverGold.inCode());
    }
}
