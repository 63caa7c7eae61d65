package io.retention4j.metrics.clv;

import io.retention4j.core.summary.RfmSummary;
import io.retention4j.core.time.TimeScale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The published reference data of the CLV tests (test resources; see the README next to each file). */
final class ClvFixtures {
    private ClvFixtures() {
    }

    /** {@code cdnow/cdnow_customers_summary.csv}: 2,357 customers, weeks, calibration ending 1997-09-30. */
    static RfmSummary cdnowSummary() {
        List<String[]> rows = csv("cdnow/cdnow_customers_summary.csv");
        int n = rows.size();
        String[] ids = new String[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            ids[i] = f[0];
            x[i] = Integer.parseInt(f[1]);
            tx[i] = Double.parseDouble(f[2]);
            t[i] = Double.parseDouble(f[3]);
        }
        return RfmSummary.fromArrays(ids, x, tx, t, null, TimeScale.WEEKS);
    }

    /** The CDNOW summary as model input (weeks). */
    static BtydData cdnowData() {
        return BtydData.of(cdnowSummary());
    }

    /** {@code cdnow/cdnow_customers_summary_with_transactions.csv}: ID, x, t_x, T, zbar. */
    static List<String[]> cdnowWithZbar() {
        return csv("cdnow/cdnow_customers_summary_with_transactions.csv");
    }

    /** {@code donations-bgbb/donations.csv}: the 22-row recency-frequency table of 11,104 donors, n = 6. */
    static BgBbData donations() {
        List<String[]> rows = csv("donations-bgbb/donations.csv");
        int n = rows.size();
        int[] x = new int[n];
        int[] tx = new int[n];
        int[] periods = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            x[i] = Integer.parseInt(f[0]);
            tx[i] = Integer.parseInt(f[1]);
            periods[i] = Integer.parseInt(f[2]);
            weights[i] = Double.parseDouble(f[3]);
        }
        return BgBbData.of(x, tx, periods, weights);
    }

    /** {@code sbg-retention-fh2007/survival.csv}: customers alive at the start of years 0..7, one segment's column. */
    static int[] sbgAlive(String column) {
        List<String[]> rows = csv("sbg-retention-fh2007/survival.csv");
        int index = column.equals("regular") ? 1 : 2;
        int[] alive = new int[rows.size()];
        for (int i = 0; i < alive.length; i++) {
            alive[i] = Integer.parseInt(rows.get(i)[index]);
        }
        return alive;
    }

    /** Data rows of a CSV resource with a header line (split on commas; these files have no quotes). */
    static List<String[]> csv(String resource) {
        try (InputStream in = Objects.requireNonNull(ClvFixtures.class.getClassLoader().getResourceAsStream(resource),
                resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
