package io.retention4j.examples;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs an example's main method with standard output captured, and reads the raw bundled log. */
final class ExampleRuns {
    /** A main method. */
    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    private ExampleRuns() {
    }

    /** The text an example prints. */
    static String output(Main main, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run(args);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The rows of the bundled CDNOW master file split on whitespace: customer id, yyyyMMdd date, CDs, dollars. */
    static List<String[]> masterRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                ExampleRuns.class.getClassLoader().getResourceAsStream("cdnow/CDNOW_master.txt"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.trim().split("\\s+"));
            }
        }
        return rows;
    }
}
