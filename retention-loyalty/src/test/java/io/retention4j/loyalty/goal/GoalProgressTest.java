package io.retention4j.loyalty.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.GoalDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalProgressTest {
    private static final GoalDefinition SPRINT = GoalDefinition.spendTarget("sprint", CapPeriod.MONTH, "3000");
    private static final GoalDefinition STREAK = GoalDefinition.streak("loyal", 12);
    private static final Instant AS_OF = Instant.parse("2026-03-20T00:00:00Z");
    private static final Instant END_OF_MARCH = Instant.parse("2026-04-01T00:00:00Z");

    private static GoalProgress spend(String progress, Instant completedAt) {
        return new GoalProgress("c1", SPRINT, AS_OF, LocalDate.parse("2026-03-01"), END_OF_MARCH,
                new BigDecimal(progress), new BigDecimal("3000"), "EUR", false, completedAt);
    }

    @Test
    void remainingAndPercent_partWay() {
        GoalProgress p = spend("750", null);
        assertThat(p.remaining()).isEqualByComparingTo("2250"); // 3000 - 750
        assertThat(p.percent()).isEqualTo(25.0);                // 100 * 750 / 3000
        assertThat(p.completed()).isFalse();
        assertThat(p.toString()).isEqualTo("c1 sprint (SPEND_TARGET, period from 2026-03-01) as of 2026-03-20T00:00:00Z: "
                + "750 of 3000 EUR (25.0%), 2250 to go by 2026-04-01T00:00:00Z");
    }

    @Test
    void remainingAndPercent_beyondTarget_areZeroAndHundred() {
        GoalProgress p = spend("3500", AS_OF);
        assertThat(p.remaining()).isEqualByComparingTo("0");
        assertThat(p.percent()).isEqualTo(100.0);
        assertThat(p.completed()).isTrue();
    }

    @Test
    void remainingAndPercent_noProgress_areTargetAndZero() {
        GoalProgress p = spend("0", null);
        assertThat(p.remaining()).isEqualByComparingTo("3000");
        assertThat(p.percent()).isZero();
    }

    @Test
    void toString_streak_saysWhetherTheMonthIsCovered() {
        GoalProgress p = new GoalProgress("c1", STREAK, AS_OF, LocalDate.parse("2026-03-01"), END_OF_MARCH,
                BigDecimal.valueOf(3), BigDecimal.valueOf(12), "months", false, null);
        assertThat(p.toString()).isEqualTo("c1 loyal (STREAK, month of 2026-03-01) as of 2026-03-20T00:00:00Z: "
                + "3 of 12 months (25.0%), this month not covered yet, 9 to go by 2026-04-01T00:00:00Z");
    }

    @Test
    void constructor_deadlineNotAfterAsOf_isRejected() {
        assertThatThrownBy(() -> new GoalProgress("c1", SPRINT, AS_OF, LocalDate.parse("2026-03-01"), AS_OF,
                BigDecimal.ONE, BigDecimal.TEN, "EUR", false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sprint").hasMessageContaining("deadline");
    }

    @Test
    void constructor_monthCoveredOnASpendGoal_isRejected() {
        assertThatThrownBy(() -> new GoalProgress("c1", SPRINT, AS_OF, LocalDate.parse("2026-03-01"), END_OF_MARCH,
                BigDecimal.ONE, BigDecimal.TEN, "EUR", true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only for STREAK");
    }

    @Test
    void constructor_completedAfterAsOf_isRejected() {
        assertThatThrownBy(() -> spend("3000", END_OF_MARCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("completedAt");
    }
}
