package io.retention4j.core.io;

/**
 * A row that a lenient read rejected, with where it is and why.
 *
 * @param source where the input came from: the file name, or the label the caller gave
 * @param line   the 1-based physical line on which the row starts
 * @param column the column of the offending value, or null when the whole row is malformed (wrong
 *               number of fields, bad quoting, malformed JSON)
 * @param value  the offending text (trimmed), or null when the problem is not about one value
 * @param reason what is wrong and what was expected, for example
 *               {@code '1997013' is not a date like 19970101 (pattern yyyyMMdd)}
 */
public record RejectedRow(String source, long line, String column, String value, String reason) {

    /**
     * The rejection as one line, in the form of a {@link DataFormatException} message.
     *
     * @return for example {@code orders.csv line 17, column 'date': '1997013' is not a date like ...}
     */
    @Override
    public String toString() {
        return DataFormatException.describe(source, line, column, reason);
    }
}
