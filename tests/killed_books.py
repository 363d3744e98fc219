"""What the kill tests assert after every SIGKILL, on a shop file (test_crash_kill.py) or a
server (test_server_kill.py): the shop opens, `check` is clean, no document is half there, every
document the killed process saw committed is there, and every balance is its documents'."""

from __future__ import annotations

from pathlib import Path

from factories import make_customer, make_item
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.store import DataLocation
from vyapar_lite.services import balances, health
from whole_documents import INCOMPLETE


def stock_the_shop() -> None:
    """The customers and items crash_worker.py posts for, in the open shop."""
    for code, name in (("RETAIL1", "Asha Verma"), ("RETAIL2", "Ravi Kumar")):
        make_customer(name, code=code, city="Pune", state_code="27")
    make_customer("Gupta Electricals", code="SUPPLIER", state_code="29", also_supplier=True)
    make_item("Basmati Rice 5 kg", code="RICE5", sale_price=65000, gst_rate_bp=500)
    make_item("Sunflower Oil 1 l", code="OIL1", sale_price=15500, gst_rate_bp=500)
    make_item("Steel Tiffin Box", code="TIFFIN", sale_price=42000, gst_rate_bp=1800)


def log_errors(log: Path) -> str:
    return "\n".join(line for line in log.read_text().splitlines() if line.startswith("error"))


def check_after_kill(shop: DataLocation, log: Path) -> None:
    """The shop as the app opens it (a file: quick_check, lock, version; a server: reachable,
    ours, not newer) after a kill: `check` clean, every document whole, every committed one
    there, every balance equal to the documents."""
    open_data_file(shop, create=False)
    try:
        # integrity_check, FKs, schema, search index, books, series, audit chain and anchors
        assert health.check().problems == []
        for description, sql in INCOMPLETE.items():
            rows = database.execute_sql(sql).fetchall()
            assert rows == [], f"{description}: {rows[:5]}"
        _committed_documents_are_there(log)
        _balances_match_the_documents()
    finally:
        close_data_file()


_TABLE = {"invoice": "sales_doc", "cancel": "sales_doc", "receipt": "receipt", "contra": "contra"}


def _committed_documents_are_there(log: Path) -> None:
    """Every line of the log (all kills so far) against the documents in the file, read once a
    table rather than once a line: the log grows to thousands of lines."""
    status = {
        (table, str(number)): str(state)
        for table in sorted(set(_TABLE.values()))
        for number, state in database.execute_sql(f"SELECT number, status FROM {table}")
    }
    for line in log.read_text().splitlines():
        assert not line.startswith("error"), line
        kind, number = line.split(" ", 1)
        row = status.get((_TABLE[kind], number))
        assert row is not None, f"committed {kind} {number} is missing after the kill"
        if kind == "cancel":
            assert row == "cancelled", f"committed cancellation of {number} is lost"


def _balances_match_the_documents() -> None:
    """Each balance the app reports equals one recomputed from the documents themselves."""
    expected: dict[int, int] = {}

    def add(sql: str) -> None:
        for customer_id, amount in database.execute_sql(sql).fetchall():
            expected[customer_id] = expected.get(customer_id, 0) + int(amount)

    add(
        """SELECT customer_id, SUM(CASE WHEN kind = 'credit_note' THEN -grand_total
                                      ELSE grand_total END)
           FROM sales_doc WHERE status = 'posted' GROUP BY customer_id"""
    )
    add(
        "SELECT customer_id, -SUM(amount) FROM receipt WHERE status = 'posted' GROUP BY customer_id"
    )
    add(
        """SELECT customer_id, SUM(amount) FROM payment_out
           WHERE status = 'posted' AND purpose = 'refund' GROUP BY customer_id"""
    )
    for (customer_id,) in database.execute_sql("SELECT id FROM customer").fetchall():
        assert balances.balance_of(customer_id) == expected.get(customer_id, 0), customer_id
