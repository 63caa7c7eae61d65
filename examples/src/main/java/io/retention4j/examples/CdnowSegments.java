package io.retention4j.examples;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.core.segment.ClusterFeatures;
import io.retention4j.core.segment.CommunityGrouping;
import io.retention4j.core.segment.KMeans;
import io.retention4j.core.segment.KSelection;
import io.retention4j.core.segment.MonetaryMeasure;
import io.retention4j.core.segment.RfmScorer;
import io.retention4j.core.segment.RfmScores;
import io.retention4j.core.segment.RuleSegments;
import io.retention4j.core.segment.SegmentMap;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments the bundled CDNOW customers (23,570 customers, 1997-01-01 .. 1998-06-30) as of the day
 * after the data ends: RFM scores, the recency/frequency grid and the eleven-segment RFM map with
 * their sizes and mean spend, the map's coverage, rule segments read from JSON with their sizes at
 * each quarter end, k-means clusters of log-RFM with k chosen by silhouette, and communities by the
 * month of the first purchase (at most 5,000 members each).
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowSegments}.
 */
public final class CdnowSegments {
    private static final Instant AS_OF = LocalDate.of(1998, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** Rule segments as a marketing team would write them. */
    static final String RULES = """
            {"segments": [
              {"name": "big spenders", "condition": {"field": "totalSpend", "atLeast": 500}},
              {"name": "one-time buyers", "condition": {"field": "orders", "equals": 1}},
              {"name": "sleeping 90+ days", "condition": {"field": "daysSinceLastPurchase", "greaterThan": 90}},
              {"name": "regulars", "condition": {"all": [
                  {"field": "orders", "atLeast": 5},
                  {"not": {"field": "daysSinceLastPurchase", "greaterThan": 180}}]}}
            ]}
            """;

    private CdnowSegments() {
    }

    /**
     * Prints the segmentation to standard output.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        TransactionLog log = CdnowReport.readBundledLog().value();
        CustomerProfiles profiles = CustomerProfiles.builder().transactions(log).asOf(AS_OF).build();
        out.println("CDNOW customers segmented as of " + AS_OF);
        out.println();

        RfmScores scores = RfmScorer.defaults().score(profiles);
        out.println(scores);
        out.println(SegmentMap.recencyFrequencyGrid().assign(scores));
        SegmentMap rfm = SegmentMap.rfmWithLost();
        out.println(rfm);
        out.println();
        out.println(rfm.assign(scores));

        RuleSegments rules = RuleSegments.fromJson(RULES);
        out.println(rules.evaluate(profiles));
        List<Instant> quarterEnds = new ArrayList<>();
        for (LocalDate d = LocalDate.of(1997, 4, 1); !d.isAfter(LocalDate.of(1998, 7, 1)); d = d.plusMonths(3)) {
            quarterEnds.add(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        out.println(rules.sizesOverTime(quarterEnds,
                t -> CustomerProfiles.builder().transactions(log).asOf(t).build()));

        ClusterFeatures features = ClusterFeatures.logRfm(profiles, MonetaryMeasure.TOTAL_SPEND);
        KSelection selection = KMeans.builder().seed(7).build().selectK(features, 2, 8);
        out.println(selection);
        out.println(selection.best());
        out.println(KMeans.builder().k(5).seed(7).build().fit(features));

        out.println(CommunityGrouping.by("month of the first purchase", CdnowSegments::firstMonth)
                .minSize(500).maxSize(5000).build().apply(profiles));
    }

    private static String firstMonth(CustomerProfile p) {
        return p.firstPurchase().map(t -> YearMonth.from(t.atZone(ZoneOffset.UTC)).toString()).orElse(null);
    }
}
