/**
 * Reading transactions, events and feedback from CSV, TSV, whitespace-separated text and JSON Lines,
 * and writing summaries as CSV and JSON.
 *
 * <pre>{@code
 * TransactionLog log = TransactionReader.readCsv(path, CsvMapping.of("customer_id", "date", "amount"));
 *
 * ReadResult<TransactionLog> r = TransactionReader
 *         .of(CsvMapping.of("id", "date", "amount").dateFormat(DateFormat.BASIC_DATE))
 *         .format(InputFormat.whitespace().withoutHeader("master_id", "id", "date", "cds", "amount"))
 *         .lenient()
 *         .read(Path.of("CDNOW_sample.txt"));
 * }</pre>
 *
 * <p>Nothing is dropped silently. A strict read (the default) stops at the first bad row with a
 * {@link io.retention4j.core.io.DataFormatException} that names the source, line, column, value and
 * what was expected. A lenient read keeps the good rows and lists every rejected row in
 * {@link io.retention4j.core.io.ReadResult#rejected()}. Repeated order ids are dropped by the log
 * and listed with their lines in {@link io.retention4j.core.log.TransactionLog#duplicates()}.
 */
package io.retention4j.core.io;
