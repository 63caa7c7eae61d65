package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.metrics.internal.LogNormalDraws;
import io.retention4j.metrics.internal.Quantiles;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The parametric bootstrap behind {@link CustomerLifetimeValue#intervals}. Parameters are drawn
 * up front from one seeded generator; the work then runs over blocks of distinct (x, t_x, T) rows,
 * each computing the discounted purchases of its rows under every draw and then the values of the
 * customers of those rows, so memory stays at draws × (block size) numbers.
 */
final class ClvBootstrap {
    private static final int BLOCK_ROWS = 64;

    private final CustomerLifetimeValue clv;

    ClvBootstrap(CustomerLifetimeValue clv) {
        this.clv = clv;
    }

    ClvIntervals run(ClvEstimates point, int draws, double level, long seed) {
        TransactionModel model = clv.purchases();
        GammaGammaModel spend = clv.spend();
        FitReport purchaseFit = covarianceOf(model);
        FitReport spendFit = covarianceOf(spend);

        RandomDataGenerator random = new RandomDataGenerator(seed);
        double[][] purchaseDraws = drawParameters(model, purchaseFit, draws, random);
        double[][] spendDraws = drawParameters(spend, spendFit, draws, random);
        TransactionModel[] models = new TransactionModel[draws];
        GammaGammaModel[] spends = new GammaGammaModel[draws];
        for (int b = 0; b < draws; b++) {
            models[b] = ModelFactory.withParameters(clv.purchases(), purchaseDraws[b]);
            spends[b] = GammaGammaModel.of(spendDraws[b][0], spendDraws[b][1], spendDraws[b][2]);
        }

        RfmSummary summary = point.summary();
        BtydData data = Units.toModelUnit(model, summary);
        int[][] customersOfRow = customersByRow(data);
        int n = summary.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        double lowProb = (1 - level) / 2;
        double highProb = 1 - lowProb;
        double delta = clv.periodInModelUnits();
        int periods = clv.settings().periods();
        double rate = clv.settings().discountRate();
        int blocks = (data.rows() + BLOCK_ROWS - 1) / BLOCK_ROWS;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            double[] purchasesPerDraw = new double[draws];
            double[] values = new double[draws];
            int to = Math.min(data.rows(), (block + 1) * BLOCK_ROWS);
            for (int row = block * BLOCK_ROWS; row < to; row++) {
                for (int b = 0; b < draws; b++) {
                    purchasesPerDraw[b] = CustomerLifetimeValue.discountedPurchases(models[b], data.x(row),
                            data.tx(row), data.T(row), delta, periods, rate);
                }
                for (int c : customersOfRow[row]) {
                    int x = summary.frequency(c);
                    double m = summary.monetaryValue(c);
                    for (int b = 0; b < draws; b++) {
                        values[b] = purchasesPerDraw[b] * spends[b].conditionalExpectedSpend(x, m);
                    }
                    Arrays.sort(values);
                    lower[c] = Quantiles.ofSorted(values, lowProb);
                    upper[c] = Quantiles.ofSorted(values, highProb);
                }
            }
        });
        return new ClvIntervals(point, lower, upper, level, draws, seed);
    }

    private static FitReport covarianceOf(FittedModel model) {
        FitReport report = model.report().orElseThrow(() -> new IllegalArgumentException("the " + model.name()
                + " model was built from parameters and has no covariance to draw from: fit it to get intervals"));
        if (report.informationSingular()) {
            throw new IllegalArgumentException("the " + model.name() + " fit has a singular information matrix, so "
                    + "its parameters have no standard errors to draw from");
        }
        return report;
    }

    private static double[][] drawParameters(FittedModel model, FitReport report, int draws,
                                             RandomDataGenerator random) {
        try {
            return LogNormalDraws.draw(report.estimates(), report.covariance(), draws, random);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot draw " + model.name() + " parameters: " + e.getMessage(), e);
        }
    }

    /** For each distinct row of the data, the summary rows (customers) merged into it. */
    private static int[][] customersByRow(BtydData data) {
        double[] index = new double[data.rows()];
        for (int r = 0; r < index.length; r++) {
            index[r] = r;
        }
        double[] rowOfCustomer = data.expand(index);
        int[] counts = new int[data.rows()];
        for (double r : rowOfCustomer) {
            counts[(int) r]++;
        }
        int[][] out = new int[data.rows()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = new int[counts[r]];
        }
        int[] filled = new int[data.rows()];
        for (int c = 0; c < rowOfCustomer.length; c++) {
            int r = (int) rowOfCustomer[c];
            out[r][filled[r]++] = c;
        }
        return out;
    }
}
