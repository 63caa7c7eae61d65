package io.retention4j.core.segment;

import io.retention4j.core.log.EventLog;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.model.Customer;
import io.retention4j.core.model.Event;
import io.retention4j.core.model.EventType;
import io.retention4j.core.model.Feedback;
import io.retention4j.core.model.Transaction;
import io.retention4j.core.profile.CustomerProfiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-made customer base for rule segments and communities, as of 2026-03-01 (UTC):
 * <pre>
 *   1  signed up 2025-01-01 (tenure 424 days); tags "vip, newsletter"; industry retail; baby 0-6m
 *      bought 2026-01-10 80 music, 2026-02-20 100 books, 2026-02-25 450 books: 3 orders, 630 spent,
 *      4 days since; favourite books; 12 logins; feedback 10 (promoter)
 *   2  signed up 2025-09-01 (181 days); industry retail; baby 0-6m
 *      bought 2025-10-01 40: 1 order, 151 days since; feedback 3 (detractor)
 *   3  signed up 2026-02-01 (28 days); tags "newsletter"; industry health; baby 6-12m
 *      bought 2026-02-28 20 and 30: 2 orders, 50 spent, 1 day since; 2 logins
 *   4  signed up 2025-06-01 (273 days); baby 0-6m; never bought; feedback 8 (passive)
 *   5  no record; one visit on 2026-02-15 (tenure 14 days); never bought
 * </pre>
 */
final class FiveCustomers {
    static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");

    private FiveCustomers() {
    }

    private static Transaction buy(String id, String day, double amount, String category) {
        return new Transaction(id, Instant.parse(day + "T12:00:00Z"), BigDecimal.valueOf(amount), null, category,
                null, null);
    }

    static TransactionLog transactions() {
        return TransactionLog.of(List.of(
                buy("1", "2026-01-10", 80, "music"),
                buy("1", "2026-02-20", 100, "books"),
                buy("1", "2026-02-25", 450, "books"),
                buy("2", "2025-10-01", 40, null),
                buy("3", "2026-02-28", 20, null),
                buy("3", "2026-02-28", 30, null)));
    }

    static EventLog events() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(Event.of("1", Instant.parse("2026-02-01T08:00:00Z").plusSeconds(3600L * i), EventType.LOGIN));
        }
        events.add(Event.of("3", Instant.parse("2026-02-27T08:00:00Z"), EventType.LOGIN));
        events.add(Event.of("3", Instant.parse("2026-02-28T08:00:00Z"), EventType.LOGIN));
        events.add(Event.of("5", Instant.parse("2026-02-15T08:00:00Z"), EventType.VISIT));
        return EventLog.of(events);
    }

    static List<Customer> customers() {
        return List.of(
                new Customer("1", Instant.parse("2025-01-01T00:00:00Z"), null,
                        Map.of("tags", "vip, newsletter", "industry", "retail", "baby_age_band", "0-6m")),
                new Customer("2", Instant.parse("2025-09-01T00:00:00Z"), null,
                        Map.of("industry", "retail", "baby_age_band", "0-6m")),
                new Customer("3", Instant.parse("2026-02-01T00:00:00Z"), null,
                        Map.of("tags", "newsletter", "industry", "health", "baby_age_band", "6-12m")),
                new Customer("4", Instant.parse("2025-06-01T00:00:00Z"), null, Map.of("baby_age_band", "0-6m")));
    }

    static List<Feedback> feedback() {
        return List.of(
                Feedback.of("1", Instant.parse("2026-02-26T00:00:00Z"), 10),
                Feedback.of("2", Instant.parse("2025-12-01T00:00:00Z"), 3),
                Feedback.of("4", Instant.parse("2026-01-15T00:00:00Z"), 8));
    }

    static CustomerProfiles profiles(Instant asOf) {
        return CustomerProfiles.builder().transactions(transactions()).events(events()).customers(customers())
                .feedback(feedback()).asOf(asOf).build();
    }

    static CustomerProfiles profiles() {
        return profiles(AS_OF);
    }
}
