package io.retention4j.metrics.experiment;

import io.retention4j.metrics.internal.NoncentralT;
import java.util.Locale;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Power and sample size of a two-arm test, per arm with equal arms, as R's {@code power.prop.test}
 * and {@code power.t.test} compute them (their default, non-strict two-sided form).
 *
 * <pre>{@code
 * PowerPlan.proportions(0.50, 0.75).sampleSizePerArm(0.90);     // 76.7 (R: power.prop.test)
 * PowerPlan.proportionsWithRelativeEffect(0.04, 0.10).unitsPerArm(0.80);
 * PowerPlan.means(1, 1).power(20);                              // 0.869 (R: power.t.test)
 * PowerPlan.meansWithRelativeEffect(40.0, 0.05, 25.0).unitsPerArm(0.80);
 * PowerPlan.means(1, 1).alpha(0.01).oneSided().sampleSizePerArm(0.90);
 * }</pre>
 *
 * <h2>Proportions: normal approximation</h2>
 * For rates {@code p1, p2} ({@code q = 1 - p}), {@code p̄ = (p1 + p2) / 2}, n per arm and
 * {@code z = Φ^-1(1 - α/s)} (s = 2 two-sided, 1 one-sided):
 * {@code power = Φ( (√n |p1 - p2| - z √(2 p̄ q̄)) / √(p1 q1 + p2 q2) )}, the pooled variance under
 * "no effect" and the unpooled one under the effect; solved for n in closed form,
 * {@code n = ( (z √(2 p̄ q̄) + Φ^-1(power) √(p1 q1 + p2 q2)) / |p1 - p2| )²}.
 *
 * <h2>Means: noncentral t</h2>
 * For a difference δ of means with common standard deviation σ:
 * {@code power = P(T' > t_{1-α/s, ν})} with T' noncentral t on {@code ν = 2 (n - 1)} degrees of
 * freedom and noncentrality {@code √(n/2) |δ| / σ} (the exact power of the two-sample pooled t-test,
 * ignoring the far rejection region); the sample size solves that for n with Brent's method
 * (n from 2 up). The normal approximation {@code 2 (z + z_power)² σ² / δ²} is smaller by about one
 * unit at these sizes.
 *
 * <p>Sample sizes are continuous, as R prints them; {@link #unitsPerArm(double)} rounds up.
 * Immutable and thread-safe; every setter returns a new plan and rejects a bad value at once.
 */
public final class PowerPlan {
    private enum Kind { PROPORTIONS, MEANS }

    private static final double MAX_N = 1e12;

    private final Kind kind;
    private final double first;
    private final double second;
    private final double alpha;
    private final boolean oneSided;

    private PowerPlan(Kind kind, double first, double second, double alpha, boolean oneSided) {
        this.kind = kind;
        this.first = first;
        this.second = second;
        this.alpha = alpha;
        this.oneSided = oneSided;
    }

    /**
     * A plan to detect a change of a rate from a baseline to a target (α 0.05, two-sided).
     *
     * @param baseline the control rate, in (0, 1)
     * @param target   the treatment rate to detect, in (0, 1), not equal to the baseline
     * @return the plan
     * @throws IllegalArgumentException for rates outside (0, 1) or equal rates
     */
    public static PowerPlan proportions(double baseline, double target) {
        Require.openUnit("baseline rate", baseline);
        Require.openUnit("target rate", target);
        if (baseline == target) {
            throw new IllegalArgumentException("target rate must differ from the baseline rate " + baseline
                    + ": there is no effect to detect");
        }
        return new PowerPlan(Kind.PROPORTIONS, baseline, target, 0.05, false);
    }

    /**
     * A plan to detect a relative change of a rate: target = baseline (1 + relative effect).
     *
     * @param baseline       the control rate, in (0, 1)
     * @param relativeEffect the minimum detectable lift as a fraction (0.10 for +10%), not 0, such that
     *                       the target stays in (0, 1)
     * @return the plan
     * @throws IllegalArgumentException for a zero effect or a target outside (0, 1)
     */
    public static PowerPlan proportionsWithRelativeEffect(double baseline, double relativeEffect) {
        Require.openUnit("baseline rate", baseline);
        Require.finite("relative effect", relativeEffect);
        double target = baseline * (1 + relativeEffect);
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("baseline " + baseline + " with relative effect " + relativeEffect
                    + " gives a target rate of " + target + ", outside (0, 1)");
        }
        return proportions(baseline, target);
    }

    /**
     * A plan to detect a difference of means (α 0.05, two-sided).
     *
     * @param difference        the minimum detectable difference δ, finite and not 0
     * @param standardDeviation the per-unit standard deviation σ (both arms), {@code > 0}
     * @return the plan
     * @throws IllegalArgumentException for a zero difference or a standard deviation that is not positive
     */
    public static PowerPlan means(double difference, double standardDeviation) {
        Require.finite("difference", difference);
        if (difference == 0) {
            throw new IllegalArgumentException("difference must not be 0: there is no effect to detect");
        }
        Require.positive("standard deviation", standardDeviation);
        return new PowerPlan(Kind.MEANS, Math.abs(difference), standardDeviation, 0.05, false);
    }

    /**
     * A plan to detect a relative change of a mean: difference = baseline mean × relative effect.
     *
     * @param baselineMean      the control's mean, finite and not 0
     * @param relativeEffect    the minimum detectable lift as a fraction (0.05 for +5%), finite and not 0
     * @param standardDeviation the per-unit standard deviation (both arms), {@code > 0}
     * @return the plan
     * @throws IllegalArgumentException for a zero baseline or effect, or a standard deviation that is not
     *                                  positive
     */
    public static PowerPlan meansWithRelativeEffect(double baselineMean, double relativeEffect,
                                                    double standardDeviation) {
        Require.finite("baseline mean", baselineMean);
        Require.finite("relative effect", relativeEffect);
        if (baselineMean == 0) {
            throw new IllegalArgumentException("baseline mean must not be 0: a relative effect of 0 is undefined");
        }
        return means(baselineMean * relativeEffect, standardDeviation);
    }

    /**
     * The significance level.
     *
     * @param level α, in (0, 1) (default 0.05)
     * @return a new plan
     * @throws IllegalArgumentException for α outside (0, 1)
     */
    public PowerPlan alpha(double level) {
        return new PowerPlan(kind, first, second, Require.openUnit("alpha", level), oneSided);
    }

    /**
     * A one-sided test in the direction of the effect.
     *
     * @return a new plan
     */
    public PowerPlan oneSided() {
        return new PowerPlan(kind, first, second, alpha, true);
    }

    /**
     * A two-sided test (the default).
     *
     * @return a new plan
     */
    public PowerPlan twoSided() {
        return new PowerPlan(kind, first, second, alpha, false);
    }

    /**
     * The power with n units per arm.
     *
     * @param nPerArm units per arm, at least 2, finite
     * @return the probability of a significant result when the effect is as planned
     * @throws IllegalArgumentException for n below 2
     */
    public double power(double nPerArm) {
        if (!(nPerArm >= 2) || Double.isInfinite(nPerArm)) {
            throw new IllegalArgumentException("units per arm must be a finite number >= 2, got " + nPerArm);
        }
        return powerAt(nPerArm);
    }

    private double powerAt(double n) {
        double sides = oneSided ? 1 : 2;
        if (kind == Kind.PROPORTIONS) {
            double z = Distributions.normalQuantile(1 - alpha / sides);
            return Distributions.normalCdf((Math.sqrt(n) * Math.abs(first - second) - z * pooledSd()) / unpooledSd());
        }
        double df = 2 * (n - 1);
        double critical = Distributions.tQuantile(1 - alpha / sides, df);
        return NoncentralT.upperTail(critical, df, Math.sqrt(n / 2) * first / second);
    }

    private double pooledSd() {
        double mean = (first + second) / 2;
        return Math.sqrt(2 * mean * (1 - mean));
    }

    private double unpooledSd() {
        return Math.sqrt(first * (1 - first) + second * (1 - second));
    }

    /**
     * The units per arm that give a power.
     *
     * @param power the wanted power, in (0, 1), e.g. 0.8 or 0.9
     * @return n per arm, continuous (as R prints it)
     * @throws IllegalArgumentException for a power outside (0, 1), or one that needs fewer than 2 or
     *                                  more than 10^12 units per arm
     */
    public double sampleSizePerArm(double power) {
        Require.openUnit("power", power);
        double n;
        if (kind == Kind.PROPORTIONS) {
            double z = Distributions.normalQuantile(1 - alpha / (oneSided ? 1 : 2));
            double root = (z * pooledSd() + Distributions.normalQuantile(power) * unpooledSd())
                    / Math.abs(first - second);
            n = root > 0 ? root * root : 0;
        } else {
            if (powerAt(2) >= power) {
                n = 0;
            } else if (powerAt(MAX_N) < power) {
                n = Double.POSITIVE_INFINITY;
            } else {
                n = new BrentSolver(1e-12, 1e-10).solve(10_000, x -> powerAt(x) - power, 2, MAX_N);
            }
        }
        if (!(n >= 2) || n > MAX_N) {
            throw new IllegalArgumentException("power " + power + " needs " + n + " units per arm under " + this
                    + "; the plan covers 2 to " + (long) MAX_N);
        }
        return n;
    }

    /**
     * The whole units per arm that give at least a power.
     *
     * @param power the wanted power, in (0, 1)
     * @return {@code ceil(sampleSizePerArm(power))}
     */
    public long unitsPerArm(double power) {
        return (long) Math.ceil(sampleSizePerArm(power) - 1e-9);
    }

    @Override
    public String toString() {
        String effect = kind == Kind.PROPORTIONS
                ? String.format(Locale.ROOT, "rates %s -> %s", Text.number(first), Text.number(second))
                : String.format(Locale.ROOT, "difference of means %s with sd %s (noncentral t)", Text.number(first),
                Text.number(second));
        return String.format(Locale.ROOT, "power plan: %s, alpha %s, %s", effect, Text.number(alpha),
                oneSided ? "one-sided" : "two-sided");
    }
}
