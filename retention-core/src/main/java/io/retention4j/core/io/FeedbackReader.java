package io.retention4j.core.io;

import io.retention4j.core.internal.Checks;
import io.retention4j.core.model.Feedback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads customer {@link Feedback} (survey answers, NPS scores) into a list in input order.
 *
 * <p>Each row must have a non-blank customer id, a time in the mapping's {@link DateFormat}, and a
 * score that is a whole number from 0 to 10 (written without a sign or decimal point). Comment,
 * channel and category are optional (an empty value means none). Every value is trimmed.
 *
 * <p>Strict mode (the default) throws a {@link DataFormatException} on the first bad row; lenient
 * mode keeps the good rows and lists every bad one in {@link ReadResult#rejected()}. In both modes a
 * mapped column that the input lacks, an ambiguous header, or text that cannot be decoded throws.
 *
 * <p>Files are read as UTF-8. Instances are immutable and thread-safe; each read is independent.
 */
public final class FeedbackReader extends ReaderBase<FeedbackReader, List<Feedback>> {
    private static final int MAX_SCORE = 10;
    private static final String SCORE_EXPECTED = "a whole number from 0 to 10";

    private final FeedbackMapping mapping;

    private FeedbackReader(FeedbackMapping mapping, InputFormat format, boolean lenient) {
        super(mapping, format, lenient);
        this.mapping = mapping;
    }

    /**
     * A strict reader of CSV with a header line.
     *
     * @param mapping which columns hold which fields
     * @return the reader
     */
    public static FeedbackReader of(FeedbackMapping mapping) {
        return new FeedbackReader(Checks.notNull("mapping", mapping), InputFormat.csv(), false);
    }

    @Override
    FeedbackReader with(InputFormat changedFormat, boolean changedLenient) {
        return new FeedbackReader(mapping, changedFormat, changedLenient);
    }

    @Override
    RecordReading.RowHandler<List<Feedback>> newRows() {
        return new Rows(mapping);
    }

    /** Collects each record as a {@link Feedback}. */
    private static final class Rows implements RecordReading.RowHandler<List<Feedback>> {
        private final List<Feedback> feedback = new ArrayList<>();
        private final DateFormat dateFormat;
        private final TimeParser times;

        Rows(FeedbackMapping mapping) {
            this.dateFormat = mapping.dateFormat();
            this.times = dateFormat.newParser(mapping.zone());
        }

        @Override
        public void accept(RecordSource record) {
            String customer = record.required(FeedbackMapping.CUSTOMER, Fields.CUSTOMER_ID);
            long millis = Fields.time(record, FeedbackMapping.TIME, times, dateFormat);
            int score = Fields.wholeNumber(record, FeedbackMapping.SCORE, MAX_SCORE, SCORE_EXPECTED);
            feedback.add(new Feedback(customer, Instant.ofEpochMilli(millis), score,
                    record.optional(FeedbackMapping.COMMENT), record.optional(FeedbackMapping.CHANNEL),
                    record.optional(FeedbackMapping.CATEGORY)));
        }

        @Override
        public List<Feedback> result() {
            return Collections.unmodifiableList(feedback);
        }
    }
}
