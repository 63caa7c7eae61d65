-- v2: one row per customer with the journal size, so an append is one guarded update of that row
-- (compare-and-set on the size; in PostgreSQL it also locks the customer until the commit) and the
-- customers are listed without scanning every entry
CREATE TABLE ledger_customer (
    customer_id  TEXT   NOT NULL PRIMARY KEY,
    journal_size BIGINT NOT NULL CHECK (journal_size >= 0)
);

INSERT INTO ledger_customer (customer_id, journal_size)
    SELECT customer_id, MAX(seq) + 1 FROM ledger_entry GROUP BY customer_id;
