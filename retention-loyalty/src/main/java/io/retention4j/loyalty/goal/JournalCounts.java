package io.retention4j.loyalty.goal;

import io.retention4j.loyalty.internal.Account;
import io.retention4j.loyalty.internal.ProgramCalendar;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quantities goals count, read from a customer's journal. A journal is ordered by instant, so
 * the entries of a span are found by walking back from the end and cost the size of the span, not
 * the customer's whole history. Refunds are journalled after the purchase they refund, so walking a
 * span backwards meets a purchase's refunds before the purchase itself.
 */
final class JournalCounts {
    private JournalCounts() {
    }

    /** The journal entries with an instant in [from, until], in journal order (a view). */
    static List<LedgerEntry> span(Account account, Instant from, Instant until) {
        List<LedgerEntry> journal = account.journal();
        int end = journal.size();
        while (end > 0 && journal.get(end - 1).at().isAfter(until)) {
            end--;
        }
        int start = end;
        while (start > 0 && !journal.get(start - 1).at().isBefore(from)) {
            start--;
        }
        return journal.subList(start, end);
    }

    /**
     * Net spend of the purchases recorded in [from, until]: the sum of their amounts minus what of
     * them was refunded by {@code until}. Never negative (a refund cannot exceed its purchase); zero
     * when there is no purchase.
     */
    static BigDecimal netSpend(Account account, Instant from, Instant until) {
        List<LedgerEntry> span = span(account, from, until);
        Map<String, BigDecimal> refunded = new HashMap<>();
        BigDecimal spend = BigDecimal.ZERO;
        for (int i = span.size() - 1; i >= 0; i--) {
            LedgerEntry e = span.get(i);
            if (e.type() == EntryType.REFUND) {
                refunded.merge(e.source(), e.amount().negate(), BigDecimal::add);
            } else if (e.type() == EntryType.PURCHASE) {
                spend = spend.add(e.amount()).subtract(refunded.getOrDefault(e.key(), BigDecimal.ZERO));
            }
        }
        return spend;
    }

    /** The number of events of a type recorded in [from, until]; zero when none. */
    static long events(Account account, String eventType, Instant from, Instant until) {
        long count = 0;
        for (LedgerEntry e : span(account, from, until)) {
            if (e.type() == EntryType.EVENT && eventType.equals(e.rule())) {
                count++;
            }
        }
        return count;
    }

    /**
     * The calendar months (program zone) from {@code fromMonth} on that have a purchase of a positive
     * amount recorded by {@code until} and not fully refunded by then.
     *
     * @param fromMonth the first month of interest, or null for the whole journal
     */
    static Set<YearMonth> coveredMonths(Account account, ProgramCalendar calendar, YearMonth fromMonth, Instant until) {
        Instant from = fromMonth == null ? Instant.MIN : calendar.startOf(fromMonth.atDay(1));
        List<LedgerEntry> span = span(account, from, until);
        Set<String> fullyRefunded = new HashSet<>();
        Set<YearMonth> covered = new HashSet<>();
        for (int i = span.size() - 1; i >= 0; i--) {
            LedgerEntry e = span.get(i);
            if (e.type() == EntryType.REFUND && "full".equals(e.rule())) {
                fullyRefunded.add(e.source());
            } else if (e.type() == EntryType.PURCHASE && e.amount().signum() > 0 && !fullyRefunded.contains(e.key())) {
                covered.add(YearMonth.from(calendar.date(e.at())));
            }
        }
        return covered;
    }

    /** The number of consecutive covered months ending with {@code last} (0 when {@code last} is not covered). */
    static int runEndingAt(Set<YearMonth> covered, YearMonth last) {
        int run = 0;
        for (YearMonth m = last; covered.contains(m); m = m.minusMonths(1)) {
            run++;
        }
        return run;
    }

    /** The instant of the MARK entry recording {@code mark} by {@code until}, or null when there is none. */
    static Instant markedAt(Account account, String mark, Instant until) {
        if (!account.hasMark(mark)) {
            return null;
        }
        List<LedgerEntry> span = span(account, Instant.MIN, until);
        for (int i = span.size() - 1; i >= 0; i--) {
            LedgerEntry e = span.get(i);
            if (e.type() == EntryType.MARK && mark.equals(e.rule())) {
                return e.at();
            }
        }
        return null;
    }
}
