package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.experiment.Experiment;
import io.retention4j.core.experiment.Exposure;
import io.retention4j.core.lifecycle.FixedInactivityPolicy;
import io.retention4j.core.lifecycle.Lifecycle;
import io.retention4j.core.lifecycle.LifecycleState;
import io.retention4j.core.log.TransactionLog;
import io.retention4j.metrics.experiment.Comparison;
import io.retention4j.metrics.experiment.Effect;
import io.retention4j.metrics.experiment.EffectType;
import io.retention4j.metrics.experiment.MeanStatistic;
import io.retention4j.metrics.experiment.PowerPlan;
import io.retention4j.metrics.experiment.RetentionExperiment;
import io.retention4j.metrics.experiment.RetentionExperimentReport;
import io.retention4j.metrics.experiment.SampleRatioCheck;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's experiments example, statement by statement, so that it keeps compiling and working. */
class ReadmeExperimentsTest {

    @Test
    void experimentsExample_runsAsPrinted() throws Exception {
        TransactionLog log = CdnowReport.readBundledLog().value();
        Instant cut = Instant.parse("1997-12-31T23:59:59.999Z");
        Instant end = Instant.parse("1998-06-30T23:59:59.999Z");
        List<String> dormantIds = Lifecycle.of(FixedInactivityPolicy.defaults()).states(log, cut)
                .customerIds(LifecycleState.DORMANT);

        Experiment exp = Experiment.builder("winback-offer").coverage(0.2)
                .variant("control", 0.5).variant("offer", 0.5).build();
        List<Exposure> exposures = dormantIds.stream().map(id -> exp.expose(id, cut)).toList();
        RetentionExperimentReport report = RetentionExperiment.builder("control").experiment(exp)
                .windowDays(90).observationEnd(end).build().analyze(log, exposures);
        Comparison c = Comparison.of(MeanStatistic.ofSums(3407, 1396.87, 52377.9767),
                MeanStatistic.ofSums(3461, 2422.7, 134698.29));
        Effect lift = c.welch(EffectType.RELATIVE);
        Effect peek = c.sequential(EffectType.RELATIVE);
        SampleRatioCheck srm = SampleRatioCheck.of(new long[] {1000, 1200}, new double[] {0.5, 0.5});
        double n = PowerPlan.proportions(0.50, 0.75).sampleSizePerArm(0.90);

        assertThat(report.exposures()).isEqualTo(dormantIds.size());
        assertThat(report.toString()).contains("Retention experiment 'winback-offer'");
        assertThat(lift.estimate()).isCloseTo(0.70732, within(0.5e-5));
        assertThat(lift.pValue()).isCloseTo(0.06191, within(0.5e-5));
        assertThat(peek.upper() - peek.lower()).isGreaterThan(lift.upper() - lift.lower());
        assertThat(srm.isMismatch()).isTrue();
        assertThat(n).isCloseTo(76.7, within(0.05));
    }
}
