package io.retention4j.metrics.survival;

import io.retention4j.metrics.internal.SymmetricInverse;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the Cox proportional-hazards model {@code h(t | x) = h_0(t) exp(x'β)} by maximizing the
 * partial likelihood with Efron's correction for tied event times (R {@code coxph}'s default, and
 * lifelines'), by Newton-Raphson with step halving from {@code β = 0}, with the analytic score and
 * information.
 *
 * <p>Convergence: the iteration stops when the partial log-likelihood changes by less than
 * {@code 1e-13} relatively and every coefficient moves by less than {@code 1e-9 (1 + |β|)}. A fit
 * that does not converge within the iteration limit (typically because a covariate separates the
 * events, so a coefficient runs to infinity) throws an {@link IllegalStateException} naming the
 * largest coefficient.
 *
 * <pre>{@code
 * CoxModel cox = CoxProportionalHazards.fit(data);
 * cox.coefficient("fin");    // -0.379422 on the Rossi data
 * System.out.println(cox);   // R-style summary
 * }</pre>
 */
public final class CoxProportionalHazards {
    /** The default Newton-Raphson iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    private static final double LOGLIK_TOLERANCE = 1e-13;
    private static final double STEP_TOLERANCE = 1e-9;
    private static final int MAX_HALVINGS = 60;

    private CoxProportionalHazards() {
    }

    /**
     * Fits with the default iteration limit.
     *
     * @param data durations, events and covariates
     * @return the fitted model
     * @throws IllegalArgumentException when there is no event or the covariates are collinear
     * @throws IllegalStateException    when the fit does not converge
     */
    public static CoxModel fit(CoxData data) {
        return fit(data, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Fits.
     *
     * @param data          durations, events and covariates
     * @param maxIterations the Newton-Raphson iteration limit, 1 .. 10,000
     * @return the fitted model
     * @throws IllegalArgumentException when there is no event, the covariates are collinear, or the limit is out of range
     * @throws IllegalStateException    when the fit does not converge
     */
    public static CoxModel fit(CoxData data, int maxIterations) {
        Args.notNull("data", data);
        if (maxIterations < 1 || maxIterations > 10_000) {
            throw new IllegalArgumentException("maxIterations must be in 1..10000, got " + maxIterations);
        }
        if (data.eventCount() == 0) {
            throw new IllegalArgumentException("no events among " + data.size()
                    + " subjects: the partial likelihood is flat");
        }
        EfronPartialLikelihood likelihood = new EfronPartialLikelihood(data);
        int p = likelihood.dimension();
        double[] beta = new double[p];
        double[] score = new double[p];
        double[][] information = new double[p][p];
        double nullLogLikelihood = likelihood.logLikelihood(beta, score, information);
        SymmetricInverse.Result nullInverse = SymmetricInverse.of(information);
        requireFullRank(data, nullInverse);
        double scoreStatistic = quadraticForm(score, nullInverse.inverse());

        double loglik = nullLogLikelihood;
        double[][] inverse = nullInverse.inverse();
        double[] trialScore = new double[p];
        double[][] trialInformation = new double[p][p];
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations && !converged) {
            iterations++;
            double[] step = multiply(inverse, score);
            double[] trial = new double[p];
            double trialLoglik = Double.NaN;
            for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
                for (int j = 0; j < p; j++) {
                    trial[j] = beta[j] + step[j];
                }
                trialLoglik = likelihood.logLikelihood(trial, trialScore, trialInformation);
                if (trialLoglik >= loglik - LOGLIK_TOLERANCE * Math.abs(loglik) && Double.isFinite(trialLoglik)) {
                    break;
                }
                for (int j = 0; j < p; j++) {
                    step[j] /= 2;
                }
            }
            if (!Double.isFinite(trialLoglik)) {
                break;
            }
            boolean smallStep = true;
            for (int j = 0; j < p; j++) {
                if (Math.abs(step[j]) > STEP_TOLERANCE * (1 + Math.abs(trial[j]))) {
                    smallStep = false;
                }
            }
            converged = smallStep && Math.abs(trialLoglik - loglik) <= LOGLIK_TOLERANCE * Math.abs(trialLoglik) + 1e-300;
            beta = trial.clone();
            loglik = trialLoglik;
            System.arraycopy(trialScore, 0, score, 0, p);
            for (int j = 0; j < p; j++) {
                System.arraycopy(trialInformation[j], 0, information[j], 0, p);
            }
            SymmetricInverse.Result inv = SymmetricInverse.of(information);
            if (!inv.fullRank()) {
                converged = false; // information lost rank on the way: coefficients run away
                break;
            }
            inverse = inv.inverse();
        }
        if (!converged) {
            int worst = 0;
            for (int j = 1; j < p; j++) {
                if (Math.abs(beta[j]) > Math.abs(beta[worst])) {
                    worst = j;
                }
            }
            throw new IllegalStateException("Cox fit did not converge in " + iterations + " iterations (partial "
                    + "log-likelihood " + loglik + "); coefficient '" + data.covariateNames().get(worst) + "' = "
                    + beta[worst] + " may be infinite (does that covariate separate the events?)");
        }
        double[] riskScores = new double[data.size()];
        double[][] columns = data.columnArrays();
        for (int i = 0; i < riskScores.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += columns[j][i] * beta[j];
            }
            riskScores[i] = eta;
        }
        Concordance concordance = Concordance.of(data.durationArray(), data.eventArray(), riskScores);
        double wald = quadraticForm(beta, information);
        return new CoxModel(data.covariateNames(), beta, inverse, loglik, nullLogLikelihood,
                ChiSquareTest.of("Likelihood ratio", Math.max(0, 2 * (loglik - nullLogLikelihood)), p),
                ChiSquareTest.of("Wald", wald, p), ChiSquareTest.of("Score (log-rank)", scoreStatistic, p),
                concordance, data.size(), data.eventCount(), iterations);
    }

    private static void requireFullRank(CoxData data, SymmetricInverse.Result inverse) {
        if (inverse.fullRank()) {
            return;
        }
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < inverse.kept().length; j++) {
            if (!inverse.kept()[j]) {
                dropped.add(data.covariateNames().get(j));
            }
        }
        throw new IllegalArgumentException("the information matrix at beta = 0 is singular: covariates " + dropped
                + " are constant within the risk sets of the events, or linear combinations of the columns before "
                + "them (in order " + data.covariateNames() + ")");
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double quadraticForm(double[] v, double[][] m) {
        double s = 0;
        double[] mv = multiply(m, v);
        for (int i = 0; i < v.length; i++) {
            s += v[i] * mv[i];
        }
        return s;
    }
}
