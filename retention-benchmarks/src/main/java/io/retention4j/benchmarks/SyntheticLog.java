package io.retention4j.benchmarks;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A seeded synthetic transaction log in unsorted primitive columns: rows with a uniformly random
 * customer and a uniformly random second within two years, amounts lognormal (median e^3 = 20.09,
 * log-sd 1) rounded to cents. The same seed always gives the same columns.
 */
public final class SyntheticLog {
    /** Start of the synthetic period: 2024-01-01T00:00:00Z. */
    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    /** End of the synthetic period (exclusive): two years of 365 days after the start. */
    public static final Instant END = START.plusSeconds(2L * 365 * 86_400);

    /** Customer ids; index = customer code. */
    public final String[] dictionary;
    /** Per row: customer code. */
    public final int[] customerCodes;
    /** Per row: epoch milliseconds, whole seconds. */
    public final long[] epochMillis;
    /** Per row: amount. */
    public final double[] amounts;

    private SyntheticLog(String[] dictionary, int[] customerCodes, long[] epochMillis, double[] amounts) {
        this.dictionary = dictionary;
        this.customerCodes = customerCodes;
        this.epochMillis = epochMillis;
        this.amounts = amounts;
    }

    /**
     * Generates a log.
     *
     * @param rows      number of rows
     * @param customers number of customer ids
     * @param seed      the random seed
     * @return the columns, rows in random order
     */
    public static SyntheticLog generate(int rows, int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] dictionary = new String[customers];
        for (int c = 0; c < customers; c++) {
            dictionary[c] = "C" + c;
        }
        int[] codes = new int[rows];
        long[] millis = new long[rows];
        double[] amounts = new double[rows];
        long startSecond = START.getEpochSecond();
        long seconds = END.getEpochSecond() - startSecond;
        for (int i = 0; i < rows; i++) {
            codes[i] = random.nextInt(customers);
            millis[i] = (startSecond + random.nextLong(seconds)) * 1000L;
            amounts[i] = Math.round(Math.exp(3 + gaussian(random)) * 100) / 100.0;
        }
        return new SyntheticLog(dictionary, codes, millis, amounts);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
