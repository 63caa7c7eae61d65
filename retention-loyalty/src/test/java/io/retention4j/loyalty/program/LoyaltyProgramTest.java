package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The program as a value: builder defaults, immutability, look-ups and the printed form. */
class LoyaltyProgramTest {

    @Test
    void builder_nothingSet_isUtcEuroWithEveryDefault() {
        LoyaltyProgram p = LoyaltyProgram.builder("plain").build();
        assertThat(p.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(p.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(p).isEqualTo(new LoyaltyProgram("plain", ZoneId.of("UTC"), Currency.getInstance("EUR"), null, null,
                null, null, null, null, null, null, null, null));
    }

    @Test
    void builder_addingAfterBuild_doesNotChangeTheBuiltProgram() {
        LoyaltyProgram.Builder b = LoyaltyProgram.builder("p").earn(EarnRule.baseRate("base", "1"));
        LoyaltyProgram first = b.build();
        b.earn(EarnRule.event("review", "review", 50)).rewards(Reward.of("mug", RewardKind.PRODUCT, 100));
        assertThat(first.earnRules()).extracting(EarnRule::id).containsExactly("base");
        assertThat(first.rewards()).isEmpty();
        assertThat(b.build().earnRules()).extracting(EarnRule::id).containsExactly("base", "review");
    }

    @Test
    void constructor_listsGiven_areCopiedAndUnmodifiable() {
        List<Reward> rewards = new ArrayList<>(List.of(Reward.of("mug", RewardKind.PRODUCT, 100)));
        LoyaltyProgram p = new LoyaltyProgram("p", ZoneId.of("UTC"), Currency.getInstance("EUR"), null, null, null, null,
                rewards, null, null, null, null, null);
        rewards.clear();
        assertThat(p.rewards()).hasSize(1);
        assertThatThrownBy(() -> p.rewards().add(Reward.of("cap", RewardKind.PRODUCT, 5)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void earnRuleAndReward_knownIds_returnThem() {
        LoyaltyProgram p = SilverGold.inCode();
        assertThat(p.earnRule("review").points()).isEqualTo(50);
        assertThat(p.reward("tote-bag").cost()).isEqualTo(1200);
    }

    @Test
    void toString_example_printsEveryPartOnItsOwnLine() {
        assertThat(SilverGold.inCode().toString()).isEqualTo("""
                LoyaltyProgram Silver & Gold (Europe/Paris, EUR)
                  tiers: [member (base), silver [spend >= 500] x1.25, gold [spend >= 1500] x1.5, platinum (invitation only) x2], \
                window rolling 12 months, downgrade ONE_TIER_AT_A_TIME after P30D
                  earn: [base: 1 per unit, rounded DOWN, shoes-x2: x2 on category shoes, black-friday: x2 from 2026-11-27 to \
                2026-11-30, review: 50 per review, at most 100 per month, sign-up: 200 per sign_up]
                  expiry: end of year +1, pending P30D
                  rewards: [discount-5 (discount, 500 points), tote-bag (product, 1200 points, 1 per customer, stock 100), \
                gold-preview (perk, 300 points, tier gold+)]
                  spend order SOONEST_EXPIRING_FIRST, refunds CLAW_BACK_FROM_OTHER_LOTS
                  referral: 500 points to the referrer and 250 to the friend at the friend's first purchase, pending for the \
                program's pending period, at most 10 rewarded referrals per referrer, same person if they share email or device \
                or address
                  goals: [spend-300-this-month: spend 300 per month -> +150 points, twelve-month-streak: a purchase in each of \
                12 consecutive months -> tier gold, three-reviews: 3 x review per month -> +100 points]
                  campaigns: win-back 300 after 120 days dormant, birthday 100, anniversary 200, expiry reminder 30 days before""");
    }

    @Test
    void toString_defaults_leavesOutAbsentParts() {
        assertThat(LoyaltyProgram.builder("plain").build().toString()).isEqualTo("""
                LoyaltyProgram plain (UTC, EUR)
                  tiers: [member (base)], window lifetime, downgrade NEVER
                  earn: []
                  expiry: never
                  rewards: []
                  spend order SOONEST_EXPIRING_FIRST, refunds CLAW_BACK_FROM_OTHER_LOTS""");
        assertThat(CampaignRules.NONE).hasToString("none");
    }
}
