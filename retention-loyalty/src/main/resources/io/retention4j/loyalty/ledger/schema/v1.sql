-- v1: journals, idempotency receipts and reward stock
-- Instants are two columns, epoch seconds and nanoseconds of the second, so they read back exactly;
-- amounts are BigDecimal text (exact, scale kept); allocations are "lot:points" pairs separated by
-- commas; attributes and receipt customer lists are JSON.
CREATE TABLE ledger_schema_version (
    version     INTEGER NOT NULL PRIMARY KEY,
    description TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL
);

CREATE TABLE ledger_entry (
    customer_id      TEXT    NOT NULL,
    seq              BIGINT  NOT NULL,
    entry_type       TEXT    NOT NULL,
    points           BIGINT  NOT NULL,
    at_second        BIGINT  NOT NULL,
    at_nano          INTEGER NOT NULL,
    entry_key        TEXT    NOT NULL,
    rule_id          TEXT,
    source           TEXT,
    expires_second   BIGINT,
    expires_nano     INTEGER,
    available_second BIGINT,
    available_nano   INTEGER,
    amount           TEXT,
    note             TEXT,
    debt             BIGINT  NOT NULL,
    allocations      TEXT,
    attributes       TEXT,
    PRIMARY KEY (customer_id, seq)
);

CREATE TABLE ledger_receipt (
    receipt_key  TEXT    NOT NULL PRIMARY KEY,
    command      TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    customer_ids TEXT    NOT NULL,
    at_second    BIGINT  NOT NULL,
    at_nano      INTEGER NOT NULL
);

CREATE TABLE ledger_stock (
    reward_id TEXT   NOT NULL PRIMARY KEY,
    redeemed  BIGINT NOT NULL CHECK (redeemed >= 0)
);
