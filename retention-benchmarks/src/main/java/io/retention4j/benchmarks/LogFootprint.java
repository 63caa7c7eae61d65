package io.retention4j.benchmarks;

import io.retention4j.core.log.IdDictionary;
import io.retention4j.core.log.TransactionLog;
import java.io.PrintStream;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the heap a {@link TransactionLog} holds per transaction, by walking its object graph with
 * JOL (the JVM's own object layout), and subtracts the customer-id dictionary. Issue 2 target: at
 * most 32 bytes per transaction beyond the id dictionary.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp retention-benchmarks/target/benchmarks.jar
 * io.retention4j.benchmarks.LogFootprint [rows] [customers]}.
 */
public final class LogFootprint {
    private LogFootprint() {
    }

    /**
     * Prints the footprint of a synthetic log.
     *
     * @param args optional row and customer counts (default 10,000,000 and 1,000,000)
     */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        SyntheticLog input = SyntheticLog.generate(rows, customers, 42);
        IdDictionary dictionary = IdDictionary.of(input.dictionary);
        TransactionLog log = TransactionLog.fromArrays(dictionary, input.customerCodes, input.epochMillis,
                input.amounts);
        PrintStream out = System.out;
        out.println("log from arrays (time and amount columns):");
        report(out, log);
        TransactionLog.Builder builder = TransactionLog.builder();
        String[] categories = {"books", "music", "video", "games", "toys", "garden", "food", "tools"};
        String[] channels = {"web", "app", "store"};
        for (int i = 0; i < rows; i++) {
            builder.addRow(i + 1, input.dictionary[input.customerCodes[i]], input.epochMillis[i], input.amounts[i],
                    null, categories[i & 7], channels[i % 3], 1 + (i & 3));
        }
        out.println("log from the builder with category, channel and quantity columns:");
        report(out, builder.build());
    }

    private static void report(PrintStream out, TransactionLog log) {
        long total = GraphLayout.parseInstance(log).totalSize();
        long dictionaryBytes = GraphLayout.parseInstance(log.customers()).totalSize();
        out.printf(Locale.ROOT, "rows %,d, customers %,d%n", log.size(), log.customerCount());
        out.printf(Locale.ROOT, "log object graph:        %,d bytes%n", total);
        out.printf(Locale.ROOT, "customer id dictionary:  %,d bytes (%.1f per customer)%n", dictionaryBytes,
                dictionaryBytes / (double) log.customerCount());
        out.printf(Locale.ROOT, "beyond the dictionary:   %,d bytes = %.2f bytes per transaction%n",
                total - dictionaryBytes, (total - dictionaryBytes) / (double) log.size());
        out.printf(Locale.ROOT, "log.columnBytes():       %,d bytes = %.2f bytes per transaction%n",
                log.columnBytes(), log.columnBytes() / (double) log.size());
    }
}
