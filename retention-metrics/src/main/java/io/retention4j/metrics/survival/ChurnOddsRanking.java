package io.retention4j.metrics.survival;

import io.retention4j.core.log.EventLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Churn odds after each event type of an event log, ranked: which behaviours go with churn.
 *
 * <p>Population: the customers of a {@link ChurnDurations} (churned = event, not churned = censored).
 * A customer "did X" when the event log has at least one event of type X for them at or before their
 * exit (the churn time, or the observation end when not churned), so behaviour after churning does
 * not count. Customers of the event log that are not in the population are not counted (their number
 * is {@link #eventCustomersOutsidePopulation()}). One {@link ChurnOdds} per event type of the log;
 * {@link #ranked()} holds the sufficient ones (every cell at least the minimum count), highest odds
 * ratio first.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChurnOddsRanking {
    private final List<ChurnOdds> all;
    private final int population;
    private final int eventCustomersOutsidePopulation;
    private final OddsOptions options;

    private ChurnOddsRanking(List<ChurnOdds> all, int population, int eventCustomersOutsidePopulation,
                             OddsOptions options) {
        this.all = List.copyOf(all);
        this.population = population;
        this.eventCustomersOutsidePopulation = eventCustomersOutsidePopulation;
        this.options = options;
    }

    /**
     * Ranks with the default options (add-one smoothing, minimum cell count 5, 95% intervals).
     *
     * @param churn  the population and who churned
     * @param events the event log
     * @return the ranking
     */
    public static ChurnOddsRanking of(ChurnDurations churn, EventLog events) {
        return of(churn, events, OddsOptions.defaults());
    }

    /**
     * Ranks.
     *
     * @param churn   the population and who churned
     * @param events  the event log
     * @param options pseudo-count, minimum cell count, level
     * @return the ranking
     */
    public static ChurnOddsRanking of(ChurnDurations churn, EventLog events, OddsOptions options) {
        Args.notNull("churn", churn);
        Args.notNull("events", events);
        Args.notNull("options", options);
        int types = events.types().size();
        long[] churnedWith = new long[types];
        long[] retainedWith = new long[types];
        int[] lastCounted = new int[types];
        java.util.Arrays.fill(lastCounted, -1);
        long churnedTotal = 0;
        int matched = 0;
        for (int i = 0; i < churn.size(); i++) {
            boolean churned = churn.churned(i);
            if (churned) {
                churnedTotal++;
            }
            int c = events.customers().indexOf(churn.customerId(i));
            if (c < 0) {
                continue;
            }
            matched++;
            long exit = churn.exitMillis(i);
            for (int row = events.firstRow(c); row < events.endRow(c) && events.epochMillis(row) <= exit; row++) {
                int type = events.typeCode(row);
                if (lastCounted[type] == i) {
                    continue;
                }
                lastCounted[type] = i;
                if (churned) {
                    churnedWith[type]++;
                } else {
                    retainedWith[type]++;
                }
            }
        }
        long retainedTotal = churn.size() - churnedTotal;
        List<ChurnOdds> all = new ArrayList<>(types);
        for (int type = 0; type < types; type++) {
            all.add(ChurnOdds.of(events.types().id(type), churnedWith[type], retainedWith[type],
                    churnedTotal - churnedWith[type], retainedTotal - retainedWith[type], options));
        }
        return new ChurnOddsRanking(all, churn.size(), events.customerCount() - matched, options);
    }

    /**
     * The odds of every event type of the log, in the log's type order.
     *
     * @return all tables, sufficient or not
     */
    public List<ChurnOdds> all() {
        return all;
    }

    /**
     * The sufficient tables, highest odds ratio first (equal ratios: by label).
     *
     * @return the ranking
     */
    public List<ChurnOdds> ranked() {
        List<ChurnOdds> ranked = new ArrayList<>();
        for (ChurnOdds odds : all) {
            if (odds.sufficient()) {
                ranked.add(odds);
            }
        }
        ranked.sort(Comparator.comparingDouble(ChurnOdds::oddsRatio).reversed().thenComparing(ChurnOdds::label));
        return ranked;
    }

    /**
     * The tables with a cell below the minimum count, left out of the ranking.
     *
     * @return them, in type order
     */
    public List<ChurnOdds> insufficient() {
        List<ChurnOdds> out = new ArrayList<>();
        for (ChurnOdds odds : all) {
            if (!odds.sufficient()) {
                out.add(odds);
            }
        }
        return out;
    }

    /**
     * The number of customers in the population.
     *
     * @return the count
     */
    public int population() {
        return population;
    }

    /**
     * Customers of the event log that are not in the population (not counted in any table).
     *
     * @return the count
     */
    public int eventCustomersOutsidePopulation() {
        return eventCustomersOutsidePopulation;
    }

    /**
     * The options used.
     *
     * @return the options
     */
    public OddsOptions options() {
        return options;
    }

    @Override
    public String toString() {
        List<ChurnOdds> ranked = ranked();
        int width = Math.max(10, all.stream().mapToInt(o -> o.label().length()).max().orElse(10));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Churn odds after an event: %,d customers%s; pseudo-count %s, minimum "
                        + "cell %d, %s Woolf intervals%n", population,
                eventCustomersOutsidePopulation == 0 ? "" : " (" + eventCustomersOutsidePopulation
                        + " event-log customers outside the population not counted)",
                Format.number(options.pseudoCount()), options.minimumCellCount(), Format.level(options.level())));
        sb.append(String.format(Locale.ROOT, "  %4s  %-" + width + "s %17s %17s %9s %9s %9s %9s%n", "rank", "event",
                "did: churned/all", "not: churned/all", "odds", "lower", "upper", "p"));
        List<ChurnOdds> order = new ArrayList<>(ranked);
        order.addAll(insufficient());
        for (ChurnOdds o : order) {
            int rank = TenureHazards.indexByIdentity(ranked, o);
            sb.append(String.format(Locale.ROOT, "  %4s  %-" + width + "s %17s %17s %9.3f %9.3f %9.3f %9s%n",
                    rank < 0 ? "-" : String.valueOf(rank + 1), o.label(),
                    o.churnedWith() + "/" + (o.churnedWith() + o.retainedWith()),
                    o.churnedWithout() + "/" + (o.churnedWithout() + o.retainedWithout()), o.oddsRatio(), o.lower(),
                    o.upper(), Format.pValue(o.pValue())));
        }
        if (!insufficient().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  (- : a cell below %d, not ranked)%n", options.minimumCellCount()));
        }
        return sb.toString();
    }
}
