"""Edits made to a shop file behind the app's back (with the `sqlite3` program, as an attacker
would), and what `vyapar-lite-cli check` says about each. Each case starts from a shop with
customers and a few audited changes, backed up once (so the anchor log outside the file holds the
chain's last entry), and closed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import peewee
import pytest

from cli_runs import in_shop, run_cli
from factories import make_customer
from vyapar_lite.db import audit_seal, close_data_file, open_data_file
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import audit_anchors, backups


@pytest.fixture
def shop(shop_path: Path) -> Iterator[Path]:
    open_data_file(shop_path, create=False)
    for name in ("Asha Verma", "Ravi Kumar", "Meena Shah"):
        make_customer(name)
    backups.back_up()  # the anchor: the chain's last entry, outside the file
    close_data_file()
    yield shop_path


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code, _out, err = run_cli(capsys, "check", "--data", str(path))
    return code, err


def last_entry(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT MAX(id) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


def test_an_untouched_shop_passes(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    code, out, err = run_cli(capsys, "check", "--data", str(shop))
    assert (code, err) == (0, "")
    assert out.startswith("ok: ")


def test_the_whole_trail_deleted_is_found(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    anchored = last_entry(shop)
    sql(shop, "DELETE FROM audit_entry", "DELETE FROM audit_chain_head")
    code, err = check(capsys, shop)
    assert code == 1
    assert "audit trail: the shop file has no audit entries, but the anchor of " in err
    assert (
        f"(backup) in {audit_anchors.app_log(shop)} says entry {anchored} existed: the audit log "
        "was deleted outside Vyapar Lite"
    ) in err


def test_a_trigger_that_switches_auditing_off_is_named(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    sql(
        shop,
        "CREATE TRIGGER quiet BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(IGNORE); END",
        "CREATE TRIGGER quiet_head BEFORE INSERT ON audit_chain_head "
        "BEGIN SELECT RAISE(IGNORE); END",
    )
    code, err = check(capsys, shop)
    assert code == 1
    assert "schema: a trigger 'quiet' that Vyapar Lite never made" in err
    assert "schema: a trigger 'quiet_head' that Vyapar Lite never made" in err
    assert "it was added outside the app (CREATE TRIGGER quiet BEFORE INSERT ON audit_entry" in err


def test_an_index_dropped_is_named(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    sql(shop, "DROP INDEX reminder_customer")
    code, err = check(capsys, shop)
    assert code == 1
    assert "schema: the index 'reminder_customer' is missing: it was dropped outside the app" in err


def test_the_last_entry_deleted_and_the_head_moved_back_is_found(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    last = last_entry(shop)
    conn = sqlite3.connect(shop)
    prev_id, prev_hash = conn.execute(
        "SELECT id, row_hash FROM audit_entry WHERE id < ? ORDER BY id DESC LIMIT 1", (last,)
    ).fetchone()
    conn.close()
    sql(
        shop,
        f"DELETE FROM audit_entry WHERE id = {last}",
        f"UPDATE audit_chain_head SET last_id = {prev_id}, last_hash = '{prev_hash}'",
    )
    code, err = check(capsys, shop)
    assert code == 1
    assert f"audit trail: entry {last} is missing, but the anchor of " in err
    assert "says it existed: entries were deleted outside Vyapar Lite" in err


def test_an_edit_re_hashed_with_the_public_formula_is_found(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    sql(shop, "UPDATE audit_entry SET record_label = 'Someone Else' WHERE id = 2")
    db = peewee.SqliteDatabase(str(shop))
    with db.atomic():
        audit_seal.hash_existing_rows(db)  # the chain made whole again, as the app would
    db.close()
    code, err = check(capsys, shop)
    assert code == 1
    assert "audit trail broken" not in err  # the chain itself holds: only the anchor tells
    assert f"audit trail: entry {last_entry(shop)} does not have the hash " in err
    assert "the audit log was rewritten outside Vyapar Lite" in err


def test_a_restore_of_an_older_backup_is_not_taken_for_tampering(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    older = backups.list_backups(shop.parent / "backups")[0].path
    later = datetime.now() + timedelta(seconds=5)
    in_shop(shop, lambda: [make_customer("Later One"), backups.back_up(now=later)])  # newer anchor
    code, _, err = run_cli(capsys, "restore", str(older), "--data", str(shop))
    assert (code, err) == (0, "")
    code, _out, err = run_cli(capsys, "check", "--data", str(shop))
    assert (code, err) == (0, ""), err


def test_a_new_shop_at_the_path_of_an_old_one_starts_afresh(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    shop.unlink()
    code, _, err = run_cli(capsys, "demo", "--out", str(shop))
    assert (code, err) == (0, "")
    code, _out, err = run_cli(capsys, "check", "--data", str(shop))
    assert (code, err) == (0, ""), err


def test_a_credit_limit_edited_behind_the_apps_back_is_named(
    capsys: pytest.CaptureFixture[str], shop: Path
) -> None:
    sql(shop, "UPDATE customer SET credit_limit = 99999900 WHERE name = 'Ravi Kumar'")
    code, err = check(capsys, shop)
    assert code == 1
    code_of = in_shop(shop, lambda: _code("Ravi Kumar"))
    assert (
        f"customer {code_of}: credit_limit is 99999900 but the audit trail last recorded 0: it "
        "was changed outside the app"
    ) in err


def test_masters_changed_in_the_app_pass(capsys: pytest.CaptureFixture[str], shop: Path) -> None:
    from dataclasses import replace

    from vyapar_lite.services import customers

    def edit() -> None:
        code = _code("Ravi Kumar")
        account = customers.get_customer(code)
        customers.update_customer(code, replace(account.details, credit_limit=5000000))
        customers.set_active(code, False, reason="moved away")

    in_shop(shop, edit)
    code, _out, err = run_cli(capsys, "check", "--data", str(shop))
    assert (code, err) == (0, "")


def _code(name: str) -> str:
    from vyapar_lite.db.models import Customer

    return str(Customer.get(Customer.name == name).code)


@pytest.fixture
def trading_shop(shop: Path) -> Path:
    from invoice_builders import draft, stock_items
    from vyapar_lite.services import payments, sales

    def trade() -> None:
        stock_items()
        code = _code("Asha Verma")
        sales.post_invoice(draft(code))
        payments.record_receipt(payments.ReceiptDraft(code, date(2026, 5, 10), 50000))

    in_shop(shop, trade)
    return shop


def test_an_invoice_raised_with_its_line_and_ledger_entry_is_named(
    capsys: pytest.CaptureFixture[str], trading_shop: Path
) -> None:
    conn = sqlite3.connect(trading_shop)
    doc_id, number, total = conn.execute(
        "SELECT id, number, grand_total FROM sales_doc WHERE kind = 'invoice'"
    ).fetchone()
    conn.close()
    sql(
        trading_shop,
        f"UPDATE sales_doc SET grand_total = grand_total + 100000 WHERE id = {doc_id}",
        f"UPDATE sales_doc_line SET total = total + 100000 WHERE doc_id = {doc_id} AND line_no = 1",
        f"UPDATE ledger_entry SET debit = debit + 100000 WHERE doc_type = 'sales_doc' "
        f"AND doc_id = {doc_id}",
    )
    code, err = check(capsys, trading_shop)
    assert code == 1
    assert (
        f"{number}: grand_total is {format_money(total + 100000)} but its posting's audit row "
        f"recorded {format_money(total)}: it was changed outside the app"
    ) in err


def test_a_receipt_cut_with_its_ledger_credit_is_named(
    capsys: pytest.CaptureFixture[str], trading_shop: Path
) -> None:
    sql(
        trading_shop,
        "UPDATE receipt SET amount = 10000 WHERE amount = 50000",
        "UPDATE allocation SET amount = 10000",
        "UPDATE ledger_entry SET credit = 10000 WHERE doc_type = 'receipt' AND credit = 50000",
    )
    code, err = check(capsys, trading_shop)
    assert code == 1
    assert (
        "RCT/" in err
        and (
            ": amount is ₹100.00 but its posting's audit row recorded ₹500.00: it was changed "
            "outside the app"
        )
        in err
    )


def test_a_whole_invoice_deleted_is_named(
    capsys: pytest.CaptureFixture[str], trading_shop: Path
) -> None:
    conn = sqlite3.connect(trading_shop)
    doc_id = conn.execute("SELECT id FROM sales_doc WHERE kind = 'invoice'").fetchone()[0]
    conn.close()
    delete_invoice(trading_shop, doc_id)
    code, err = check(capsys, trading_shop)
    assert code == 1
    assert (
        f"invoice posted as record {doc_id} (audit trail) is missing: it was deleted outside "
        "the app"
    ) in err


def test_a_number_missing_from_a_series_is_named(
    capsys: pytest.CaptureFixture[str], trading_shop: Path
) -> None:
    from invoice_builders import draft
    from vyapar_lite.services import sales

    def two_more() -> list[str]:
        code = _code("Asha Verma")
        return [sales.post_invoice(draft(code)).number for _ in range(2)]

    middle, _last = in_shop(trading_shop, two_more)
    conn = sqlite3.connect(trading_shop)
    doc_id = conn.execute("SELECT id FROM sales_doc WHERE number = ?", (middle,)).fetchone()[0]
    conn.close()
    # its audit row too, so only the gap in the numbers is left to tell
    delete_invoice(trading_shop, doc_id, with_audit_rows=True)
    code, err = check(capsys, trading_shop)
    assert code == 1
    assert (
        f"invoice numbers of 2026-27 missing: {middle}: no document carries them (deleted "
        "outside the app)"
    ) in err


def delete_invoice(path: Path, doc_id: int, *, with_audit_rows: bool = False) -> None:
    """A whole invoice deleted with `sqlite3`: its lines, postings, allocations, stock, parties."""
    statements = [
        "PRAGMA foreign_keys = OFF",
        f"DELETE FROM allocation WHERE doc_id = {doc_id}",
        f"DELETE FROM sales_doc_line WHERE doc_id = {doc_id}",
        f"DELETE FROM ledger_entry WHERE doc_type = 'sales_doc' AND doc_id = {doc_id}",
        f"DELETE FROM stock_move WHERE doc_id = {doc_id}",
        f"DELETE FROM document_party WHERE doc_type = 'sales_doc' AND doc_id = {doc_id}",
        f"DELETE FROM sales_doc WHERE id = {doc_id}",
    ]
    if with_audit_rows:
        statements.append(
            f"DELETE FROM audit_entry WHERE record_type = 'sales_doc' AND record_id = {doc_id}"
        )
    sql(path, *statements)
