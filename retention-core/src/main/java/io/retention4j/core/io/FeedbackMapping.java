package io.retention4j.core.io;

/**
 * Which columns of an input hold the fields of customer {@link io.retention4j.core.model.Feedback},
 * and how times are read.
 *
 * <p>Required: the customer id, the time and the score (a whole number from 0 to 10). Optional:
 * comment, channel and category (an empty value means none). Defaults: {@link DateFormat#AUTO} and
 * UTC for times without an offset. Column names are trimmed and matched exactly against the input's
 * column names.
 *
 * <p>Immutable: each method returns a new mapping and validates its argument at once.
 */
public final class FeedbackMapping extends MappingBase<FeedbackMapping> {
    static final int CUSTOMER = 0;
    static final int TIME = 1;
    static final int SCORE = 2;
    static final int COMMENT = 3;
    static final int CHANNEL = 4;
    static final int CATEGORY = 5;
    private static final String[] ROLES = {"customer", "time", "score", "comment", "channel", "category"};

    private FeedbackMapping(ColumnMapping columns) {
        super(columns);
    }

    /**
     * A mapping of the three required columns.
     *
     * @param customerColumn the column of the customer id
     * @param timeColumn     the column of the time the feedback was given
     * @param scoreColumn    the column of the 0..10 score
     * @return the mapping
     * @throws IllegalArgumentException when a name is blank or two names are equal
     */
    public static FeedbackMapping of(String customerColumn, String timeColumn, String scoreColumn) {
        return new FeedbackMapping(ColumnMapping.of(ROLES, customerColumn, timeColumn, scoreColumn));
    }

    /**
     * Maps the free-text comment.
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public FeedbackMapping comment(String column) {
        return with(columnMapping().with(COMMENT, column));
    }

    /**
     * Maps the channel the feedback came through.
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public FeedbackMapping channel(String column) {
        return with(columnMapping().with(CHANNEL, column));
    }

    /**
     * Maps the caller-assigned category.
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public FeedbackMapping category(String column) {
        return with(columnMapping().with(CATEGORY, column));
    }

    @Override
    FeedbackMapping with(ColumnMapping changed) {
        return new FeedbackMapping(changed);
    }
}
