package io.retention4j.metrics.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The Rossi recidivism data (test resource {@code rossi/rossi.csv}) as columns. */
final class RossiData {
    static final String[] COVARIATES = {"fin", "age", "race", "wexp", "mar", "paro", "prio"};

    final double[] week;
    final int[] arrest;
    final double[][] covariates; // in COVARIATES order

    private RossiData(double[] week, int[] arrest, double[][] covariates) {
        this.week = week;
        this.arrest = arrest;
        this.covariates = covariates;
    }

    static RossiData load() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RossiData.class.getClassLoader().getResourceAsStream("rossi/rossi.csv")), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!header.equals("week,arrest,fin,age,race,wexp,mar,paro,prio")) {
                throw new IllegalStateException("unexpected header " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        double[] week = new double[n];
        int[] arrest = new int[n];
        double[][] x = new double[COVARIATES.length][n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            week[i] = Double.parseDouble(r[0]);
            arrest[i] = Integer.parseInt(r[1]);
            for (int j = 0; j < COVARIATES.length; j++) {
                x[j][i] = Double.parseDouble(r[2 + j]);
            }
        }
        return new RossiData(week, arrest, x);
    }

    CoxData coxData() {
        CoxData.Builder b = CoxData.builder(week, arrest);
        for (int j = 0; j < COVARIATES.length; j++) {
            b.covariate(COVARIATES[j], covariates[j]);
        }
        return b.build();
    }

    double[] column(String name) {
        return covariates[java.util.Arrays.asList(COVARIATES).indexOf(name)];
    }
}
