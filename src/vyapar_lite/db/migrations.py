"""Numbered schema migrations.

Each migration is a list of SQL statements applied in one transaction together with its row in
`schema_version`, so a file is always at exactly one version. Migrations are plain SQL (not the
current models), so an old file migrates the same way however the models have moved on since.
A migration may also carry python steps (run after its statements, in the same transaction) for
DDL that lives behind a function, such as SQLite's full-text search in `sqlite_features`.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import peewee

from vyapar_lite.db import sqlite_features
from vyapar_lite.db.dialect import Statement, Variants, is_server, only_on_server, statement_for


# Python steps' modules are imported when an older file runs them: an up-to-date file's opening
# (every start) imports none of them, nor the server's (issue 21).
def _hash_existing_rows(db: peewee.Database) -> None:
    from vyapar_lite.db import audit_seal

    audit_seal.hash_existing_rows(db)


def _snapshot_existing_documents(db: peewee.Database) -> None:
    from vyapar_lite.db import party_backfill

    party_backfill.snapshot_existing_documents(db)


def _move_bounce_charges(db: peewee.Database) -> None:
    from vyapar_lite.db import memo_numbers

    memo_numbers.move_bounce_charges(db)


def _allow_opening_bills(db: peewee.Database) -> None:
    from vyapar_lite.db import opening_bills_migration

    opening_bills_migration.allow_opening_bills(db)


def _convert_openings(db: peewee.Database) -> None:
    from vyapar_lite.db import opening_bills_migration

    opening_bills_migration.convert_openings(db)


def _money_backfill(db: peewee.Database) -> None:
    from vyapar_lite.db import money_backfill

    money_backfill.backfill(db)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[Statement, ...]
    # Run after the statements, inside the same transaction; each gets the database.
    python_steps: tuple[Callable[[peewee.Database], None], ...] = ()


FOUNDATION = Migration(
    1,
    "shop profile, settings, number series, audit log",
    (
        """CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY,
        description TEXT NOT NULL,
        applied_at TIMESTAMP NOT NULL)""",
        """CREATE TABLE setting (
        key VARCHAR(100) PRIMARY KEY,
        value TEXT NOT NULL)""",
        """CREATE TABLE shop (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name VARCHAR(200) NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        city VARCHAR(100) NOT NULL DEFAULT '',
        pin_code VARCHAR(6) NOT NULL DEFAULT '',
        phone VARCHAR(20) NOT NULL DEFAULT '',
        email VARCHAR(200) NOT NULL DEFAULT '',
        state_code VARCHAR(2) NOT NULL,
        gstin VARCHAR(15) NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
        """CREATE TABLE sequence (
        name VARCHAR(50) PRIMARY KEY,
        prefix VARCHAR(20) NOT NULL DEFAULT '',
        next_number INTEGER NOT NULL DEFAULT 1 CHECK (next_number > 0),
        width INTEGER NOT NULL DEFAULT 4)""",
        """CREATE TABLE audit_entry (
        id INTEGER PRIMARY KEY,
        at TIMESTAMP NOT NULL,
        action VARCHAR(30) NOT NULL,
        record_type VARCHAR(30) NOT NULL,
        record_id INTEGER,
        record_label VARCHAR(100) NOT NULL DEFAULT '',
        customer_id INTEGER,
        before_json TEXT,
        after_json TEXT,
        note TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id)",
        "CREATE INDEX audit_entry_customer ON audit_entry (customer_id, at)",
        "CREATE INDEX audit_entry_at ON audit_entry (at)",
    ),
)

CUSTOMERS = Migration(
    2,
    "customers, categories and the customer ledger",
    (
        """CREATE TABLE customer_category (
        id INTEGER PRIMARY KEY,
        name VARCHAR(100) NOT NULL UNIQUE,
        is_active BOOLEAN NOT NULL DEFAULT TRUE)""",
        """CREATE TABLE customer (
        id INTEGER PRIMARY KEY,
        code VARCHAR(20) NOT NULL UNIQUE,
        name VARCHAR(200) NOT NULL,
        phone VARCHAR(20) NOT NULL DEFAULT '',
        alt_phone VARCHAR(20) NOT NULL DEFAULT '',
        email VARCHAR(200) NOT NULL DEFAULT '',
        preferred_contact VARCHAR(10) NOT NULL DEFAULT 'Phone',
        billing_address TEXT NOT NULL DEFAULT '',
        shipping_address TEXT NOT NULL DEFAULT '',
        shipping_same_as_billing BOOLEAN NOT NULL DEFAULT TRUE,
        city VARCHAR(100) NOT NULL DEFAULT '',
        pin_code VARCHAR(6) NOT NULL DEFAULT '',
        state_code VARCHAR(2) NOT NULL DEFAULT '',
        gstin VARCHAR(15) NOT NULL DEFAULT '',
        pan VARCHAR(10) NOT NULL DEFAULT '',
        customer_type VARCHAR(20) NOT NULL DEFAULT 'General',
        category_id INTEGER REFERENCES customer_category (id),
        credit_limit BIGINT NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
        check_credit_limit BOOLEAN NOT NULL DEFAULT FALSE,
        stop_sales BOOLEAN NOT NULL DEFAULT FALSE,
        payment_terms_days INTEGER NOT NULL DEFAULT 0 CHECK (payment_terms_days >= 0),
        also_supplier BOOLEAN NOT NULL DEFAULT FALSE,
        transporter VARCHAR(200) NOT NULL DEFAULT '',
        loyalty_points INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        is_active BOOLEAN NOT NULL DEFAULT TRUE,
        is_cash BOOLEAN NOT NULL DEFAULT FALSE,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX customer_name ON customer (name)",
        "CREATE INDEX customer_phone ON customer (phone)",
        "CREATE INDEX customer_gstin ON customer (gstin)",
        """CREATE TABLE ledger_entry (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        entry_date DATE NOT NULL,
        kind VARCHAR(20) NOT NULL,
        doc_number VARCHAR(40) NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        debit BIGINT NOT NULL DEFAULT 0 CHECK (debit >= 0),
        credit BIGINT NOT NULL DEFAULT 0 CHECK (credit >= 0),
        created_at TIMESTAMP NOT NULL)""",
        # Covering index: all-customer balances read only the index, never the rows.
        "CREATE INDEX ledger_entry_balance ON ledger_entry (customer_id, debit, credit)",
        "CREATE INDEX ledger_entry_statement ON ledger_entry (customer_id, entry_date, id)",
        "CREATE INDEX ledger_entry_date ON ledger_entry (entry_date)",
        "INSERT INTO sequence (name, prefix, next_number, width) VALUES ('customer', 'C', 1, 4)",
        """INSERT INTO customer (code, name, is_cash, created_at, updated_at)
       VALUES ('CASH', 'Cash sale (walk-in)', TRUE, {now}, {now})""",
        """INSERT INTO audit_entry (at, action, record_type, record_id, record_label, customer_id,
                                after_json, note)
       SELECT {now}, 'create', 'customer', id, code, id,
              '{{"code": "CASH", "name": "Cash sale (walk-in)"}}', 'created with the shop file'
       FROM customer WHERE code = 'CASH'""",
    ),
)

