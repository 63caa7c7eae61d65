package io.retention4j.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.time.TimeScale;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time to churn from a transaction log, against hand-followed purchase histories. */
class ChurnDurationsTest {
    static final Instant DAY0 = Instant.parse("2024-01-01T00:00:00Z");
    static final ChurnDefinition THIRTY_DAYS = ChurnDefinition.noPurchaseFor(Duration.ofDays(30), day(100),
            TimeScale.DAYS);

    static Instant day(double d) {
        return DAY0.plusMillis((long) (d * 86_400_000L));
    }

    /**
     * c1: days 0, 10, 35, 70: gap 35..70 exceeds 30 -> churned at 65 (duration 65).
     * c2: days 20, 45 -> churned at 75 (duration 55).
     * c3: days 80, 90 -> 120 is after the end: censored at 100 (duration 20).
     * c4: days 40, 70 (a gap of exactly 30 keeps the customer) -> churned at 100 = the end (duration 60).
     * c5: only a refund -> no purchase, listed.
     * c6: refund day 5, purchase day 50, refund day 85 (not activity) -> churned at 80 (duration 30).
     */
    static TransactionLog sampleLog() {
        return TransactionLog.builder()
                .add("c1", day(0), 10).add("c1", day(10), 10).add("c1", day(35), 10).add("c1", day(70), 10)
                .add("c2", day(20), 5).add("c2", day(45), 5)
                .add("c3", day(80), 7).add("c3", day(90), 7)
                .add("c4", day(40), 1).add("c4", day(70), 1)
                .add("c5", day(30), -3)
                .add("c6", day(5), -2).add("c6", day(50), 9).add("c6", day(85), -9)
                .build();
    }

    @Test
    void fromFirstPurchase_handFollowedHistories_giveDurationsAndChurnFlags() {
        ChurnDurations churn = ChurnDurations.fromFirstPurchase(sampleLog(), THIRTY_DAYS);
        assertThat(churn.size()).isEqualTo(5);
        assertRow(churn, "c1", 65, true);
        assertRow(churn, "c2", 55, true);
        assertRow(churn, "c3", 20, false);
        assertRow(churn, "c4", 60, true);
        assertRow(churn, "c6", 30, true);
        assertThat(churn.customersWithoutPurchase()).containsExactly("c5");
        assertThat(churn.churnedCount()).isEqualTo(4);
        int c3 = indexOf(churn, "c3");
        assertThat(churn.origin(c3)).isEqualTo(day(80));
        assertThat(churn.exit(c3)).isEqualTo(day(100));
        assertThat(churn.exit(indexOf(churn, "c1"))).isEqualTo(day(65));
        assertThat(churn.toString()).contains("5 customers, 4 churned, 1 censored").contains("1 without purchase");
    }

    @Test
    void fromFirstPurchase_toKaplanMeier_usesDaysAndHandCountedCurve() {
        SurvivalTable km = KaplanMeier.fit(ChurnDurations.fromFirstPurchase(sampleLog(), THIRTY_DAYS));
        // durations 20+ 30 55 60 65: S = 1 - 1/4 at 30, x 2/3 at 55, x 1/2 at 60, x 0 at 65
        assertThat(km.times()).containsExactly(20, 30, 55, 60, 65);
        assertThat(km.survivals()).containsExactly(1, 0.75, 0.5, 0.25, 0);
        assertThat(km.unit()).contains(TimeScale.DAYS);
        assertThat(km.toString()).contains("time in days");
    }

    @Test
    void fromSignup_customersWithoutPurchases_churnGapAfterSignupOrAreCensored() {
        TransactionLog log = TransactionLog.builder().add("a", day(10), 5).add("a", day(30), 5).build();
        List<Customer> customers = List.of(Customer.of("a", day(5)), Customer.of("never", day(0)),
                Customer.of("late", day(90)));
        ChurnDurations churn = ChurnDurations.fromSignup(log, customers, THIRTY_DAYS);
        // a: signup 5, purchases 10, 30 -> churn at 60, duration 55; never: churn at 30; late: censored, 10
        assertRow(churn, "a", 55, true);
        assertRow(churn, "never", 30, true);
        assertRow(churn, "late", 10, false);
        assertThat(churn.customerId(0)).isEqualTo("a");
        assertThat(churn.customersWithoutPurchase()).isEmpty();
    }

    @Test
    void fromSignup_gapBetweenSignupAndFirstPurchase_countsAsChurn() {
        // sign-up day 0, first purchase day 40: 30 days passed without a purchase -> churned at 30
        TransactionLog log = TransactionLog.builder().add("a", day(40), 5).build();
        ChurnDurations churn = ChurnDurations.fromSignup(log, List.of(Customer.of("a", day(0))), THIRTY_DAYS);
        assertRow(churn, "a", 30, true);
    }

    @Test
    void badInput_throwsNamingCustomerAndTime() {
        TransactionLog late = TransactionLog.builder().add("x", day(10), 5).add("x", day(101), 5).build();
        assertThatThrownBy(() -> ChurnDurations.fromFirstPurchase(late, THIRTY_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'")
                .hasMessageContaining("after the observation end");
        TransactionLog refundsOnly = TransactionLog.builder().add("x", day(10), -5).build();
        assertThatThrownBy(() -> ChurnDurations.fromFirstPurchase(refundsOnly, THIRTY_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customer has a purchase");
        TransactionLog early = TransactionLog.builder().add("x", day(3), 5).build();
        assertThatThrownBy(() -> ChurnDurations.fromSignup(early, List.of(Customer.of("x", day(4))), THIRTY_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'")
                .hasMessageContaining("before the sign-up");
        assertThatThrownBy(() -> ChurnDurations.fromSignup(early, List.of(Customer.of("y", day(0))), THIRTY_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'")
                .hasMessageContaining("not among the given customers");
        assertThatThrownBy(() -> ChurnDurations.fromSignup(early, List.of(Customer.of("x", day(0)),
                Customer.of("x", day(1))), THIRTY_DAYS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ChurnDurations.fromSignup(early, List.of(Customer.of("x", day(0)),
                Customer.of("z", day(120))), THIRTY_DAYS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'z'").hasMessageContaining("after the observation end");
        assertThatThrownBy(() -> ChurnDefinition.noPurchaseFor(Duration.ZERO, day(1), TimeScale.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap");
        assertThatThrownBy(() -> ChurnDefinition.noPurchaseFor(Duration.ofDays(1), day(1), TimeScale.CALENDAR_MONTHS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixed length");
    }

    static int indexOf(ChurnDurations churn, String id) {
        for (int i = 0; i < churn.size(); i++) {
            if (churn.customerId(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static void assertRow(ChurnDurations churn, String id, double days, boolean churned) {
        int i = indexOf(churn, id);
        assertThat(churn.duration(i)).as("duration of %s", id).isEqualTo(days);
        assertThat(churn.churned(i)).as("churned %s", id).isEqualTo(churned);
    }
}
