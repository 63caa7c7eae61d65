package io.retention4j.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.time.TimeScale;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The CDNOW calibration/holdout split used by Fader, Hardie &amp; Lee (calibration through 1997-09-30,
 * holdout to 1998-06-30, weeks), checked against counts taken directly from the raw sample file.
 */
class CalibrationHoldoutCdnowTest {
    private static final int CALIBRATION_END = 19970930;
    private static final int OBSERVATION_END = 19980630;

    private final CalibrationHoldout split = CalibrationHoldout.builder()
            .unit(TimeScale.WEEKS)
            .calibrationEnd(CdnowFixture.CALIBRATION_END)
            .observationEnd(CdnowFixture.OBSERVATION_END)
            .build(CdnowFixture.sampleLog());

    /** Per sample id: purchase date (yyyymmdd) -> the day's total, straight from CDNOW_sample.txt. */
    private static Map<String, TreeMap<Integer, Double>> dayTotals() {
        Map<String, TreeMap<Integer, Double>> totals = new HashMap<>();
        for (String line : CdnowFixture.lines("cdnow/CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            totals.computeIfAbsent(String.valueOf(Integer.parseInt(f[1])), k -> new TreeMap<>())
                    .merge(Integer.parseInt(f[2]), Double.parseDouble(f[4]), Double::sum);
        }
        return totals;
    }

    @Test
    void durationHoldout_is39WeeksExactly() {
        // 1997-09-30 -> 1998-06-30: 31 (Oct) + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 (Jun) = 273 days = 39 weeks
        assertThat(split.durationHoldout()).isEqualTo(39.0);
        assertThat(split.size()).isEqualTo(2357);
    }

    @Test
    void holdoutFrequencyAndMonetary_matchCountsFromTheRawFile() {
        Map<String, TreeMap<Integer, Double>> totals = dayTotals();
        int expectedSum = 0;
        int customersWithCalibrationPurchase = 0;
        for (Map.Entry<String, TreeMap<Integer, Double>> e : totals.entrySet()) {
            TreeMap<Integer, Double> days = e.getValue();
            if (days.firstKey() > CALIBRATION_END) {
                continue; // first purchase in the holdout: not in the split
            }
            customersWithCalibrationPurchase++;
            Map<Integer, Double> holdout = days.subMap(CALIBRATION_END, false, OBSERVATION_END, true);
            expectedSum += holdout.size();
            HoldoutRow row = split.row(e.getKey());
            assertThat(row.frequencyHoldout()).as("holdout frequency of %s", e.getKey()).isEqualTo(holdout.size());
            double mean = holdout.isEmpty() ? 0
                    : holdout.values().stream().mapToDouble(Double::doubleValue).sum() / holdout.size();
            assertThat(row.monetaryHoldout()).as("holdout monetary of %s", e.getKey())
                    .isCloseTo(mean, within(ReferenceSummary.ROUNDING));
        }
        assertThat(customersWithCalibrationPurchase).isEqualTo(split.size());
        int actualSum = 0;
        for (int f : split.frequenciesHoldout()) {
            actualSum += f;
        }
        assertThat(actualSum).isEqualTo(expectedSum);
    }

    @Test
    void calibrationPart_matchesPublishedFrequencies() {
        CdnowFixture.published().forEach((id, p) ->
                assertThat(split.calibration().row(id).frequency()).as("x of %s", id).isEqualTo(p.frequency()));
    }
}
