package io.retention4j.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.profile.CustomerProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled CDNOW sample (2,357 customers, 6,919 purchases, 1997-01-01 .. 1998-06-30) scored and
 * segmented as of 1998-07-01, checked against counts taken from the raw file with plain Java.
 */
class SegmentCdnowTest {
    private static TransactionLog log;
    private static CustomerProfiles profiles;
    private static final Map<String, Integer> ORDERS = new HashMap<>();
    private static double totalSpend;

    @BeforeAll
    static void read() throws IOException {
        TransactionLog.Builder b = TransactionLog.builder();
        try (InputStream in = Objects.requireNonNull(
                SegmentCdnowTest.class.getClassLoader().getResourceAsStream("cdnow/CDNOW_sample.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split(" +");
                double amount = Double.parseDouble(f[4]);
                long at = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC)
                        .toInstant().toEpochMilli();
                b.add(f[1], at, amount);
                ORDERS.merge(f[1], 1, Integer::sum);
                totalSpend += amount;
            }
        }
        log = b.build();
        profiles = CustomerProfiles.builder().transactions(log)
                .asOf(LocalDate.of(1998, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant()).build();
    }

    @Test
    void defaults_frequencyScoreOneIsExactlyTheOneTimeBuyers() {
        RfmScores s = RfmScorer.defaults().score(profiles);
        long oneTimers = ORDERS.values().stream().filter(o -> o == 1).count();
        // more than 40 % bought once, so Q(.2) = Q(.4) = 1 and the first two breakpoints are 2: F = 1 <=> 1 order
        assertThat(oneTimers).isGreaterThan(2357 * 2 / 5);
        assertThat(s.breakpoints(RfmDimension.FREQUENCY)[0]).isEqualTo(2);
        assertThat(s.distribution(RfmDimension.FREQUENCY).get(0).customers()).isEqualTo((int) oneTimers);
        assertThat(s.distribution(RfmDimension.FREQUENCY).get(1).customers()).isZero();
        assertThat(s.scoredCount()).isEqualTo(2357);
    }

    @Test
    void rankBased_2357Customers_binsOf472472471471471() {
        RfmScores s = RfmScorer.builder().tiePolicy(TiePolicy.RANK_BASED).build().score(profiles);
        // 2357 = 5 * 471 + 2: the first two scores hold 472
        for (RfmDimension d : RfmDimension.values()) {
            assertThat(s.distribution(d)).extracting(ScoreBin::customers).containsExactly(472, 472, 471, 471, 471);
        }
    }

    @Test
    void segments_everyMap_sizesSumToThePopulationAndSpendToTheFileTotal() {
        RfmScores s = RfmScorer.defaults().score(profiles);
        for (SegmentMap map : List.of(SegmentMap.recencyFrequencyGrid(), SegmentMap.rfmWithLost())) {
            SegmentAssignment a = map.assign(s);
            assertThat(a.sizes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2357);
            assertThat(a.size(map.otherName())).isZero();
            double spend = a.summaries().stream().mapToDouble(SegmentSummary::sumMonetary).sum();
            assertThat(spend).isCloseTo(totalSpend, within(1e-6));
            long orders = a.summaries().stream().mapToLong(SegmentSummary::sumOrders).sum();
            assertThat(orders).isEqualTo(6919);
        }
    }

    @Test
    void clusters_logRfm_reproducibleAndCoverEveryone() {
        ClusterFeatures f = ClusterFeatures.logRfm(profiles, MonetaryMeasure.TOTAL_SPEND);
        Clusters a = KMeans.builder().k(4).seed(5).build().fit(f);
        Clusters b = KMeans.builder().k(4).seed(5).build().fit(f);
        assertThat(a.sizes()).containsExactly(b.sizes());
        assertThat(a.inertia()).isEqualTo(b.inertia());
        assertThat(java.util.Arrays.stream(a.sizes()).sum()).isEqualTo(2357);
        assertThat(a.converged()).isTrue();
    }
}
