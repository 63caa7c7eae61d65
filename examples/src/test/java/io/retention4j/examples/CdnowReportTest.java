package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's first command runs this program; it must work on the bundled data. */
class CdnowReportTest {

    @Test
    void main_bundledData_printsTheReportWithTheDataReadmeFigures() throws Exception {
        String report = ProgramOutput.of(CdnowReport::main);
        // figures of the CDNOW README: 69,659 rows, 23,570 customers, dollar sum 2,500,315.63
        assertThat(report)
                .contains("69659 rows read, 69659 accepted, 0 rejected")
                .contains("69659 transactions, 23570 customers")
                .contains("revenue $2,500,315.63")
                .contains("holdout 39.00 weeks")
                .contains("the biggest spender");
    }
}
