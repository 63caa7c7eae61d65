package io.retention4j.core.io;

/**
 * Which columns of an input hold the fields of a transaction, and how times are read. Used with
 * every {@link InputFormat}, not only CSV.
 *
 * <p>Required: the customer id and the time; the amount too, unless the input has none
 * ({@link #of(String, String)}: every amount is then 0, which leaves frequency, recency and age
 * unchanged and makes monetary values 0). Optional: order id (repeated order ids are
 * dropped by the log and reported in {@link io.retention4j.core.log.TransactionLog#duplicates()}),
 * category, channel and quantity. Defaults: {@link DateFormat#AUTO} and UTC for times without an
 * offset. Column names are trimmed and matched exactly against the input's column names.
 *
 * <p>Immutable: each method returns a new mapping and validates its argument at once (non-blank
 * column name, no column mapped to two fields).
 */
public final class CsvMapping extends MappingBase<CsvMapping> {
    static final int CUSTOMER = 0;
    static final int TIME = 1;
    static final int AMOUNT = 2;
    static final int ORDER_ID = 3;
    static final int CATEGORY = 4;
    static final int CHANNEL = 5;
    static final int QUANTITY = 6;
    private static final String[] ROLES = {"customer", "time", "amount", "orderId", "category", "channel", "quantity"};

    private CsvMapping(ColumnMapping columns) {
        super(columns);
    }

    /**
     * A mapping of the three required columns.
     *
     * @param customerColumn the column of the customer id
     * @param timeColumn     the column of the transaction time
     * @param amountColumn   the column of the amount (negative for a refund)
     * @return the mapping
     * @throws IllegalArgumentException when a name is blank or two names are equal
     */
    public static CsvMapping of(String customerColumn, String timeColumn, String amountColumn) {
        return new CsvMapping(ColumnMapping.of(ROLES, customerColumn, timeColumn, amountColumn));
    }

    /**
     * A mapping for transactions without amounts (for example a log of purchase dates only): every
     * amount is 0.
     *
     * @param customerColumn the column of the customer id
     * @param timeColumn     the column of the transaction time
     * @return the mapping
     * @throws IllegalArgumentException when a name is blank or the two names are equal
     */
    public static CsvMapping of(String customerColumn, String timeColumn) {
        return new CsvMapping(ColumnMapping.of(ROLES, customerColumn, timeColumn));
    }

    /**
     * Maps the order id; a row whose order id was seen before is dropped by the log and reported.
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public CsvMapping orderId(String column) {
        return with(columnMapping().with(ORDER_ID, column));
    }

    /**
     * Maps the product category (an empty value means none).
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public CsvMapping category(String column) {
        return with(columnMapping().with(CATEGORY, column));
    }

    /**
     * Maps the sales channel (an empty value means none).
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public CsvMapping channel(String column) {
        return with(columnMapping().with(CHANNEL, column));
    }

    /**
     * Maps the quantity: a whole number {@code >= 0} (an empty value means unknown).
     *
     * @param column the column name
     * @return a new mapping
     * @throws IllegalArgumentException when the name is blank or already mapped
     */
    public CsvMapping quantity(String column) {
        return with(columnMapping().with(QUANTITY, column));
    }

    @Override
    CsvMapping with(ColumnMapping changed) {
        return new CsvMapping(changed);
    }
}
