"""`move-to-server`: a shop file copied to a PostgreSQL server and back, checked (issue 18)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from payment_builders import invoice
from pg_cluster import Cluster
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import audit_chain, health, sample_shop, store_move

COUNTED = ("customer", "sales_doc", "sales_doc_line", "receipt", "allocation", "audit_entry")


def _picture() -> tuple[dict[str, int], list[tuple[object, ...]], list[str]]:
    counts = {
        t: int(database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in COUNTED
    }
    balances = database.execute_sql(
        "SELECT customer_id, SUM(debit) - SUM(credit) FROM ledger_entry "
        "GROUP BY customer_id ORDER BY customer_id"
    ).fetchall()
    numbers = [str(r[0]) for r in database.execute_sql("SELECT number FROM sales_doc ORDER BY id")]
    return counts, [tuple(r) for r in balances], numbers


def test_the_sample_shop_moves_to_the_server_and_goes_on_there(
    shop_server: Cluster, tmp_path: Path
) -> None:
    shop_file = tmp_path / "shop.vyapar"
    open_data_file(shop_file)
    sample_shop.fill_sample_shop()
    in_file = _picture()
    close_data_file()
    file_bytes = hashlib.sha256(shop_file.read_bytes()).hexdigest()
    shop_server.admin("CREATE DATABASE moved_here")
    address = shop_server.address("moved_here")
    try:
        moved = store_move.move_to_server(shop_file, address)
        assert moved.rows > 300
        assert hashlib.sha256(shop_file.read_bytes()).hexdigest() == file_bytes  # as it was
        open_data_file(address, create=False)
        assert _picture() == in_file
        assert audit_chain.verify() is None
        result = health.check()
        assert result.ok, result.problems
        # the books go on where the file left off: numbers, ids and the audit chain
        code = str(database.execute_sql("SELECT code FROM customer WHERE id = 2").fetchone()[0])
        number = invoice(code, 10000, date(2026, 11, 5))
        assert number not in in_file[2]
        assert audit_chain.verify() is None
        on_server = _picture()
        close_data_file()
        with pytest.raises(ValidationError, match="already holds a shop"):
            store_move.move_to_server(shop_file, address)

        back = tmp_path / "back.vyapar"  # and back to one PC
        store_move.move_to_file(address, back)
        open_data_file(back, create=False)
        assert _picture() == on_server
        assert audit_chain.verify() is None
        result = health.check()
        assert result.ok, result.problems
        close_data_file()
        with pytest.raises(ValidationError, match="already exists"):
            store_move.move_to_file(address, back)
    finally:
        close_data_file()
        shop_server.drop(address)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        # a ledger entry of a customer that is not there: refused when the foreign keys are
        # made again after the load
        (
            (
                "PRAGMA foreign_keys = OFF",
                "UPDATE ledger_entry SET customer_id = 99999 WHERE id = 1",
            ),
            r"server refused the copy.*ledger_entry",
        ),
        # a boolean neither 0 nor 1: the file's booleans go as the file holds them (0/1, which
        # the server's boolean input reads), so the server refuses the 2, naming it
        (
            (
                "PRAGMA ignore_check_constraints = ON",
                "UPDATE customer SET is_active = 2 WHERE code <> 'CASH'",
            ),
            r"server refused the copy.*boolean.*\"2\"",
        ),
    ],
    ids=["a missing customer", "a damaged flag"],
)
def test_a_row_the_server_refuses_moves_nothing_and_says_why(
    shop_server: Cluster, tmp_path: Path, damage: tuple[str, ...], said: str
) -> None:
    """A file damaged outside the app: the whole copy is rolled back with a message instead of a
    traceback, and the server holds no shop, customer or ledger entry afterwards."""
    import sqlite3

    shop_file = tmp_path / "shop.vyapar"
    open_data_file(shop_file)
    sample_shop.fill_sample_shop()
    close_data_file()
    con = sqlite3.connect(shop_file)
    for statement in damage:
        con.execute(statement)
    con.commit()
    con.close()
    shop_server.admin("CREATE DATABASE refused_here")
    address = shop_server.address("refused_here")
    try:
        with pytest.raises(ValidationError, match=said):
            store_move.move_to_server(shop_file, address)
        open_data_file(address, create=False)
        moved = "SELECT COUNT(*) FROM customer WHERE code <> 'CASH'"  # CASH: a new shop's own
        assert database.execute_sql(moved).fetchone()[0] == 0
        assert database.execute_sql("SELECT COUNT(*) FROM ledger_entry").fetchone()[0] == 0
        assert database.execute_sql("SELECT COUNT(*) FROM shop").fetchone()[0] == 0
    finally:
        close_data_file()
        shop_server.drop(address)


def test_a_copy_that_fails_its_verification_leaves_the_server_empty(
    shop_server: Cluster, tmp_path: Path
) -> None:
    """A file whose books do not add up (an invoice's ledger entry raised outside the app) copies
    without a refused row, but `check` on the server (its rules in the server's own forms) finds
    it before the commit: nothing is moved, and the server's database is left empty."""
    import sqlite3

    shop_file = tmp_path / "shop.vyapar"
    open_data_file(shop_file)
    sample_shop.fill_sample_shop()
    close_data_file()
    con = sqlite3.connect(shop_file)
    number = con.execute(
        "SELECT d.number FROM sales_doc d JOIN ledger_entry e ON e.doc_type = 'sales_doc' "
        "AND e.doc_id = d.id WHERE d.kind = 'invoice' ORDER BY d.id LIMIT 1"
    ).fetchone()[0]
    con.execute(
        "UPDATE ledger_entry SET debit = debit + 100 WHERE doc_type = 'sales_doc' AND doc_id = "
        "(SELECT id FROM sales_doc WHERE number = ?)",
        (number,),
    )
    con.commit()
    con.close()
    shop_server.admin("CREATE DATABASE unverified_here")
    address = shop_server.address("unverified_here")
    try:
        with pytest.raises(ValidationError, match=rf"did not match the file.*{number}: its ledger"):
            store_move.move_to_server(shop_file, address)
        open_data_file(address, create=False)
        for table in (
            "shop",
            "sales_doc",
            "sales_doc_line",
            "ledger_entry",
            "receipt",
            "allocation",
        ):
            assert database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    finally:
        close_data_file()
        shop_server.drop(address)


ODD_TEXT = "Shop 4\\N, Gala\t2\nNear C:\\Depot\r\nPune"  # COPY's specials: \, tab, newlines


def test_text_with_copy_s_special_characters_arrives_as_it_was(
    shop_server: Cluster, tmp_path: Path
) -> None:
    """Each row goes to the server as a line of COPY's text format written by SQLite: a
    backslash, tab, newline or carriage return in a text value, or a literal \\N, must come
    through escaped, and NULLs as NULLs; and back to a file the same."""
    from factories import make_customer

    shop_file = tmp_path / "shop.vyapar"
    open_data_file(shop_file)
    sample_shop.fill_sample_shop()
    code = make_customer("Odd Address Traders", billing_address=ODD_TEXT).code
    stored = database.execute_sql(
        "SELECT billing_address, email, gstin FROM customer WHERE code = ?", (code,)
    ).fetchone()
    close_data_file()
    assert stored[0] == ODD_TEXT  # kept as typed by the service
    shop_server.admin("CREATE DATABASE odd_text")
    address = shop_server.address("odd_text")
    sql = "SELECT billing_address, email, gstin FROM customer WHERE code = ?"
    try:
        store_move.move_to_server(shop_file, address)
        open_data_file(address, create=False)
        assert tuple(database.execute_sql(sql, (code,)).fetchone()) == tuple(stored)
        close_data_file()
        back = tmp_path / "back.vyapar"
        store_move.move_to_file(address, back)
        open_data_file(back, create=False)
        assert tuple(database.execute_sql(sql, (code,)).fetchone()) == tuple(stored)
    finally:
        close_data_file()
        shop_server.drop(address)
