package io.retention4j.loyalty.ledger;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A child JVM on the test class path, started by a multi-process test. */
final class ChildProcess {
    final Process process;
    final Path stderr;
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();

    private ChildProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals("ready")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process died
            }
            ready.complete(false);
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} of a class in a new JVM with the test's class path. */
    static ChildProcess start(Class<?> main, Path stderr, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath));
        if (System.getProperty(Postgres.URL_PROPERTY) != null) {
            command.add("-D" + Postgres.URL_PROPERTY + "=" + System.getProperty(Postgres.URL_PROPERTY));
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            return new ChildProcess(new ProcessBuilder(command).redirectError(stderr.toFile()).start(), stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child printed "ready"; fails the test if it died first. */
    void awaitReady(long seconds) throws Exception {
        boolean ok;
        try {
            ok = ready.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the child did not start in " + seconds + " s: " + errors());
        }
        if (!ok) {
            fail("the child died before it was ready: exit %s, %s", process.waitFor(), errors());
        }
    }

    /** Waits for a normal end; fails the test on a timeout or a non-zero exit. */
    void awaitExit(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the child did not finish in %d s: %s", seconds, errors());
        }
        if (process.exitValue() != 0) {
            fail("the child failed with exit %d: %s", process.exitValue(), errors());
        }
    }

    String errors() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr) : "(no stderr)";
    }

    /**
     * The complete lines of an acknowledgement file (a line cut short by a kill is no acknowledgement).
     *
     * @param file the file
     * @return "A|P index key" lines, split
     */
    static List<String[]> acknowledgements(Path file) throws IOException {
        List<String[]> acks = new ArrayList<>();
        if (!Files.exists(file)) {
            return acks;
        }
        String text = Files.readString(file);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return acks;
        }
        for (String line : text.substring(0, end).split("\n")) {
            acks.add(line.split(" "));
        }
        return acks;
    }
}
