package io.retention4j.core.io;

import io.retention4j.core.log.TransactionLog;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Test resources and small helpers shared by the reader tests. */
final class IoFixtures {
    /** The layout of {@code cdnow/CDNOW_sample.txt} (see the README there). */
    static final InputFormat CDNOW_SAMPLE = InputFormat.whitespace()
            .withoutHeader("master_id", "id", "date", "cds", "amount");

    private IoFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(IoFixtures.class.getClassLoader().getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads CSV text with a reader of the given mapping and mode. */
    static ReadResult<TransactionLog> readCsv(String csv, CsvMapping mapping, boolean lenient) {
        return read(csv, mapping, InputFormat.csv(), lenient);
    }

    static ReadResult<TransactionLog> read(String text, CsvMapping mapping, InputFormat format, boolean lenient) {
        TransactionReader reader = TransactionReader.of(mapping).format(format);
        try {
            return (lenient ? reader.lenient() : reader).read(new StringReader(text), "test.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader that hands out at most {@code chunk} characters per call, to force refills mid-record. */
    static final class TrickleReader extends FilterReader {
        private final int chunk;

        TrickleReader(Reader in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            return super.read(buf, off, Math.min(len, chunk));
        }
    }
}
