package io.retention4j.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import io.retention4j.core.model.Feedback;
import io.retention4j.core.model.NpsClass;
import io.retention4j.core.model.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Profiles of a small hand-made customer base; every expected value is counted by hand below. */
class CustomerProfilesTest {
    private static final Instant AS_OF = Instant.parse("2026-02-01T00:00:00Z");

    private static Transaction buy(String id, String at, double amount, String category, String channel) {
        return new Transaction(id, Instant.parse(at), BigDecimal.valueOf(amount), null, category, channel, null);
    }

    private final TransactionLog transactions = TransactionLog.of(List.of(
            buy("c1", "2026-01-01T10:00:00Z", 50, "books", "web"),
            buy("c1", "2026-01-01T18:00:00Z", 30, "books", "app"),
            buy("c1", "2026-01-05T09:00:00Z", 20, "music", "web"),
            buy("c1", "2026-01-15T12:00:00Z", 100, "books", "web"),
            buy("c1", "2026-01-16T12:00:00Z", 10, "music", "app"),
            buy("c1", "2026-01-17T12:00:00Z", -30, null, null),          // refund
            buy("c1", "2026-03-01T12:00:00Z", 999, "games", "web"),     // after as-of: ignored
            buy("c2", "2026-01-20T08:00:00Z", 15, null, null)));

    private final EventLog events = EventLog.of(List.of(
            Event.of("c1", Instant.parse("2026-01-02T10:00:00Z"), EventType.LOGIN),
            Event.of("c1", Instant.parse("2026-01-03T10:00:00Z"), EventType.LOGIN),
            Event.of("c1", Instant.parse("2026-01-20T10:00:00Z"), EventType.LOGIN),
            Event.of("c1", Instant.parse("2026-01-04T10:00:00Z"), EventType.VISIT),
            Event.supportTicket("c1", Instant.parse("2026-01-05T10:00:00Z"), true, "T1"),
            Event.supportTicket("c1", Instant.parse("2026-01-06T10:00:00Z"), true, "T2"),
            Event.supportTicket("c1", Instant.parse("2026-01-07T10:00:00Z"), false, "T1"),
            Event.supportTicket("c1", Instant.parse("2026-02-07T10:00:00Z"), false, "T2"), // after as-of
            Event.of("e1", Instant.parse("2025-12-20T10:00:00Z"), EventType.VISIT)));

    private final List<Feedback> feedback = List.of(
            Feedback.of("c1", Instant.parse("2026-01-10T00:00:00Z"), 6),
            Feedback.of("c1", Instant.parse("2026-01-20T00:00:00Z"), 9),
            Feedback.of("c1", Instant.parse("2026-02-20T00:00:00Z"), 0),   // after as-of
            Feedback.of("f1", Instant.parse("2026-01-25T00:00:00Z"), 3));

    private final List<Customer> customers = List.of(
            new Customer("c1", Instant.parse("2025-12-01T00:00:00Z"), LocalDate.of(1990, 5, 17),
                    Map.of("country", "DE", "plan", "gold")),
            Customer.of("late", Instant.parse("2026-03-01T00:00:00Z")));

    private CustomerProfiles profiles() {
        return CustomerProfiles.builder().transactions(transactions).events(events).feedback(feedback)
                .customers(customers).asOf(AS_OF).build();
    }

