package io.retention4j.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.program.ReferralTerms;
import io.retention4j.loyalty.program.ReferralTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The referral part's pieces that need no engine: codes, identity normalisation, the summary and the terms. */
class ReferralRewardsTest {
    private static final ReferralTerms TERMS = new ReferralTerms(50, 20, ReferralTrigger.EVERY_PURCHASE, true, 3,
            List.of("email", "device"));
    private final ReferralRewards rewards = new ReferralRewards(LoyaltyProgram.builder("p").referral(TERMS).build());

    @Test
    void alsoTouches_codeNamesTheReferrer() {
        assertThat(rewards.alsoTouches("f1", Map.of("referralCode", "r1"))).containsExactly("r1");
        assertThat(ReferralRewards.referrerOf("r1")).isEqualTo("r1");
    }

    @Test
    void alsoTouches_noCodeOrOwnCode_touchesNobodyElse() {
        assertThat(rewards.alsoTouches("f1", Map.of("email", "a@b.c"))).isEmpty();
        assertThat(rewards.alsoTouches("f1", Map.of("referralCode", "f1"))).isEmpty();
        assertThat(rewards.alsoTouches("f1", Map.of())).isEmpty();
    }

    @Test
    void constructor_programWithoutReferralTerms_isRejected() {
        assertThatThrownBy(() -> new ReferralRewards(LoyaltyProgram.builder("plain").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'plain' without them");
    }

    @Test
    void normalise_trimsCollapsesLowerCasesAndDropsEmailTags() {
        assertThat(ReferralRewards.normalise("email", "  Ann+Promo@Example.COM ")).isEqualTo("ann@example.com");
        assertThat(ReferralRewards.normalise("Email", "+ann@example.com")).isEqualTo("+ann@example.com");
        assertThat(ReferralRewards.normalise("email", "no-at-sign+x")).isEqualTo("no-at-sign+x");
        assertThat(ReferralRewards.normalise("address", " 1  Main\tStreet ")).isEqualTo("1 main street");
        assertThat(ReferralRewards.normalise("device", "A+B")).isEqualTo("a+b"); // tags are an email notion only
    }

    @Test
    void identityMark_isAHashOfTheNormalisedValue() {
        String mark = ReferralRewards.identityMark("email", "ann@example.com");
        assertThat(mark).startsWith("referral:identity:email:").hasSize("referral:identity:email:".length() + 16)
                .doesNotContain("ann");
        assertThat(ReferralRewards.identityMark("email", " ANN+x@example.com")).isEqualTo(mark);
        assertThat(ReferralRewards.identityMark("device", "ann@example.com")).doesNotEndWith(mark.substring(mark.length() - 16));
    }

    @Test
    void summary_toStringListsRewardsPointsAndSkips() {
        ReferralSummary summary = new ReferralSummary("r1", 3, List.of("f1", "f2"), 4, 150, 50, 50,
                List.of(new SkippedReferral("f3", Instant.parse("2026-03-10T12:00:00Z"), "o7", "cap reached")));
        assertThat(summary.rewarded()).isEqualTo(2);
        assertThat(summary.capReached()).isFalse();
        assertThat(summary).hasToString("referrals of r1: 2 rewarded of at most 3 [f1, f2], 4 rewards, 150 points earned"
                + " (50 pending), 50 cancelled, 1 skipped\n  skipped f3 at 2026-03-10T12:00:00Z (o7): cap reached");
    }

    @Test
    void summary_inconsistentNumbers_areRejected() {
        assertThatThrownBy(() -> new ReferralSummary("r1", 0, List.of("f1", "f2"), 1, 0, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least the 2 rewarded friends, got 1");
        assertThatThrownBy(() -> new ReferralSummary("r1", 0, List.of(), 0, 10, 20, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointsPending (20)");
    }

    @Test
    void terms_toStringStatesThePolicy() {
        assertThat(TERMS).hasToString("50 points to the referrer and 20 to the friend at every purchase of the friend,"
                + " pending for the program's pending period, at most 3 rewarded referrals per referrer,"
                + " same person if they share email or device");
    }
}
