package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.retention4j.loyalty.engine.Enrolment;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.Purchase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The database store cases ({@link JdbcStoreCases}) on SQLite files, plus what only SQLite has. */
class JdbcSqliteStoreTest extends JdbcStoreCases {
    @Override
    TestDatabase database() {
        return TestDatabase.sqlite();
    }

    private String url() {
        return "jdbc:sqlite:" + db.argument().substring("sqlite:".length());
    }

    @Override
    DataSource readOnlyDataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url());
        dataSource.setReadOnly(true);
        return dataSource;
    }

    @Override
    String readOnlyMessage() {
        return "attempt to write a readonly database";
    }

    @Test
    void sqlite_fileIsInWalModeWithFullSync() throws Exception {
        JdbcLedgerStore store = db.open();
        assertThat(store.toString()).isEqualTo("JdbcLedgerStore(sqlite " + url() + ")");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void sqlite_missingDirectory_isRefusedNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("no/such/dir/ledger.db");
        assertThat(catchThrowable(() -> LedgerStore.sqlite(file))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the directory " + file.getParent() + " does not exist");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void commit_diskFull_failsClearlyWritesNothingAndReadsGoOn() throws Exception {
        LedgerStore plain = db.open();
        history(engine(plain));
        int pages;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet count = s.executeQuery("PRAGMA page_count")) {
            count.next();
            pages = count.getInt(1);
        }
        SQLiteDataSource full = new SQLiteDataSource();
        full.setUrl(url());
        full.setMaxPageCount(pages); // the file may not grow: the disk is full
        LoyaltyEngine engine = engine(db.track(JdbcLedgerStore.builder(full).build()));
        Throwable thrown = null;
        int enrolled = 0;
        Map<String, Object> before = null;
        while (thrown == null && enrolled < 10_000) {
            before = contents(plain);
            String id = "n" + enrolled;
            thrown = catchThrowable(() -> engine.enrol(Enrolment.of(id)));
            enrolled++;
        }
        assertThat(thrown).as("a write once the pages are used up").isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("commit of key 'enrol:n" + (enrolled - 1) + "'")
                .hasMessageContaining("database or disk is full").hasMessageContaining("nothing was written");
        assertThat(contents(plain)).isEqualTo(before);
        assertThat(plain.receipt("enrol:n" + (enrolled - 1))).isEmpty();
        assertThat(((JdbcLedgerStore) plain).verify()).isEqualTo(2 + enrolled - 1);
        // reads go on; writes work again once there is room
        assertThat(engine.balance("c1").available()).isEqualTo(20);
        assertThat(engine(plain).enrol(Enrolment.of("n" + (enrolled - 1))).replayed()).isFalse();
        assertThat(engine(plain).purchase(Purchase.of("o9", "c2", "1")).points("c2")).isEqualTo(1);
    }
}
