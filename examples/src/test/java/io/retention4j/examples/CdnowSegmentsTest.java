package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The segmentation example runs on the bundled data and covers every customer. */
class CdnowSegmentsTest {

    @Test
    void main_bundledData_segmentsAllCustomers() throws Exception {
        String report = ExampleRuns.output(CdnowSegments::main);
        // every one of the 23,570 CDNOW customers bought: all are scored, segmented and in a community
        assertThat(report)
                .contains("RfmScores[23570 of 23570 customers scored 1..5, 0 never purchased")
                .contains("SegmentAssignment[rf-grid: 23570 customers, 0 never purchased]")
                .contains("SegmentAssignment[rfm-11: 23570 customers, 0 never purchased]")
                .contains("coverage: 125 of 125 cells named, 0 to 'other', 0 unreachable, 2 overlaps")
                .contains("RuleSegmentMembership[23570 customers as of 1998-07-01T00:00:00Z")
                .contains("SegmentSizesOverTime[4 segments at 6 instants]")
                .contains("KSelection[best k=")
                .contains("23570 customers, 0 unassigned, size 500..5000]");
    }
}
