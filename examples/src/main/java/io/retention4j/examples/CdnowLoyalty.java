package io.retention4j.examples;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.whatif.WhatIf;
import io.retention4j.loyalty.whatif.WhatIfRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A silver/gold loyalty program defined in JSON (bundled: {@code loyalty/silver-gold-program.json}),
 * replayed over the bundled CDNOW log as if it had run in 1997-1998: points issued, redeemed and
 * expired, the liability at the end, the tier mix month by month, and the explanation of one
 * customer's points. Customers redeem a $5 coupon (500 points) whenever they can.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowLoyalty}.
 */
public final class CdnowLoyalty {
    /** The customer whose points are explained: eight purchases, $445.68 in all. */
    static final String EXPLAINED_CUSTOMER = "00052";

    private CdnowLoyalty() {
    }

    /**
     * Prints the report.
     *
     * @param args ignored
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        LoyaltyProgram program = bundledProgram();
        out.println(program);
        out.println();
        TransactionLog log = CdnowReport.readBundledLog().value();
        ZoneId zone = program.zone();
        WhatIfRun run = WhatIf.of(program)
                .redeemEvery(500)
                .pointValue("0.01")
                .until(LocalDate.of(1998, 7, 1).atStartOfDay(zone).toInstant())
                .build()
                .replay(log);
        out.println(run.report());
        out.println();
        out.println(run.engine().explain(EXPLAINED_CUSTOMER));
        out.println(run.engine().tier(EXPLAINED_CUSTOMER));
    }

    static LoyaltyProgram bundledProgram() throws IOException {
        String resource = "loyalty/silver-gold-program.json";
        try (InputStream in = Objects.requireNonNull(
                CdnowLoyalty.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return LoyaltyProgram.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
