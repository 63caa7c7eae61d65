package io.retention4j.metrics.cohort;

/**
 * What a cohort table counted and what it left out, so that nothing is dropped unseen.
 *
 * @param startingCustomers   customers with at least one start event
 * @param memberships         cohort memberships counted: the sum of all cohort sizes (in first-time
 *                            cohorting each member once; in recurring cohorting once per period with
 *                            a start event)
 * @param outsideWindow       memberships whose cohort period lies before the first cohort or at or
 *                            after the observation end (first-time: customers first seen outside
 *                            the window)
 * @param returnsBeforeStart  return events before the customer's first start event, left out under
 *                            {@link BeforeStart#IGNORE}
 * @param returnsAfterEnd     return events of starting customers at or after the observation end,
 *                            not observed
 * @param unmatchedCustomers  starting customers that the return source does not know at all (their
 *                            returns are all 0)
 */
public record CohortCoverage(int startingCustomers, long memberships, long outsideWindow, long returnsBeforeStart,
                             long returnsAfterEnd, int unmatchedCustomers) {

    /**
     * Creates a coverage report.
     *
     * @param startingCustomers  customers with at least one start event, {@code >= 0}
     * @param memberships        the sum of all cohort sizes, {@code >= 0}
     * @param outsideWindow      memberships outside the window, {@code >= 0}
     * @param returnsBeforeStart return events before the first start, {@code >= 0}
     * @param returnsAfterEnd    return events at or after the end, {@code >= 0}
     * @param unmatchedCustomers starting customers unknown to the return source, {@code >= 0}
     * @throws IllegalArgumentException naming a negative count
     */
    public CohortCoverage {
        long[] values = {startingCustomers, memberships, outsideWindow, returnsBeforeStart, returnsAfterEnd,
                unmatchedCustomers};
        String[] names = {"startingCustomers", "memberships", "outsideWindow", "returnsBeforeStart",
                "returnsAfterEnd", "unmatchedCustomers"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(names[i] + " must be >= 0, got " + values[i]);
            }
        }
    }

    @Override
    public String toString() {
        return startingCustomers + " starting customers, " + memberships + " cohort memberships, "
                + outsideWindow + " outside the window, " + returnsBeforeStart + " returns before the start ignored, "
                + returnsAfterEnd + " returns after the end, " + unmatchedCustomers + " customers unknown to the returns";
    }
}