CUSTOMER_FILE = Migration(
    3,
    "customer notes, feedback and follow-ups; customer search index",
    (
        """CREATE TABLE customer_note (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        entry_date DATE NOT NULL,
        kind VARCHAR(10) NOT NULL CHECK (kind IN ('note', 'feedback', 'follow_up')),
        feedback_type VARCHAR(10) NOT NULL DEFAULT ''
            CHECK (feedback_type IN ('', 'compliment', 'complaint')),
        status VARCHAR(10) NOT NULL DEFAULT '' CHECK (status IN ('', 'open', 'resolved', 'done')),
        due_date DATE,
        text TEXT NOT NULL,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX customer_note_customer ON customer_note (customer_id, entry_date)",
        # Open follow-ups due by a date, across all customers (the "to do today" list).
        "CREATE INDEX customer_note_due ON customer_note (kind, status, due_date)",
        # SQLite's NOCASE on a server: a case-insensitive ICU collation of the same name, so the
        # services' `collate("NOCASE")` and the index below read alike on both stores.
        only_on_server(
            "CREATE COLLATION IF NOT EXISTS nocase "
            "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
        ),
        # The customer list's default order (case-insensitive name, then code) without a sort.
        "CREATE INDEX customer_list_name ON customer (name COLLATE NOCASE, code)",
    ),
    python_steps=(sqlite_features.create_customer_search,),
)

SALES = Migration(
    4,
    "items, stock, sale orders, invoices and notes, receipts and allocations, loyalty",
    (
        """CREATE TABLE gst_rate (
        rate_bp INTEGER PRIMARY KEY CHECK (rate_bp >= 0 AND rate_bp <= 10000),
        is_active BOOLEAN NOT NULL DEFAULT TRUE)""",
        """INSERT INTO gst_rate (rate_bp) VALUES
        (0), (25), (300), (500), (1200), (1800), (2800), (4000)""",
        """CREATE TABLE item (
        id INTEGER PRIMARY KEY,
        code VARCHAR(30) NOT NULL UNIQUE,
        name VARCHAR(200) NOT NULL,
        hsn_sac VARCHAR(8) NOT NULL DEFAULT '',
        unit VARCHAR(10) NOT NULL DEFAULT 'pcs',
        sale_price BIGINT NOT NULL DEFAULT 0 CHECK (sale_price >= 0),
        price_includes_tax BOOLEAN NOT NULL DEFAULT FALSE,
        gst_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (gst_rate_bp >= 0),
        track_stock BOOLEAN NOT NULL DEFAULT FALSE,
        low_stock_milli BIGINT NOT NULL DEFAULT 0 CHECK (low_stock_milli >= 0),
        is_active BOOLEAN NOT NULL DEFAULT TRUE,
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX item_name ON item (name)",
        """CREATE TABLE item_type_price (
        item_id INTEGER NOT NULL REFERENCES item (id),
        customer_type VARCHAR(20) NOT NULL,
        price BIGINT CHECK (price >= 0),
        discount_bp INTEGER CHECK (discount_bp >= 0 AND discount_bp <= 10000),
        PRIMARY KEY (item_id, customer_type))""",
        """CREATE TABLE stock_move (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES item (id),
        move_date DATE NOT NULL,
        qty_milli BIGINT NOT NULL,
        reason VARCHAR(20) NOT NULL,
        doc_type VARCHAR(20) NOT NULL DEFAULT '',
        doc_id INTEGER,
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX stock_move_item ON stock_move (item_id, qty_milli)",
        "CREATE INDEX stock_move_doc ON stock_move (doc_type, doc_id)",
        """CREATE TABLE receipt (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        receipt_date DATE NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        mode VARCHAR(10) NOT NULL,
        reference VARCHAR(100) NOT NULL DEFAULT '',
        cheque_number VARCHAR(20) NOT NULL DEFAULT '',
        cheque_bank VARCHAR(100) NOT NULL DEFAULT '',
        cheque_date DATE,
        status VARCHAR(10) NOT NULL DEFAULT 'posted',
        origin VARCHAR(12) NOT NULL DEFAULT 'receipt',
        cancel_reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX receipt_customer ON receipt (customer_id, receipt_date)",
        """CREATE TABLE sale_order (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        order_date DATE NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        status VARCHAR(16) NOT NULL DEFAULT 'open',
        advance_receipt_id INTEGER REFERENCES receipt (id),
        notes TEXT NOT NULL DEFAULT '',
        cancel_reason TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX sale_order_customer ON sale_order (customer_id, order_date)",
        """CREATE TABLE sale_order_line (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES sale_order (id),
        line_no INTEGER NOT NULL,
        item_id INTEGER REFERENCES item (id),
        description VARCHAR(200) NOT NULL,
        qty_milli BIGINT NOT NULL CHECK (qty_milli > 0),
        invoiced_milli BIGINT NOT NULL DEFAULT 0 CHECK (invoiced_milli >= 0),
        rate BIGINT NOT NULL CHECK (rate >= 0),
        discount_bp INTEGER NOT NULL DEFAULT 0,
        discount_amount BIGINT NOT NULL DEFAULT 0,
        gst_rate_bp INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX sale_order_line_order ON sale_order_line (order_id, line_no)",
        """CREATE TABLE sales_doc (
        id INTEGER PRIMARY KEY,
        kind VARCHAR(12) NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'debit_note')),
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        doc_date DATE NOT NULL,
        due_date DATE,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        place_of_supply VARCHAR(2) NOT NULL,
        tax_kind VARCHAR(6) NOT NULL CHECK (tax_kind IN ('intra', 'inter', 'export')),
        against_id INTEGER REFERENCES sales_doc (id),
        order_id INTEGER REFERENCES sale_order (id),
        note_reason VARCHAR(10) NOT NULL DEFAULT '',
        taxable_total BIGINT NOT NULL DEFAULT 0,
        cgst_total BIGINT NOT NULL DEFAULT 0,
        sgst_total BIGINT NOT NULL DEFAULT 0,
        igst_total BIGINT NOT NULL DEFAULT 0,
        round_off BIGINT NOT NULL DEFAULT 0,
        loyalty_discount BIGINT NOT NULL DEFAULT 0 CHECK (loyalty_discount >= 0),
        grand_total BIGINT NOT NULL CHECK (grand_total >= 0),
        points_earned INTEGER NOT NULL DEFAULT 0,
        points_redeemed INTEGER NOT NULL DEFAULT 0,
        status VARCHAR(10) NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        cancelled_at TIMESTAMP,
        notes TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX sales_doc_customer ON sales_doc (customer_id, doc_date)",
        "CREATE INDEX sales_doc_date ON sales_doc (doc_date, kind)",
        "CREATE INDEX sales_doc_against ON sales_doc (against_id)",
        """CREATE TABLE sales_doc_line (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES sales_doc (id),
        line_no INTEGER NOT NULL,
        item_id INTEGER REFERENCES item (id),
        description VARCHAR(200) NOT NULL,
        hsn_sac VARCHAR(8) NOT NULL DEFAULT '',
        unit VARCHAR(10) NOT NULL DEFAULT '',
        qty_milli BIGINT NOT NULL CHECK (qty_milli >= 0),
        rate BIGINT NOT NULL CHECK (rate >= 0),
        discount BIGINT NOT NULL DEFAULT 0 CHECK (discount >= 0),
        taxable BIGINT NOT NULL,
        gst_rate_bp INTEGER NOT NULL,
        cgst BIGINT NOT NULL DEFAULT 0,
        sgst BIGINT NOT NULL DEFAULT 0,
        igst BIGINT NOT NULL DEFAULT 0,
        total BIGINT NOT NULL,
        against_line_id INTEGER REFERENCES sales_doc_line (id))""",
        "CREATE INDEX sales_doc_line_doc ON sales_doc_line (doc_id, line_no)",
        "CREATE INDEX sales_doc_line_against ON sales_doc_line (against_line_id)",
        """CREATE TABLE allocation (
        id INTEGER PRIMARY KEY,
        receipt_id INTEGER NOT NULL REFERENCES receipt (id),
        doc_id INTEGER NOT NULL REFERENCES sales_doc (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX allocation_doc ON allocation (doc_id, amount)",
        "CREATE INDEX allocation_receipt ON allocation (receipt_id, amount)",
        """CREATE TABLE loyalty_move (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        move_date DATE NOT NULL,
        points INTEGER NOT NULL,
        doc_type VARCHAR(20) NOT NULL,
        doc_id INTEGER,
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX loyalty_move_customer ON loyalty_move (customer_id, points)",
        "ALTER TABLE ledger_entry ADD COLUMN doc_type VARCHAR(20) NOT NULL DEFAULT ''",
        "ALTER TABLE ledger_entry ADD COLUMN doc_id INTEGER",
        "CREATE INDEX ledger_entry_doc ON ledger_entry (doc_type, doc_id)",
        """INSERT INTO setting (key, value) VALUES
        ('invoice.round_off', '1'),
        ('loyalty.earn_per_paise', '10000'),
        ('loyalty.point_value_paise', '100')""",
        "INSERT INTO sequence (name, prefix, next_number, width) VALUES ('item', 'I', 1, 4)",
    ),
)

PAYMENTS = Migration(
    5,
    "cheque clearing, purchase bills, payments out, refunds, contra settlement, payable ledger",
    (
        # A receipt's cheque life: '' (not a cheque, or a cheque recorded before this version:
        # read as 'received'), 'received', 'deposited', 'cleared', 'bounced'. `counted_on` is the
        # date a post-dated cheque was counted at clearance (NULL: counted on its receipt date, or
        # not yet counted while status is 'pending').
        "ALTER TABLE receipt ADD COLUMN cheque_status VARCHAR(10) NOT NULL DEFAULT ''",
        "ALTER TABLE receipt ADD COLUMN deposited_on DATE",
        "ALTER TABLE receipt ADD COLUMN cleared_on DATE",
        "ALTER TABLE receipt ADD COLUMN bounced_on DATE",
        "ALTER TABLE receipt ADD COLUMN counted_on DATE",
        # A write-off posted with a receipt points to it; a bounced cheque to its charge's note.
        "ALTER TABLE receipt ADD COLUMN with_receipt_id INTEGER REFERENCES receipt (id)",
        "ALTER TABLE receipt ADD COLUMN charge_doc_id INTEGER REFERENCES sales_doc (id)",
        "CREATE INDEX receipt_cheque ON receipt (cheque_status, cheque_date)",
        "CREATE INDEX receipt_status ON receipt (customer_id, status)",
        """CREATE TABLE purchase_bill (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        bill_number VARCHAR(40) NOT NULL,
        bill_date DATE NOT NULL,
        due_date DATE NOT NULL,
        taxable BIGINT NOT NULL CHECK (taxable >= 0),
        gst BIGINT NOT NULL CHECK (gst >= 0),
        total BIGINT NOT NULL CHECK (total > 0),
        description TEXT NOT NULL DEFAULT '',
        status VARCHAR(10) NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX purchase_bill_customer ON purchase_bill (customer_id, bill_date)",
        "CREATE INDEX purchase_bill_theirs ON purchase_bill (customer_id, bill_number)",
        """CREATE TABLE payment_out (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        pay_date DATE NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        purpose VARCHAR(10) NOT NULL CHECK (purpose IN ('refund', 'supplier', 'contra')),
        amount BIGINT NOT NULL CHECK (amount > 0),
        mode VARCHAR(10) NOT NULL DEFAULT '',
        reference VARCHAR(100) NOT NULL DEFAULT '',
        cheque_number VARCHAR(20) NOT NULL DEFAULT '',
        cheque_bank VARCHAR(100) NOT NULL DEFAULT '',
        cheque_date DATE,
        credit_note_part BIGINT NOT NULL DEFAULT 0 CHECK (credit_note_part >= 0),
        status VARCHAR(10) NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX payment_out_customer ON payment_out (customer_id, pay_date)",
        """CREATE TABLE bill_allocation (
        id INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payment_out (id),
        bill_id INTEGER NOT NULL REFERENCES purchase_bill (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX bill_allocation_bill ON bill_allocation (bill_id, amount)",
        "CREATE INDEX bill_allocation_payment ON bill_allocation (payment_id, amount)",
        # The part of a receipt's unallocated money (the customer's advance) a refund paid back.
        """CREATE TABLE refund_use (
        id INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payment_out (id),
        receipt_id INTEGER NOT NULL REFERENCES receipt (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX refund_use_receipt ON refund_use (receipt_id, amount)",
        "CREATE INDEX refund_use_payment ON refund_use (payment_id)",
        """CREATE TABLE contra (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        contra_date DATE NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        receipt_id INTEGER NOT NULL REFERENCES receipt (id),
        payment_id INTEGER NOT NULL REFERENCES payment_out (id),
        status VARCHAR(10) NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX contra_customer ON contra (customer_id, contra_date)",
        # The supplier side of a customer who is also a supplier: what the shop owes them.
        # Payable balance = SUM(credit) - SUM(debit); kept apart from ledger_entry so every
        # receivable report keeps reading ledger_entry alone.
        """CREATE TABLE payable_entry (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        entry_date DATE NOT NULL,
        kind VARCHAR(20) NOT NULL,
        doc_type VARCHAR(20) NOT NULL,
        doc_id INTEGER,
        doc_number VARCHAR(40) NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        debit BIGINT NOT NULL DEFAULT 0 CHECK (debit >= 0),
        credit BIGINT NOT NULL DEFAULT 0 CHECK (credit >= 0),
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX payable_entry_balance ON payable_entry (customer_id, credit, debit)",
        "CREATE INDEX payable_entry_statement ON payable_entry (customer_id, entry_date, id)",
        "CREATE INDEX payable_entry_doc ON payable_entry (doc_type, doc_id)",
        "INSERT INTO setting (key, value) VALUES ('cheque.count_on', 'clearance')",
    ),
)

AUDIT_CHAIN = Migration(
    6,
    "tamper-evident audit log: a hash chain over the audit rows",
    (
        # SHA-256 (hex) of the row before it (64 zeros for the first row) and of this row.
        "ALTER TABLE audit_entry ADD COLUMN prev_hash CHAR(64) NOT NULL DEFAULT ''",
        "ALTER TABLE audit_entry ADD COLUMN row_hash CHAR(64) NOT NULL DEFAULT ''",
        # The chain's last row, so that deleting rows at the end of the log is found too.
        """CREATE TABLE audit_chain_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_id INTEGER NOT NULL,
        last_hash CHAR(64) NOT NULL)""",
    ),
    python_steps=(_hash_existing_rows,),
)

REMINDERS = Migration(
    7,
    "reminders sent to customers; an index for customer segments",
    (
        # A payment or win-back reminder the shopkeeper sent (copied, opened in WhatsApp or
        # e-mailed): kept on the customer's file with the text as it was sent.
        """CREATE TABLE reminder (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        sent_on DATE NOT NULL,
        kind VARCHAR(10) NOT NULL CHECK (kind IN ('payment', 'win_back')),
        channel VARCHAR(10) NOT NULL CHECK (channel IN ('copy', 'whatsapp', 'email')),
        language VARCHAR(2) NOT NULL CHECK (language IN ('en', 'hi')),
        amount_due BIGINT NOT NULL DEFAULT 0,
        message TEXT NOT NULL,
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX reminder_customer ON reminder (customer_id, sent_on)",
        # Customer segments (best, loyal, dormant) sum sales per customer from the index alone.
        """CREATE INDEX sales_doc_sales
        ON sales_doc (customer_id, status, doc_date, kind, grand_total)""",
    ),
)

DASHBOARD = Migration(
    8,
    "indexes for the dashboard's sales and takings by period",
    (
        # Sales in a period (a month, the chart's 12 months, best customers) from the index alone.
        """CREATE INDEX sales_doc_day_value
        ON sales_doc (doc_date, status, kind, grand_total, customer_id)""",
        # Money received in a period, from the indexes alone: by the receipt's date, and by the
        # day a cheque counted when it cleared.
        """CREATE INDEX receipt_day_amount
        ON receipt (receipt_date, status, origin, counted_on, amount)""",
        """CREATE INDEX receipt_counted_amount ON receipt (counted_on, status, origin, amount)
        WHERE counted_on IS NOT NULL""",
    ),
)

KEPT_AGEING = Migration(
    9,
    "today's ageing kept between sessions (derived from the books, never a record of its own)",
    (
        # Which state of the books the kept items belong to: the audit log's last row then.
        """CREATE TABLE ageing_kept (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        audit_id INTEGER NOT NULL,
        audit_hash CHAR(64) NOT NULL,
        saved_at TIMESTAMP NOT NULL)""",
        # Each customer who owes or is in advance: their balance, and the open items (due date,
        # amount) that make up what they owe; one row with no due date for a customer in advance.
        """CREATE TABLE ageing_kept_item (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer (id),
        balance BIGINT NOT NULL,
        due_date DATE,
        amount BIGINT NOT NULL DEFAULT 0)""",
    ),
)

DOCUMENT_PARTIES = Migration(
    10,
    "both parties of every document as issued; documents posted before this version get the "
    "customer and shop masters as they were at migration time (the best that can be known)",
    (
        # One row per document (doc_type as the ledger names it); see models.DocumentParty.
        """CREATE TABLE document_party (
        doc_type VARCHAR(20) NOT NULL,
        doc_id INTEGER NOT NULL,
        party_name VARCHAR(200) NOT NULL,
        billing_address TEXT NOT NULL DEFAULT '',
        shipping_address TEXT NOT NULL DEFAULT '',
        phone VARCHAR(20) NOT NULL DEFAULT '',
        gstin VARCHAR(15) NOT NULL DEFAULT '',
        state_code VARCHAR(2) NOT NULL DEFAULT '',
        state_name VARCHAR(60) NOT NULL DEFAULT '',
        place_of_supply VARCHAR(2) NOT NULL DEFAULT '',
        place_name VARCHAR(60) NOT NULL DEFAULT '',
        shipping_state_code VARCHAR(2) NOT NULL DEFAULT '',
        shop_name VARCHAR(200) NOT NULL,
        shop_address TEXT NOT NULL DEFAULT '',
        shop_city VARCHAR(100) NOT NULL DEFAULT '',
        shop_pin_code VARCHAR(6) NOT NULL DEFAULT '',
        shop_phone VARCHAR(20) NOT NULL DEFAULT '',
        shop_email VARCHAR(200) NOT NULL DEFAULT '',
        shop_gstin VARCHAR(15) NOT NULL DEFAULT '',
        shop_state_code VARCHAR(2) NOT NULL DEFAULT '',
        shop_state_name VARCHAR(60) NOT NULL DEFAULT '',
        taken_at TIMESTAMP NOT NULL,
        PRIMARY KEY (doc_type, doc_id))""",
    ),
    python_steps=(_snapshot_existing_documents,),
)

DOCUMENTS_AFTER_ISSUE = Migration(
    11,
    "debit memos for bounced cheques' charges; reverse charge; walk-in buyers; export country",
    (
        # The dashboard's sales leave out non-GST documents (debit memos, financial credit
        # notes: `services.non_gst`) by note_reason, still from the index alone: this index
        # replaces migration 8's sales_doc_day_value.
        "DROP INDEX sales_doc_day_value",
        """CREATE INDEX sales_doc_day_sales
        ON sales_doc (doc_date, status, kind, grand_total, customer_id, note_reason)""",
        # Whether tax on an item / on a line as issued is payable on reverse charge (Rule 46).
        "ALTER TABLE item ADD COLUMN reverse_charge BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE sales_doc_line ADD COLUMN reverse_charge BOOLEAN NOT NULL DEFAULT FALSE",
        # A walk-in (CASH) buyer's name, address and state on a sale of ₹50,000 or more to an
        # unregistered buyer (Rule 46(e)); blank otherwise.
        "ALTER TABLE sales_doc ADD COLUMN walk_in_name VARCHAR(200) NOT NULL DEFAULT ''",
        "ALTER TABLE sales_doc ADD COLUMN walk_in_address TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sales_doc ADD COLUMN walk_in_state VARCHAR(2) NOT NULL DEFAULT ''",
        # A foreign buyer's country of destination, printed on export invoices; on the invoice,
        # as issued, with the LUT it was exported under (a reprint shows what was issued).
        "ALTER TABLE customer ADD COLUMN country VARCHAR(60) NOT NULL DEFAULT ''",
        "ALTER TABLE sales_doc ADD COLUMN country VARCHAR(60) NOT NULL DEFAULT ''",
        "ALTER TABLE sales_doc ADD COLUMN lut_reference VARCHAR(60) NOT NULL DEFAULT ''",
    ),
    python_steps=(_move_bounce_charges,),
)

OPENING_BILLS = Migration(
    12,
    "opening balances bill by bill: each opening entry becomes an opening bill or credit",
    (),
    (
        _allow_opening_bills,
        _convert_openings,
        # the new opening bills' and credits' parties as issued (migration 10's step again:
        # it fills in only documents without a snapshot)
        _snapshot_existing_documents,
    ),
)

# The shop's unit words as migration 13 read them (frozen here; domain.uqc maps new items).
_UQC_OF_UNIT_13 = (
    ("PCS", "pcs pc piece pieces"), ("NOS", "nos no number numbers"),
    ("KGS", "kg kgs kilo kilogram kilograms"), ("GMS", "g gm gms gram grams"),
    ("LTR", "l lt ltr litre litres liter liters"), ("MLT", "ml mlt"),
    ("MTR", "m mtr metre metres meter meters"), ("BOX", "box boxes"), ("BAG", "bag bags"),
    ("PAC", "pack packs pkt packet packets pac"), ("DOZ", "dozen doz dz"),
    ("PRS", "pair pairs prs"), ("SET", "set sets"), ("ROL", "roll rolls"),
    ("BTL", "bottle bottles btl"), ("CAN", "can cans"), ("CTN", "carton cartons ctn"),
    ("BDL", "bundle bundles bdl"), ("TON", "ton tons tonne tonnes"), ("QTL", "quintal qtl"),
    ("UNT", "unit units"), ("SQF", "sqft"), ("SQM", "sqm"), ("CMS", "cm"),
    ("TUB", "tube tubes"), ("TBS", "tablet tablets tab"), ("DRM", "drum drums"),
)  # fmt: skip
_UQC_CASE_13 = " ".join(
    f"WHEN LOWER(TRIM(unit)) IN ({', '.join(repr(w) for w in words.split())}) THEN '{code}'"
    for code, words in _UQC_OF_UNIT_13
)

AMOUNTS_AND_PLACE = Migration(
    13,
    "GST unit codes for items and invoice lines, SEZ customers and supplies, loyalty shares on "
    "lines",
    (
        # Every item gets the GST unit code its unit word stands for (OTH when not known).
        "ALTER TABLE item ADD COLUMN uqc VARCHAR(3) NOT NULL DEFAULT 'OTH'",
        f"UPDATE item SET uqc = CASE {_UQC_CASE_13} ELSE 'OTH' END",
        # The code a line was issued with; lines issued before keep '' (not known at issue).
        "ALTER TABLE sales_doc_line ADD COLUMN uqc VARCHAR(3) NOT NULL DEFAULT ''",
        # Points redeemed come off the lines before tax (s.15(3)(a) CGST Act): each line's part.
        """ALTER TABLE sales_doc_line ADD COLUMN loyalty_share BIGINT NOT NULL DEFAULT 0
        CHECK (loyalty_share >= 0)""",
        "ALTER TABLE customer ADD COLUMN is_sez BOOLEAN NOT NULL DEFAULT FALSE",
        """ALTER TABLE sales_doc ADD COLUMN sez_supply VARCHAR(5) NOT NULL DEFAULT ''
        CHECK (sez_supply IN ('', 'SEWP', 'SEWOP'))""",
        # GSTR-1 reports SEZ supplies by period in their own rows (SEWP / SEWOP): few, so a
        # partial index finds them without reading every invoice of the period.
        "CREATE INDEX sales_doc_sez ON sales_doc (doc_date) WHERE sez_supply <> ''",
    ),
)

WHO_MAY_CHARGE_TAX = Migration(
    14,
    "16-character document numbers; composition scheme; nil-rated/exempt/non-GST supplies; "
    "what each document was issued as",
    (
        # Series started before 16-character numbers keep the long year (`INV/2026-27/0001`)
        # for the rest of their year (`domain.doc_numbers`); new series use `INV/26-27/00001`.
        "ALTER TABLE sequence ADD COLUMN year_form VARCHAR(5) NOT NULL DEFAULT 'long'",
        # A composition taxable person (s.10 CGST Act) and its rate in basis points.
        "ALTER TABLE shop ADD COLUMN composition BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE shop ADD COLUMN composition_rate_bp INTEGER NOT NULL DEFAULT 0",
        # 'taxable' | 'nil' (0% nil-rated) | 'exempt' | 'non_gst'.
        "ALTER TABLE item ADD COLUMN supply_type VARCHAR(10) NOT NULL DEFAULT 'taxable'",
        "ALTER TABLE sales_doc_line ADD COLUMN supply_type VARCHAR(10) NOT NULL DEFAULT 'taxable'",
        # What the document was issued as, and under which scheme the shop was then, so a reprint
        # never changes with the shop's registration: every earlier one was a tax invoice.
        "ALTER TABLE sales_doc ADD COLUMN document_type VARCHAR(30) NOT NULL DEFAULT 'tax_invoice'",
        "ALTER TABLE sales_doc ADD COLUMN supplier_scheme VARCHAR(15) NOT NULL DEFAULT 'regular'",
        # The composition return (CMP-08) sums a quarter's documents issued under the scheme.
        "CREATE INDEX sales_doc_scheme_day ON sales_doc (supplier_scheme, doc_date)",
    ),
)

SHIPPING_BILLS = Migration(
    15,
    "Shipping bill number, date and port code on export invoices",
    (
        # An export's shipping bill (or bill of export), as the invoice was issued with it:
        # GSTR-1's table 6A reports them (blank when not known when the invoice was issued).
        "ALTER TABLE sales_doc ADD COLUMN shipping_bill_number VARCHAR(7) NOT NULL DEFAULT ''",
        "ALTER TABLE sales_doc ADD COLUMN shipping_bill_date DATE",
        "ALTER TABLE sales_doc ADD COLUMN port_code VARCHAR(6) NOT NULL DEFAULT ''",
    ),
)

COMPOSITION_BUYERS = Migration(
    16,
    "Composition dealers among the customers, and on each document as issued",
    (
        # GSTR-3B Table 3.2 lists inter-state supplies to composition taxable persons apart;
        # whether the buyer was one is part of what a document was issued to (its snapshot).
        "ALTER TABLE customer ADD COLUMN is_composition BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE document_party ADD COLUMN composition BOOLEAN NOT NULL DEFAULT FALSE",
    ),
)

BACKUP_ANCHORS = Migration(
    17,
    "audit anchors carried inside backups",
    (
        # Written only into a backup copy (never into the open shop file): the audit chain's last
        # and first entries when the backup was taken, so a restore or `check` of the backup
        # holds its chain to them (services/audit_anchors.py). A shop restored from a backup
        # keeps the rows its backup carried; they stay true of its chain.
        """CREATE TABLE audit_anchor (
            id INTEGER PRIMARY KEY,
            entry INTEGER NOT NULL CHECK (entry >= 0),
            hash VARCHAR(64) NOT NULL,
            first INTEGER NOT NULL CHECK (first >= 0),
            first_hash VARCHAR(64) NOT NULL,
            at VARCHAR(19) NOT NULL,
            why VARCHAR(20) NOT NULL,
            backup VARCHAR(255) NOT NULL DEFAULT ''
        )""",
    ),
)

REVERSE_CHARGE_TAX = Migration(
    18,
    "reverse charge: the tax payable by the recipient kept apart on each line",
    (
        # On a line whose tax is payable by the recipient (s.9(3)/9(4) CGST Act) the supplier
        # collects none: its cgst/sgst/igst are 0 and its total is its taxable value, and the
        # recipient's tax is kept here, for information. Lines issued before stay as issued.
        "ALTER TABLE sales_doc_line ADD COLUMN rcm_cgst BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE sales_doc_line ADD COLUMN rcm_sgst BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE sales_doc_line ADD COLUMN rcm_igst BIGINT NOT NULL DEFAULT 0",
    ),
)

ADVANCE_TAX_FOR_SERVICES = Migration(
    19,
    "GST on advances received for services, stored with the receipt",
    (
        # An advance for services is taxable when received (s.13(2) CGST Act, Rule 50): the
        # amount is tax-inclusive; its taxable value and tax (CGST+SGST or IGST by the place of
        # supply) as worked out at receipt, one row per receipt that carries such tax. Advances
        # for goods carry none (Notification 66/2017-Central Tax): they have no row.
        """CREATE TABLE receipt_advance_tax (
        receipt_id INTEGER NOT NULL PRIMARY KEY REFERENCES receipt (id),
        advance BIGINT NOT NULL CHECK (advance > 0),
        rate_bp INTEGER NOT NULL CHECK (rate_bp > 0),
        taxable BIGINT NOT NULL,
        cgst BIGINT NOT NULL DEFAULT 0,
        sgst BIGINT NOT NULL DEFAULT 0,
        igst BIGINT NOT NULL DEFAULT 0,
        place_of_supply VARCHAR(2) NOT NULL,
        tax_kind VARCHAR(6) NOT NULL CHECK (tax_kind IN ('intra', 'inter', 'export')),
        description TEXT NOT NULL DEFAULT '',
        CHECK (taxable + cgst + sgst + igst = advance))""",
    ),
)

BILL_TO_SHIP_TO = Migration(
    20,
    "bill to / ship to: goods delivered to a third party on the buyer's direction",
    (
        # s.10(1)(b) IGST Act: goods delivered to a third person on the buyer's direction are
        # supplied where the buyer (the bill-to party) has its principal place of business, not
        # where they are delivered; kept with the document's parties as issued.
        "ALTER TABLE document_party ADD COLUMN third_party_delivery BOOLEAN NOT NULL DEFAULT FALSE",
    ),
)

DEEMED_EXPORTS = Migration(
    21,
    "deemed exports (s.147 CGST Act): each invoice's category as issued",
    (
        # A supply notified as a deemed export (Notification 48/2017-Central Tax) is taxed as
        # usual, but GSTR-1 reports it as invoice type DE and either party may claim a refund.
        # The invoice keeps which of the notification's supplies it was: AA (goods against an
        # Advance Authorisation), EPCG (capital goods against an EPCG authorisation), EOU (goods
        # to an EOU, EHTP, STP or BTP unit), GOLD (gold by a bank or PSU against an Advance
        # Authorisation); '' for every other document, all those issued before included.
        """ALTER TABLE sales_doc ADD COLUMN deemed_export VARCHAR(4) NOT NULL DEFAULT ''
        CHECK (deemed_export IN ('', 'AA', 'EPCG', 'EOU', 'GOLD'))""",
    ),
)

TYPING_DRAFTS = Migration(
    22,
    "drafts being typed, kept so a power cut loses no half-typed bill (not part of the books)",
    (
        # One draft per form (kind: 'invoice', 'receipt', 'order', ...): what the form holds as
        # JSON, saved every few seconds while typed and removed when posted or discarded. A draft
        # is not a record: writing it adds no audit row and `check` does not read it.
        """CREATE TABLE draft (
        kind VARCHAR(20) PRIMARY KEY,
        summary VARCHAR(200) NOT NULL DEFAULT '',
        payload TEXT NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    ),
)

MONTH_END_BALANCES = Migration(
    23,
    "each customer's balance at every month-end (derived from the ledger, never a record of "
    "its own) and documents by due date: balances and ageing as of any date",
    (
        # services/month_end_balances.py: debits - credits up to and including the month-end,
        # for customers whose balance then is not 0. No foreign key: derived from whatever the
        # ledger holds, so that `check` can still work it out on a file with a broken reference.
        """CREATE TABLE month_end_balance (
        month_end DATE NOT NULL,
        customer_id INTEGER NOT NULL,
        balance BIGINT NOT NULL,
        PRIMARY KEY (month_end, customer_id))""",
        # The highest ledger entry id the kept rows include, and the month-ends kept.
        """CREATE TABLE month_end_kept (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        ledger_id INTEGER NOT NULL,
        first_month_end DATE,
        last_month_end DATE)""",
        # Ageing walks a customer's documents newest due first and stops once the balance is
        # covered: in this order SQLite reads them without sorting (services/ageing.py _Walk).
        """CREATE INDEX sales_doc_due ON sales_doc
        (customer_id, status, COALESCE(due_date, doc_date), doc_date, kind, grand_total)""",
    ),
)

MONEY_ACCOUNTS = Migration(
    24,
    "money accounts (cash, banks), the money each document moved, expenses, contra vouchers",
    (
        # Where the money is: a Cash account (one, or one per counter) and bank accounts. The
        # "Bank (not yet set)" account (`placeholder`) holds what documents made before this
        # version moved by any mode but cash, until the shopkeeper re-assigns it to a real bank.
        """CREATE TABLE money_account (
        id INTEGER PRIMARY KEY,
        name VARCHAR(60) NOT NULL UNIQUE,
        kind VARCHAR(4) NOT NULL CHECK (kind IN ('cash', 'bank')),
        account_digits VARCHAR(6) NOT NULL DEFAULT '',
        ifsc VARCHAR(11) NOT NULL DEFAULT '',
        opening_date DATE,
        placeholder BOOLEAN NOT NULL DEFAULT FALSE,
        active BOOLEAN NOT NULL DEFAULT TRUE,
        created_at TIMESTAMP NOT NULL)""",
        # Which account a payment mode's money reaches: cash the drawer, UPI and card their
        # settlement bank, a bank transfer and a cheque (when it clears) a bank.
        """CREATE TABLE mode_account (
        mode VARCHAR(10) PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES money_account (id))""",
        # Every movement of money: signed paise (+ in, - out) on the day it moved, pointing to
        # its document. An account's balance is the sum of its entries (its opening balance is
        # an entry of kind 'opening', doc_type 'money_account').
        """CREATE TABLE money_entry (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES money_account (id),
        entry_date DATE NOT NULL,
        amount BIGINT NOT NULL CHECK (amount <> 0),
        kind VARCHAR(20) NOT NULL,
        doc_type VARCHAR(20) NOT NULL,
        doc_id INTEGER,
        doc_number VARCHAR(40) NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX money_entry_book ON money_entry (account_id, entry_date, id)",
        # balances at a date and a book's brought-forward sum, from the index alone
        "CREATE INDEX money_entry_balance ON money_entry (account_id, entry_date, amount)",
        "CREATE INDEX money_entry_doc ON money_entry (doc_type, doc_id)",
        "CREATE INDEX money_entry_day ON money_entry (entry_date)",
        # The bank a cheque was deposited into (its money reaches it when it clears).
        "ALTER TABLE receipt ADD COLUMN deposit_account_id INTEGER REFERENCES money_account (id)",
        """CREATE TABLE expense_head (
        id INTEGER PRIMARY KEY,
        name VARCHAR(40) NOT NULL UNIQUE,
        active BOOLEAN NOT NULL DEFAULT TRUE)""",
        """CREATE TABLE expense (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        expense_date DATE NOT NULL,
        head_id INTEGER NOT NULL REFERENCES expense_head (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        account_id INTEGER NOT NULL REFERENCES money_account (id),
        description TEXT NOT NULL DEFAULT '',
        supplier_name VARCHAR(100) NOT NULL DEFAULT '',
        supplier_gstin VARCHAR(15) NOT NULL DEFAULT '',
        bill_number VARCHAR(40) NOT NULL DEFAULT '',
        bill_date DATE,
        status VARCHAR(10) NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX expense_date ON expense (expense_date, head_id)",
        # A GST bill's tax, one row per rate, for the accountant's input tax (s.16 CGST Act).
        """CREATE TABLE expense_tax (
        id INTEGER PRIMARY KEY,
        expense_id INTEGER NOT NULL REFERENCES expense (id),
        rate_bp INTEGER NOT NULL CHECK (rate_bp >= 0),
        taxable BIGINT NOT NULL CHECK (taxable >= 0),
        cgst BIGINT NOT NULL DEFAULT 0 CHECK (cgst >= 0),
        sgst BIGINT NOT NULL DEFAULT 0 CHECK (sgst >= 0),
        igst BIGINT NOT NULL DEFAULT 0 CHECK (igst >= 0))""",
        "CREATE INDEX expense_tax_expense ON expense_tax (expense_id)",
        # Money moved between the shop's own accounts (cash deposited in the bank, withdrawn).
        """CREATE TABLE contra_voucher (
        id INTEGER PRIMARY KEY,
        number VARCHAR(40) NOT NULL UNIQUE,
        fin_year VARCHAR(7) NOT NULL,
        voucher_date DATE NOT NULL,
        from_account_id INTEGER NOT NULL REFERENCES money_account (id),
        to_account_id INTEGER NOT NULL REFERENCES money_account (id),
        amount BIGINT NOT NULL CHECK (amount > 0),
        notes TEXT NOT NULL DEFAULT '',
        status VARCHAR(10) NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL,
        CHECK (from_account_id <> to_account_id))""",
        "CREATE INDEX contra_voucher_date ON contra_voucher (voucher_date)",
    ),
    (_money_backfill,),
)

DAILY_CLOSING_AND_BANK_RECONCILIATION = Migration(
    25,
    "daily cash closing (the drawer counted, the difference posted) and bank reconciliation marks",
    (
        # A cash account's day counted and closed: what the books expected, what was counted
        # (notes by value and coins, as JSON), the difference (posted as a money entry of
        # doc_type 'daily_closing'). One closing per account and day.
        """CREATE TABLE daily_closing (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES money_account (id),
        closing_date DATE NOT NULL,
        opening BIGINT NOT NULL,
        received BIGINT NOT NULL,
        paid BIGINT NOT NULL,
        expected BIGINT NOT NULL,
        counted BIGINT NOT NULL CHECK (counted >= 0),
        difference BIGINT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        count_json TEXT NOT NULL DEFAULT '{{}}',
        closed_at TIMESTAMP NOT NULL,
        UNIQUE (account_id, closing_date),
        CHECK (expected = opening + received - paid),
        CHECK (difference = counted - expected))""",
        # A bank account's entry ticked against the passbook: the bank's date and its words.
        """CREATE TABLE bank_reconciled (
        entry_id INTEGER NOT NULL PRIMARY KEY REFERENCES money_entry (id),
        bank_date DATE NOT NULL,
        statement_text TEXT NOT NULL DEFAULT '',
        marked_at TIMESTAMP NOT NULL)""",
        # The closing screen sums a cash account's entries before a day: from the index alone.
        "CREATE INDEX money_entry_day_amount ON money_entry (account_id, entry_date, amount)",
    ),
)

# The documents that carry the counter that posted them (services/counters.py).
COUNTER_DOCUMENTS = ("sales_doc", "receipt", "payment_out", "purchase_bill", "expense",
                     "contra_voucher")  # fmt: skip

COUNTER_NAMES = Migration(
    26,
    "several counters: the counter (its name) that wrote each audit row and posted each document",
    (
        # NULL for every row and document from before (and for those written while no counter
        # was named). The audit row's hash covers its counter when it has one
        # (domain/audit_hash.py), so a name changed afterwards breaks the chain.
        "ALTER TABLE audit_entry ADD COLUMN counter VARCHAR(30)",
        # The names already used, read when a new counter is offered the next free one.
        "CREATE INDEX audit_entry_counter ON audit_entry (counter)",
        *(f"ALTER TABLE {table} ADD COLUMN counter VARCHAR(30)" for table in COUNTER_DOCUMENTS),
    ),
)


def _server_search_reads_plus_as_space(db: peewee.Database) -> None:
    if is_server(db):
        from vyapar_lite.db import server_features

        server_features.recreate_customer_search(db)


SERVER_SEARCH_PHONE_PREFIX = Migration(
    27,
    "on a server, customer search reads a + as a space (as SQLite's FTS5 does), so a phone "
    "stored as +971501234567 is found by its first digits",
    (),
    (_server_search_reads_plus_as_space,),
)

MONTH_END_KEPT_BY_AUDIT = Migration(
    28,
    "the kept month-end balances are marked by the audit log's last row, not the ledger's last id "
    "(ids on a server are not handed out in commit order)",
    (
        # services/month_end_balances.py, services/books_changes.py. Left empty here: the first
        # read works every month-end out again and marks it.
        "ALTER TABLE month_end_kept ADD COLUMN audit_id INTEGER",
        "ALTER TABLE month_end_kept ADD COLUMN audit_hash TEXT",
    ),
)

STATEMENT_COVERING_INDEX = Migration(
    29,
    "a customer's entries by date carry their amounts: statements and period sums read the "
    "index alone",
    (
        # Replaces migration 5's (customer_id, entry_date, id) under the same name: the same
        # order (date, then id), now with debit and credit, so a statement's running balance,
        # period sums and opening read no ledger row (issue 21: a 10,000-line statement).
        "DROP INDEX ledger_entry_statement",
        "CREATE INDEX ledger_entry_statement ON ledger_entry "
        "(customer_id, entry_date, id, debit, credit)",
    ),
)

STATEMENT_RECEIPT_FACTS = Migration(
    30,
    "a customer's receipts in id order carry what a statement line says of them (status, mode, "
    "reference, cheque number): a statement reads them from the index alone",
    (
        # services/statement_facts.py: the receipts on a run of a statement's lines are read as
        # one range of this index (customer, lowest id .. highest id) instead of one look-up in
        # the receipt table per line (issue 21, third pass: 8 ms of a 10,000-line statement).
        "CREATE INDEX receipt_statement ON receipt "
        "(customer_id, id, status, mode, reference, cheque_number)",
    ),
)

_KEPT_ITEM = """(
        kept_on DATE NOT NULL,
        customer_id INTEGER NOT NULL,
        place INTEGER NOT NULL,
        doc_id INTEGER NOT NULL,
        due DATE,
        owed BIGINT NOT NULL,
        PRIMARY KEY (kept_on, customer_id, place))"""

KEPT_OPEN_ITEMS = Migration(
    31,
    "the open items that make up each customer's balance at every month-end, 8th, 15th and 23rd "
    "and the last day with entries (derived from the documents, never a record of their own): "
    "ageing as of any date",
    (
        # services/month_end_items.py: for each kept day and customer, the documents (invoices,
        # debit notes, opening bills) the ageing walk takes to cover the balance then, in its
        # order (place 0: the newest due), each with its due date and what it still owed then;
        # for a customer owing nothing then, the newest document still owing anything. doc_id 0
        # (no document): the walk ran out of documents, so every document owing anything then is
        # in the rows above. No foreign key: derived, so that `check` can still work it out on a
        # file with a broken reference. On SQLite WITHOUT ROWID: a kept day's rows are read in
        # the key's order from the table itself (one B-tree, no index beside it): half the time
        # of a rowid table.
        Variants(
            f"CREATE TABLE kept_item {_KEPT_ITEM} WITHOUT ROWID",
            f"CREATE TABLE kept_item {_KEPT_ITEM}",
        ),
        # The audit log's last row the items include (as month_end_kept's, migration 28) and
        # the first and last days with entries they were kept for (the kept days follow from
        # them). Left empty here: the first ageing report works them out.
        """CREATE TABLE kept_items (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        audit_id INTEGER NOT NULL,
        audit_hash TEXT NOT NULL,
        first_day DATE,
        last_day DATE)""",
    ),
)

STATEMENT_LINES_INDEX = Migration(
    32,
    "a customer's entries by date carry every column a statement line shows: a statement's "
    "lines are read from the index alone (on a file; a server keeps migration 29's index)",
    (
        # Replaces migration 29's ledger_entry_statement under the same name and order (date,
        # then id, then the amounts its period sums read), now with the line's kind, document,
        # number and description: a 10,000-line statement read 10,000 ledger rows scattered
        # through the table, one b-tree look-up each; now one range of the index (issue 21:
        # 21 -> 16 ms CPU for the rows, benchmarks/README.md "Issue 21, sixth pass"). About
        # 65 MB more on the 1,000,000-entry file. On a server the rows are read by the server's
        # own plan and a wider index would only lengthen the move: migration 29's stays.
        Variants("DROP INDEX ledger_entry_statement", ""),
        Variants(
            "CREATE INDEX ledger_entry_statement ON ledger_entry "
            "(customer_id, entry_date, id, debit, credit, kind, doc_type, doc_id, doc_number, "
            "description)",
            "",
        ),
    ),
)

KEPT_ITEMS_EVERY_FOURTH_DAY = Migration(
    33,
    "the open items kept for ageing on every 4th, 8th, 12th, 16th, 20th, 24th and 28th and "
    "every month-end (were the 8th, 15th and 23rd): worked out again at the first ageing report",
    (
        # services/month_end_items.py DAYS_OF_MONTH: ageing on any date moves a kept day's items
        # at most 3 days instead of 8 (issue 21: late in a month 199-336 ms on the idle machine,
        # against 300). The kept days follow from DAYS_OF_MONTH, so the rows kept for the old
        # days are dropped; derived data, never a record: the first ageing report works them out
        # again (saying so in its progress) and the dashboard walks until then, as after
        # migration 31.
        "DELETE FROM kept_item",
        "DELETE FROM kept_items",
    ),
)

ONE_MONEY_BALANCE_INDEX = Migration(
    34,
    "the money entries' second index on (account, date, amount) dropped: migration 24's "
    "money_entry_balance is the same index",
    (
        # Migration 25 made money_entry_day_amount for the daily closing's sum of a cash
        # account's entries before a day, on exactly the columns of migration 24's
        # money_entry_balance, which already served that sum from the index alone. Every
        # money entry written (each receipt, payment and closing) kept both up to date, and a
        # move to a server built both (issue 18). Nothing reads one that the other does not
        # serve: the sums and books are planned on money_entry_balance (test_migration_34).
        "DROP INDEX money_entry_day_amount",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    FOUNDATION,
    CUSTOMERS,
    CUSTOMER_FILE,
    SALES,
    PAYMENTS,
    AUDIT_CHAIN,
    REMINDERS,
    DASHBOARD,
    KEPT_AGEING,
    DOCUMENT_PARTIES,
    DOCUMENTS_AFTER_ISSUE,
    OPENING_BILLS,
    AMOUNTS_AND_PLACE,
    WHO_MAY_CHARGE_TAX,
    SHIPPING_BILLS,
    COMPOSITION_BUYERS,
    BACKUP_ANCHORS,
    REVERSE_CHARGE_TAX,
    ADVANCE_TAX_FOR_SERVICES,
    BILL_TO_SHIP_TO,
    DEEMED_EXPORTS,
    TYPING_DRAFTS,
    MONTH_END_BALANCES,
    MONEY_ACCOUNTS,
    DAILY_CLOSING_AND_BANK_RECONCILIATION,
    COUNTER_NAMES,
    SERVER_SEARCH_PHONE_PREFIX,
    MONTH_END_KEPT_BY_AUDIT,
    STATEMENT_COVERING_INDEX,
    STATEMENT_RECEIPT_FACTS,
    KEPT_OPEN_ITEMS,
    STATEMENT_LINES_INDEX,
    KEPT_ITEMS_EVERY_FOURTH_DAY,
    ONE_MONEY_BALANCE_INDEX,
)
LATEST = MIGRATIONS[-1].version


def current_version(db: peewee.Database) -> int:
    """The file's schema version; 0 for a new, empty file."""
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: peewee.Database, *, target: int = LATEST) -> list[int]:
    """Apply every pending migration up to `target`, each in its own transaction.

    On a server each transaction first takes the migration lock (`server.lock_for_migration`)
    and reads the version again under it: when two counters start at once, the second waits for
    the first's migration and then skips it, so each migration runs once."""
    applied: list[int] = []
    if current_version(db) >= target:  # up to date: one look, not one per migration (issue 21)
        return applied
    on_server = is_server(db)
    if on_server:
        from vyapar_lite.db import server
    for migration in MIGRATIONS:
        if migration.version <= current_version(db) or migration.version > target:
            continue
        now = "'" + datetime.now().isoformat(sep=" ", timespec="seconds") + "'"
        with db.atomic():
            if on_server:
                server.lock_for_migration(db)
                if migration.version <= current_version(db):
                    continue
            for statement in migration.statements:
                sql = statement_for(db, statement)
                if sql:
                    db.execute_sql(sql.format(now=now))
            for step in migration.python_steps:
                step(db)
            db.execute_sql(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.description, now.strip("'")),
            )
            if on_server and migration.version == 1:
                server.mark_as_shop(db)
        applied.append(migration.version)
    if applied:
        sqlite_features.mark_as_shop_file(db)
    return applied
