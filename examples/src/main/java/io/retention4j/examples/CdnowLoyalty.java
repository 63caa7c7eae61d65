package io.retention4j.examples;

import io.retention4j.core.log.TransactionLog;
import io.retention4j.loyalty.ledger.BulkLoad;
import io.retention4j.loyalty.ledger.JdbcLedgerStore;
import io.retention4j.loyalty.program.LoyaltyProgram;
import io.retention4j.loyalty.whatif.WhatIf;
import io.retention4j.loyalty.whatif.WhatIfRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A silver/gold loyalty program defined in JSON (bundled: {@code loyalty/silver-gold-program.json}),
 * replayed over the bundled CDNOW log as if it had run in 1997-1998: points issued, redeemed and
 * expired, the liability at the end, the tier mix month by month, and the explanation of one
 * customer's points. Customers redeem a $5 coupon (500 points) whenever they can.
 *
 * <p>The ledger is durable: an SQLite file ({@code retention4j-cdnow-loyalty.db} in the temporary
 * directory by default, or the path given as the first argument), or PostgreSQL when the first
 * argument (or the environment variable {@value #DATABASE_VARIABLE}) is a {@code jdbc:postgresql:}
 * URL. The history is loaded in transactions of 5,000 commands. Running it again continues from what
 * the database holds: every purchase has a fixed key, so the second run replays them all and writes
 * nothing, and says so.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexample.main=io.retention4j.examples.CdnowLoyalty}
 * (add {@code -Dexec.args=jdbc:postgresql://127.0.0.1:5432/r4j?user=r4j&password=r4j} for PostgreSQL).
 */
public final class CdnowLoyalty {
    /** The customer whose points are explained: eight purchases, $445.68 in all. */
    static final String EXPLAINED_CUSTOMER = "00052";
    /** The environment variable that may name the database: an SQLite file or a PostgreSQL JDBC URL. */
    static final String DATABASE_VARIABLE = "CDNOW_LOYALTY_DB";

    private CdnowLoyalty() {
    }

    /**
     * Prints the report.
     *
     * @param args optional: the SQLite file or PostgreSQL JDBC URL to keep the ledger in
     * @throws IOException when the bundled data cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        LoyaltyProgram program = bundledProgram();
        out.println(program);
        out.println();
        TransactionLog log = CdnowReport.readBundledLog().value();
        ZoneId zone = program.zone();
        String database = args.length > 0 ? args[0] : System.getenv(DATABASE_VARIABLE);
        try (JdbcLedgerStore store = open(database)) {
            out.println("ledger: " + store);
            try (BulkLoad bulk = store.bulkLoad(5_000)) {
                WhatIfRun run = WhatIf.of(program)
                        .redeemEvery(500)
                        .pointValue("0.01")
                        .until(LocalDate.of(1998, 7, 1).atStartOfDay(zone).toInstant())
                        .store(bulk)
                        .build()
                        .replay(log);
                out.println(run.report());
                out.println();
                out.println(run.engine().explain(EXPLAINED_CUSTOMER));
                out.println(run.engine().tier(EXPLAINED_CUSTOMER));
            }
        }
    }

    /** The SQLite file or PostgreSQL database a run keeps its ledger in. */
    static JdbcLedgerStore open(String database) {
        if (database != null && database.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(database);
            return JdbcLedgerStore.builder(dataSource).build();
        }
        Path file = database == null || database.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "retention4j-cdnow-loyalty.db") : Path.of(database);
        return JdbcLedgerStore.sqlite(file);
    }

    static LoyaltyProgram bundledProgram() throws IOException {
        String resource = "loyalty/silver-gold-program.json";
        try (InputStream in = Objects.requireNonNull(
                CdnowLoyalty.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return LoyaltyProgram.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
