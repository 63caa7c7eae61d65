package io.retention4j.loyalty.engine;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.JournalColumns;
import io.retention4j.loyalty.internal.MutableLot;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.program.QualificationMetric;
import io.retention4j.loyalty.program.Requirement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a customer did in a time span [from, to), the quantities tier requirements count: spend and
 * orders of the purchases in the span, net of their refunds recorded before {@code to} (a refund
 * counts with the purchase it refunds, not on its own date; a full refund takes the order back out);
 * qualifying points earned in the span, net of the share refunds of their purchase took back; and
 * events per type.
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
        return of(account, from, to, qualifyingRule, true, true);
    }

    /**
     * The metrics of [from, to); {@code activity} false skips spend, orders and events (left 0),
     * {@code points} false skips qualifying points, for callers whose requirements do not use them.
     */
    static WindowMetrics of(Account account, Instant from, Instant to, Predicate<String> qualifyingRule,
                            boolean activity, boolean points) {
        SpendSum spend = new SpendSum();
        long orders = 0;
        Map<String, Long> events = null;
        Map<String, BigDecimal> refunds = null;
        java.util.Set<String> fullyRefunded = null;
        List<LedgerEntry> journal = account.journal();
        JournalColumns columns = account.columns();
        // journals and lots are in time order: walk back from the newest and stop before the window;
        // the columns answer time and type, so only the entries that count are read
        for (int i = activity ? columns.size() - 1 : -1; i >= 0; i--) {
            if (columns.isBefore(i, from)) {
                break; // refunds seen so far belong to purchases before the window: they do not count
            }
            if (!columns.isBefore(i, to)) {
                continue;
            }
            switch (columns.type(i)) {
                case PURCHASE -> {
                    // a purchase in the window counts net of its refunds up to `to`, whenever they came
                    int scale = columns.amountScale(i);
                    if (scale == JournalColumns.NO_COMPACT_AMOUNT) {
                        spend.add(journal.get(i).amount());
                    } else {
                        spend.add(columns.amountUnscaled(i), scale);
                    }
                    orders++;
                    if (refunds != null) {
                        LedgerEntry e = journal.get(i);
                        if (refunds.containsKey(e.key())) {
                            spend.add(refunds.get(e.key()));
                            if (fullyRefunded.contains(e.key())) {
                                orders--;
                            }
                        }
                    }
                }
                case REFUND -> {
                    if (refunds == null) {
                        refunds = new HashMap<>();
                        fullyRefunded = new java.util.HashSet<>();
                    }
                    LedgerEntry e = journal.get(i);
                    refunds.merge(e.source(), e.amount(), BigDecimal::add);
                    if ("full".equals(e.rule())) {
                        fullyRefunded.add(e.source());
                    }
                }
                case EVENT -> {
                    events = events == null ? new HashMap<>() : events;
                    events.merge(journal.get(i).rule(), 1L, Long::sum);
                }
                default -> {
                }
            }
        }
        long qualifying = 0;
        List<MutableLot> lots = account.lots();
        for (int i = points ? lots.size() - 1 : -1; i >= 0; i--) {
            MutableLot lot = lots.get(i);
            if (lot.earnedAt.isBefore(from)) {
                break;
            }
            if (lot.earnedAt.isBefore(to) && lot.rule != null && qualifyingRule.test(lot.rule)) {
                // net of what refunds of its own purchase took back; claw-backs and debt payments drawn
                // from the lot do not unearn it
                qualifying += lot.points - account.refundedShare(lot);
            }
        }
        return new WindowMetrics(spend.value(), orders, qualifying, events == null ? Map.of() : events);
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
