package io.retention4j.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.retention4j.core.model.Feedback;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feedback from CSV: the 0..10 score and optional text fields. */
class FeedbackReaderTest {
    private static final FeedbackMapping MAPPING = FeedbackMapping.of("customer", "date", "score")
            .comment("comment").channel("channel");
    private static final String CSV = "customer,date,score,comment,channel\n"
            + "c1,2024-05-01,10,\"Great, fast\",email\n"   // 2
            + "c2,2024-05-02,0,,\n"                         // 3
            + "c3,2024-05-03,11,too high,app\n"             // 4
            + "c4,2024-05-04,7.5,half,app\n"                // 5
            + "c5,2024-05-05,-1,negative,app\n"             // 6
            + "c6,2024-05-06,,empty,app\n"                  // 7
            + "c7,2024-05-07,seven,word,app\n"              // 8
            + "c8,2024-05-08, 8 ,padded,app\n";             // 9

    @Test
    void read_lenient_keepsValidScoresAndRejectsEveryOtherScore() throws IOException {
        ReadResult<List<Feedback>> result = FeedbackReader.of(MAPPING).lenient().read(new StringReader(CSV), "nps.csv");

        assertThat(result.value()).containsExactly(
                new Feedback("c1", Instant.parse("2024-05-01T00:00:00Z"), 10, "Great, fast", "email", null),
                new Feedback("c2", Instant.parse("2024-05-02T00:00:00Z"), 0, null, null, null),
                new Feedback("c8", Instant.parse("2024-05-08T00:00:00Z"), 8, "padded", "app", null));
        assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(result.rejected()).extracting(RejectedRow::column).containsOnly("score");
        assertThat(result.rejected()).extracting(RejectedRow::value).containsExactly("11", "7.5", "-1", "", "seven");
        assertThat(result.rejected().get(0).reason()).isEqualTo("'11' is not a whole number from 0 to 10");
    }

    @Test
    void read_strict_throwsOnTheFirstScoreOutOfRange() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> FeedbackReader.of(MAPPING).read(new StringReader(CSV), "nps.csv"));

        assertThat(e).hasMessage("nps.csv line 4, column 'score': '11' is not a whole number from 0 to 10");
    }
}
