package io.retention4j.loyalty.ledger;

import io.retention4j.loyalty.engine.CommandRejectedException;
import io.retention4j.loyalty.engine.CommandResult;
import io.retention4j.loyalty.engine.IdempotencyConflictException;
import io.retention4j.loyalty.engine.InsufficientPointsException;
import io.retention4j.loyalty.engine.LoyaltyEngine;
import io.retention4j.loyalty.engine.TestCommand;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The program the multi-process tests run in child JVMs: opens the database it is given, enrols the
 * customers, then sends the generated commands ({@link TestCommand#generate}) from a start index,
 * wrapping around, once each. After each command returns it appends "A index key" (applied) or
 * "P index key" (replayed) to the acknowledgement file and forces it to disk; refusals are not
 * acknowledged. Prints "ready" once the store is open. Exits 2 on anything unexpected.
 *
 * <p>Arguments: database ({@link TestDatabase#openFromArgument}), acknowledgement file, seed, command
 * count, customer count, start index.
 */
public final class CommandChild {
    /** The instant every command is applied at, so a serial replay writes identical entries. */
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private CommandChild() {
    }

    static String[] ids(int customers) {
        String[] ids = new String[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = "c" + i;
        }
        return ids;
    }

    static long teeStock(int count) {
        return count / 200;
    }

    /**
     * Runs the child.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) {
        try {
            run(args[0], Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(String database, Path ackFile, long seed, int count, int customers, int start) throws IOException {
        String[] ids = ids(customers);
        TestCommand[] commands = TestCommand.generate(count, seed, ids, Math.max(1, count / customers));
        try (JdbcLedgerStore store = TestDatabase.openFromArgument(database);
             FileChannel ack = FileChannel.open(ackFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.APPEND)) {
            LoyaltyEngine engine = LoyaltyEngine.create(TestCommand.program(teeStock(count)), store,
                    Clock.fixed(NOW, ZoneOffset.UTC));
            System.out.println("ready");
            System.out.flush();
            for (String id : ids) {
                send(engine, TestCommand.enrol(id), -1, ack);
            }
            for (int n = 0; n < count; n++) {
                int i = (start + n) % count;
                send(engine, commands[i], i, ack);
            }
        }
    }

    private static void send(LoyaltyEngine engine, TestCommand command, int index, FileChannel ack) throws IOException {
        CommandResult result;
        try {
            result = command.apply(engine);
        } catch (InsufficientPointsException | CommandRejectedException | IdempotencyConflictException e) {
            return;
        }
        String line = (result.replayed() ? "P " : "A ") + index + " " + command.key() + "\n";
        ack.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        ack.force(false);
    }
}
