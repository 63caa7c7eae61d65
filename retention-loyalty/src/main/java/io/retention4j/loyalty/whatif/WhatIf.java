package io.retention4j.loyalty.whatif;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import io.retention4j.loyalty.engine.PurchaseLine;
import io.retention4j.loyalty.engine.Redemption;
import io.retention4j.loyalty.internal.Require;
import io.retention4j.loyalty.ledger.EntryType;
import io.retention4j.loyalty.ledger.LedgerEntry;
import io.retention4j.loyalty.ledger.LedgerStore;
import io.retention4j.loyalty.program.LoyaltyProgram;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs a candidate program over a historical transaction log in a private engine and in-memory
 * store (nothing live is touched) and reports points issued, redeemed and expired, the outstanding
 * liability, breakage and the tier mix month by month.
 *
 * <p>Given a durable store ({@link Builder#store}), a run continues where an earlier run on that
 * store stopped: every purchase and redemption has a fixed key, so those already in the store replay
 * and write nothing ({@link WhatIfReport#alreadyApplied()} counts them), and a run over a complete
 * store writes nothing at all. The totals, the final tiers and the engine's answers then describe the
 * whole run; the monthly rows start with the first month this run wrote to (the store cannot say how
 * the tier mix stood in a month it replays). A redemption decision is taken right after a new
 * purchase only: a run stopped between a purchase and its redemption does not redeem on resume.
 *
 * <p>The run replays the log's rows in time order (ties in log order) as purchases of customers
 * enrolled at their first purchase, with keys {@code row-<index>}, the row's category as the line
 * category and its channel; amounts are rounded to cents (half-even). At the first instant of every
 * month (program zone) it advances the engine and takes a snapshot; at the end it advances to
 * {@code until}. Customers redeem nothing unless {@link Builder#redeemEvery} says they do. Rows with
 * negative amounts (refunds) are counted and skipped, because a log does not say which order they
 * refund.
 */
public final class WhatIf {
    private final LoyaltyProgram program;
    private final long redeemEvery;
    private final BigDecimal pointValue;
    private final Instant until;
    private final LedgerStore store;

    private WhatIf(Builder builder) {
        this.program = builder.program;
        this.redeemEvery = builder.redeemEvery;
        this.pointValue = builder.pointValue;
        this.until = builder.until;
        this.store = builder.store;
    }

    /**
     * Starts a what-if for a program.
     *
     * @param program the candidate program
     * @return a builder
     */
    public static Builder of(LoyaltyProgram program) {
        return new Builder(program);
    }

    /**
     * Replays a log.
     *
     * @param log the history
     * @return the report
     * @throws IllegalArgumentException when the log is empty
     */
    public WhatIfReport run(TransactionLog log) {
        return replay(log).report();
    }

    /**
     * Replays a log and keeps the engine it ran in.
     *
     * @param log the history
     * @return the report and the engine
     * @throws IllegalArgumentException when the log is empty
     */
    public WhatIfRun replay(TransactionLog log) {
        Require.notNull("log", log);
        if (log.size() == 0) {
            throw new IllegalArgumentException("the log is empty: nothing to replay");
        }
        int[] order = timeOrder(log);
        SimulationClock clock = new SimulationClock();
        LoyaltyEngine engine = LoyaltyEngine.builder(program).store(store != null ? store : LedgerStore.inMemory())
                .clock(clock).enrolOnFirstPurchase().build();
        Instant first = log.instant(order[0]);
        Instant end = until != null ? until : log.instant(order[order.length - 1]);
        List<TierMixRow> monthly = new ArrayList<>();
        LocalDate month = LocalDate.ofInstant(first, program.zone()).withDayOfMonth(1).plusMonths(1);
        Instant nextSnapshot = month.atStartOfDay(program.zone()).toInstant();
        long purchases = 0;
        long skipped = 0;
        long alreadyApplied = 0;
        for (int row : order) {
            Instant at = log.instant(row);
            if (at.isAfter(end)) {
                break;
            }
            while (!at.isBefore(nextSnapshot)) {
                TierMixRow snapshot = snapshot(engine, clock, month, nextSnapshot);
                if (alreadyApplied < purchases) {
                    monthly.add(snapshot); // this run has written: the engine shows the month as it stood
                }
                month = month.plusMonths(1);
                nextSnapshot = month.atStartOfDay(program.zone()).toInstant();
            }
            if (log.amount(row) < 0) {
                skipped++;
                continue;
            }
            clock.set(at);
            String customer = log.customerId(log.customerOf(row));
            BigDecimal amount = BigDecimal.valueOf(log.amount(row)).setScale(2, RoundingMode.HALF_EVEN);
            String category = log.category(row);
            List<PurchaseLine> lines = category == null ? null : List.of(new PurchaseLine(null, category, amount));
            boolean replayed = engine.purchase(new Purchase("row-" + row, customer, amount, null, log.channel(row), lines))
                    .replayed();
            purchases++;
            if (replayed) {
                alreadyApplied++;
            } else if (redeemEvery > 0) {
                long available = engine.balance(customer, at).available();
                if (available >= redeemEvery) {
                    long points = available / redeemEvery * redeemEvery;
                    engine.redeem(Redemption.points("redeem-row-" + row, customer, points));
                }
            }
        }
        while (!end.isBefore(nextSnapshot)) {
            TierMixRow snapshot = snapshot(engine, clock, month, nextSnapshot);
            if (alreadyApplied < purchases) {
                monthly.add(snapshot);
            }
            month = month.plusMonths(1);
            nextSnapshot = month.atStartOfDay(program.zone()).toInstant();
        }
        clock.set(end);
        engine.advanceTo(end);
        return new WhatIfRun(report(engine, first, end, purchases, skipped, alreadyApplied, monthly), engine);
    }

    private static TierMixRow snapshot(LoyaltyEngine engine, SimulationClock clock, LocalDate month, Instant at) {
        clock.set(at);
        engine.advanceTo(at);
        return new TierMixRow(month, engine.tierMix(), engine.liability().outstanding());
    }

    private WhatIfReport report(LoyaltyEngine engine, Instant first, Instant end, long purchases, long skipped,
                                long alreadyApplied, List<TierMixRow> monthly) {
        long[] totals = new long[4];
        long customers = 0;
        for (String customer : customerIds(engine)) {
            customers++;
            for (LedgerEntry e : engine.entries(customer)) {
                if (e.type() == EntryType.EARN || e.type() == EntryType.PENDING) {
                    totals[0] += e.points();
                } else if (e.type() == EntryType.REDEEM) {
                    totals[1] -= e.points();
                } else if (e.type() == EntryType.EXPIRE) {
                    totals[2] -= e.points();
                } else if (e.type() == EntryType.REVERSE) {
                    totals[3] -= e.points();
                }
            }
        }
        Map<String, Long> tiers = engine.tierMix();
        return new WhatIfReport(program.name(), first, end, customers, purchases, skipped, alreadyApplied, totals[0],
                totals[1], totals[2],
                totals[3], engine.liability().outstanding(), pointValue, tiers, monthly);
    }

    private static List<String> customerIds(LoyaltyEngine engine) {
        List<String> ids = new ArrayList<>();
        engine.forEachCustomer(ids::add);
        return ids;
    }

    /** Row indexes sorted by time, ties in row order (a stable sort of (time, row) pairs). */
    private static int[] timeOrder(TransactionLog log) {
        int n = log.size();
        long[][] keyed = new long[n][];
        for (int row = 0; row < n; row++) {
            keyed[row] = new long[] {log.epochMillis(row), row};
        }
        Arrays.sort(keyed, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i][1];
        }
        return order;
    }

    @Override
    public String toString() {
        return "WhatIf(" + program.name() + (redeemEvery > 0 ? ", redeem every " + redeemEvery + " points" : "")
                + ", point value " + pointValue.toPlainString() + ")";
    }

    /** Builds a {@link WhatIf}. */
    public static final class Builder {
        private final LoyaltyProgram program;
        private long redeemEvery;
        private BigDecimal pointValue = new BigDecimal("0.01");
        private Instant until;
        private LedgerStore store;

        private Builder(LoyaltyProgram program) {
            this.program = Require.notNull("program", program);
        }

        /**
         * Customers redeem in blocks: after each purchase, a customer with at least {@code points}
         * available redeems the largest multiple of {@code points} they can.
         *
         * @param points the block size, positive
         * @return this builder
         */
        public Builder redeemEvery(long points) {
            this.redeemEvery = Require.positive("redeemEvery", points);
            return this;
        }

        /**
         * The money value of one point, for the liability.
         *
         * @param value non-negative, in the program's currency (default 0.01)
         * @return this builder
         */
        public Builder pointValue(String value) {
            this.pointValue = Require.nonNegative("pointValue", new BigDecimal(value));
            return this;
        }

        /**
         * Ends the run at an instant instead of the log's last purchase (later rows are ignored;
         * a later instant lets expiries after the last purchase happen).
         *
         * @param end the end
         * @return this builder
         */
        public Builder until(Instant end) {
            this.until = Require.notNull("until", end);
            return this;
        }

        /**
         * The store the run writes to, instead of a private in-memory one: a durable store keeps the
         * run, and a later run on the same store continues it (see the class comment). Hand it a
         * {@code JdbcLedgerStore.bulkLoad(...)} view to replay fast.
         *
         * @param ledgerStore the store; the run's keys are {@code row-<index>} and {@code redeem-row-<index>}
         * @return this builder
         */
        public Builder store(LedgerStore ledgerStore) {
            this.store = Require.notNull("store", ledgerStore);
            return this;
        }

        /**
         * Builds the what-if.
         *
         * @return the what-if
         */
        public WhatIf build() {
            return new WhatIf(this);
        }
    }
}
