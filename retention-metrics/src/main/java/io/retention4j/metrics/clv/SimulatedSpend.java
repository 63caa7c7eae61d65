package io.retention4j.metrics.clv;

/**
 * Repeat buyers drawn from a {@link GammaGammaModel}: what would be observed (x, mean spend) and the
 * hidden truth (each customer's expected spend per purchase, p / ν). Arrays are owned by the record:
 * treat them as read-only.
 *
 * @param x            repeat purchases per customer, as given to the simulation
 * @param meanSpend    the mean of the customer's x simulated spends
 * @param expectedSpend the customer's true expected spend per purchase, p / ν
 */
public record SimulatedSpend(int[] x, double[] meanSpend, double[] expectedSpend) {

    /**
     * The observed part as model input.
     *
     * @return the data (compressed)
     */
    public SpendData data() {
        return SpendData.of(x, meanSpend);
    }

    /**
     * The number of customers.
     *
     * @return the count
     */
    public int size() {
        return x.length;
    }
}
