package io.retention4j.benchmarks;

import io.retention4j.metrics.clv.SimulatedCustomers;
import java.util.SplittableRandom;

/**
 * Customer ages of a simulated cohort as in the issue 3 targets: T uniform on 39..78 weeks, recorded
 * in whole days and expressed in weeks (days / 7), as a summary built from daily data would hold it.
 */
public final class SimulatedCohort {
    private SimulatedCohort() {
    }

    /**
     * The customers as a summary of daily data records them: the time of the last purchase rounded
     * down to a whole day (in weeks: days / 7). Frequencies are kept (two purchases on one day stay
     * two).
     *
     * @param customers simulated customers, times in weeks
     * @return the same customers with t_x in whole days
     */
    public static SimulatedCustomers recordedInDays(SimulatedCustomers customers) {
        double[] tx = customers.tx().clone();
        for (int i = 0; i < tx.length; i++) {
            tx[i] = Math.floor(tx[i] * 7) / 7.0;
        }
        return new SimulatedCustomers(customers.x(), tx, customers.T(), customers.alive(), customers.unit());
    }

    /**
     * Ages in weeks.
     *
     * @param customers the number of customers
     * @param seed      the seed
     * @return one age per customer
     */
    public static double[] agesInWeeks(int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] t = new double[customers];
        for (int i = 0; i < customers; i++) {
            t[i] = random.nextInt(39 * 7, 78 * 7 + 1) / 7.0;
        }
        return t;
    }
}