    @Test
    void build_purchases_countsOrdersDaysSpendAndRefunds() {
        CustomerProfile c1 = profiles().get("c1");
        // purchases up to as-of: 50 + 30 (Jan 1), 20 (Jan 5), 100 (Jan 15), 10 (Jan 16)
        assertThat(c1.orders()).isEqualTo(5);
        assertThat(c1.purchaseDays()).isEqualTo(4);
        assertThat(c1.repeatPeriods()).isEqualTo(3);
        assertThat(c1.totalSpend()).isEqualTo(210.0);
        assertThat(c1.averageOrderValue()).hasValue(42.0);
        assertThat(c1.refunds()).isEqualTo(1);
        assertThat(c1.refundedAmount()).isEqualTo(30.0);
        assertThat(c1.netSpend()).isEqualTo(180.0);
        assertThat(c1.firstPurchase()).hasValue(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(c1.lastPurchase()).hasValue(Instant.parse("2026-01-16T12:00:00Z"));
    }

    @Test
    void build_purchaseRhythm_gapsBetweenPurchaseDays() {
        CustomerProfile c1 = profiles().get("c1");
        // purchase days Jan 1, 5, 15, 16: gaps 4, 10, 1 -> mean 15 / 3 = 5, median 4
        assertThat(c1.meanInterPurchaseGapDays()).hasValue(5.0);
        assertThat(c1.medianInterPurchaseGapDays()).hasValue(4.0);
        // Jan 16 -> Feb 1
        assertThat(c1.daysSinceLastPurchase()).hasValue(16);
        CustomerProfile c2 = profiles().get("c2");
        assertThat(c2.meanInterPurchaseGapDays()).isEmpty();
        assertThat(c2.medianInterPurchaseGapDays()).isEmpty();
        assertThat(c2.daysSinceLastPurchase()).hasValue(12);
    }

    @Test
    void build_favourites_rankByPurchasesThenName() {
        CustomerProfile c1 = profiles().get("c1");
        // books 3, music 2 (games is after as-of); web 3, app 2
        assertThat(c1.topCategories()).containsExactly("books", "music");
        assertThat(c1.topChannels()).containsExactly("web", "app");
        assertThat(profiles().get("c2").topCategories()).isEmpty();
    }

    @Test
    void build_events_countsByTypeLastEventAndOpenTickets() {
        CustomerProfile c1 = profiles().get("c1");
        assertThat(c1.eventCount(EventType.LOGIN)).isEqualTo(3);
        assertThat(c1.eventCount(EventType.VISIT)).isEqualTo(1);
        assertThat(c1.eventCount(EventType.FEATURE_USE)).isZero();
        assertThat(c1.lastEvent(EventType.LOGIN)).hasValue(Instant.parse("2026-01-20T10:00:00Z"));
        // T1 opened and closed, T2 opened (its closing is after as-of)
        assertThat(c1.openSupportTickets()).isEqualTo(1);
        assertThat(c1.eventCounts()).containsEntry("support_ticket_opened", 2L)
                .containsEntry("support_ticket_closed", 1L);
    }

    @Test
    void build_feedback_lastScoreAverageAndNpsClass() {
        CustomerProfile c1 = profiles().get("c1");
        assertThat(c1.feedbackCount()).isEqualTo(2);
        assertThat(c1.lastScore()).hasValue(9);
        assertThat(c1.averageScore()).hasValue(7.5);
        assertThat(c1.npsClass()).hasValue(NpsClass.PROMOTER);
        CustomerProfile f1 = profiles().get("f1");
        assertThat(f1.npsClass()).hasValue(NpsClass.DETRACTOR);
        assertThat(f1.hasPurchased()).isFalse();
        assertThat(profiles().get("c2").averageScore()).isEmpty();
    }

    @Test
    void build_customerRecord_givesAttributesBirthdayAndTenureFromSignup() {
        CustomerProfile c1 = profiles().get("c1");
        assertThat(c1.attributes()).containsEntry("country", "DE").containsEntry("plan", "gold");
        assertThat(c1.birthday()).hasValue(LocalDate.of(1990, 5, 17));
        // 2025-12-01 -> 2026-02-01: 31 + 31 days
        assertThat(c1.tenureDays()).hasValue(62);
        // no record: tenure from the first day seen (visit on 2025-12-20 -> 43 days)
        assertThat(profiles().get("e1").tenureDays()).hasValue(43);
        // signed up after as-of: nothing known yet
        assertThat(profiles().get("late").tenureDays()).isEmpty();
        assertThat(profiles().get("late").signup()).hasValue(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void build_universe_transactionCustomersFirstThenOthersInOrderSeen() {
        CustomerProfiles all = profiles();
        assertThat(all.size()).isEqualTo(5);
        assertThat(all.stream().map(CustomerProfile::customerId))
                .containsExactly("c1", "c2", "e1", "f1", "late");
        assertThat(all.find("nobody")).isEmpty();
        assertThatThrownBy(() -> all.get("nobody")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nobody");
    }

    @Test
    void build_zone_definesCalendarDays() {
        // 23:30 UTC on Jan 31 is already Feb 1 in Tokyo, the as-of day there
        TransactionLog log = TransactionLog.of(List.of(
                Transaction.of("t", Instant.parse("2026-01-30T12:00:00Z"), 5),
                Transaction.of("t", Instant.parse("2026-01-31T23:30:00Z"), 5)));
        CustomerProfile utc = CustomerProfiles.builder().transactions(log).asOf(Instant.parse("2026-02-01T05:00:00Z"))
                .build().get("t");
        CustomerProfile tokyo = CustomerProfiles.builder().transactions(log).asOf(Instant.parse("2026-02-01T05:00:00Z"))
                .zone(ZoneId.of("Asia/Tokyo")).build().get("t");
        assertThat(utc.daysSinceLastPurchase()).hasValue(1);
        assertThat(tokyo.daysSinceLastPurchase()).hasValue(0);
        // UTC days Jan 30, Jan 31 -> gap 1; Tokyo days Jan 30, Feb 1 -> gap 2
        assertThat(utc.meanInterPurchaseGapDays()).hasValue(1.0);
        assertThat(tokyo.meanInterPurchaseGapDays()).hasValue(2.0);
    }

    @Test
    void columnReads_agreeWithTheMaterializedProfiles() {
        CustomerProfiles all = profiles();
        for (int i = 0; i < all.size(); i++) {
            CustomerProfile p = all.get(i);
            assertThat(all.orders(i)).as(p.customerId()).isEqualTo(p.orders());
            assertThat(all.totalSpend(i)).as(p.customerId()).isEqualTo(p.totalSpend());
            assertThat(all.daysSinceLastPurchase(i)).as(p.customerId())
                    .isEqualTo(p.daysSinceLastPurchase().orElse(-1));
        }
        // c1 (16 days) and c2 (12 days) purchased; e1, f1, late never did
        assertThat(all.daysSinceLastPurchase(0)).isEqualTo(16);
        assertThat(all.daysSinceLastPurchase(2)).isEqualTo(-1);
        assertThatThrownBy(() -> all.orders(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void build_duplicateCustomerRecords_rejectedNamingTheId() {
        CustomerProfiles.Builder b = CustomerProfiles.builder().asOf(AS_OF).customers(List.of(
                Customer.of("dup", AS_OF), Customer.of("dup", AS_OF)));
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dup'");
    }

    @Test
    void build_withoutAsOf_fails() {
        assertThatThrownBy(() -> CustomerProfiles.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void toString_readable() {
        assertThat(profiles().get("c1").toString())
                .contains("c1").contains("5 orders on 4 days").contains("open support tickets: 1")
                .contains("PROMOTER");
        assertThat(profiles().toString()).contains("5 customers").contains("2 purchased");
    }
}
