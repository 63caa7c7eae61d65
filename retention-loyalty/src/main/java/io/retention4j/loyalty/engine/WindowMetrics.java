package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.QualificationMetric;
import io.retention4j.loyalty.program.Requirement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a customer did in a time span [from, to): net spend, net orders, qualifying points (net of
 * reversals) and events per type, the quantities tier requirements and goals count.
 */
final class WindowMetrics {
    final BigDecimal spend;
    final long orders;
    final long qualifyingPoints;
    private final Map<String, Long> events;

    private WindowMetrics(BigDecimal spend, long orders, long qualifyingPoints, Map<String, Long> events) {
        this.spend = spend;
        this.orders = orders;
        this.qualifyingPoints = qualifyingPoints;
        this.events = events;
    }

    static WindowMetrics of(Account account, Instant from, Instant to, Predicate<String> qualifyingRule) {
        BigDecimal spend = BigDecimal.ZERO;
        long orders = 0;
        Map<String, Long> events = new HashMap<>();
        for (LedgerEntry e : account.journal()) {
            if (e.at().isBefore(from) || !e.at().isBefore(to)) {
                continue;
            }
            switch (e.type()) {
                case PURCHASE -> {
                    spend = spend.add(e.amount());
                    orders++;
                }
                case REFUND -> {
                    spend = spend.add(e.amount());
                    if ("full".equals(e.rule())) {
                        orders--;
                    }
                }
                case EVENT -> events.merge(e.rule(), 1L, Long::sum);
                default -> {
                }
            }
        }
        long points = 0;
        for (MutableLot lot : account.lots()) {
            if (!lot.earnedAt.isBefore(from) && lot.earnedAt.isBefore(to) && lot.rule != null
                    && qualifyingRule.test(lot.rule)) {
                points += lot.points - lot.reversed;
            }
        }
        return new WindowMetrics(spend, orders, points, events);
    }

    BigDecimal value(Requirement requirement) {
        QualificationMetric metric = requirement.metric();
        return switch (metric) {
            case SPEND -> spend;
            case ORDERS -> BigDecimal.valueOf(orders);
            case QUALIFYING_POINTS -> BigDecimal.valueOf(qualifyingPoints);
            case EVENTS -> BigDecimal.valueOf(events.getOrDefault(requirement.eventType(), 0L));
        };
    }

    long events(String type) {
        return events.getOrDefault(type, 0L);
    }

    boolean meets(Requirement requirement) {
        return value(requirement).compareTo(requirement.minimum()) >= 0;
    }

    @Override
    public String toString() {
        return "spend " + spend.toPlainString() + ", orders " + orders + ", qualifying points " + qualifyingPoints
                + (events.isEmpty() ? "" : ", events " + events);
    }
}
