"""The audit log's hash chain: whole after normal use, broken at the right row after raw edits."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from factories import make_customer
from vyapar_lite import cli
from vyapar_lite.db import close_data_file, database, open_data_file
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.audit_hash import GENESIS
from vyapar_lite.services import audit, audit_chain, health

# Most of these edit the shop file behind the app's back (sqlite3): about the file itself.
pytestmark = pytest.mark.file_only


@pytest.fixture
def busy_shop(shop_file: Path) -> Path:
    """A shop with a few customers (one audit row each) and a bulk-logged batch."""
    for name in ("Asha Verma", "Ravi Kumar", "Meena Iyer", "Sharma Traders"):
        make_customer(name)
    with database.atomic():
        audit.record_many(
            audit.PendingChange("note", "customer", n, label=f"bulk {n}", after={"n": n})
            for n in range(1, 6)
        )
    return shop_file


def _ids() -> list[int]:
    return [row.id for row in AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id)]


def _edit_raw(path: Path, *statements: str) -> None:
    """Change the file the way someone with a SQLite tool would: outside the app."""
    close_data_file()
    raw = sqlite3.connect(path)
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()
    open_data_file(path, create=False)


def test_a_chain_written_by_the_app_verifies(busy_shop: Path) -> None:
    ids = _ids()
    assert len(ids) >= 10
    assert ids == list(range(ids[0], ids[0] + len(ids)))  # one after another, no gaps
    first = AuditEntry.get_by_id(ids[0])
    assert first.prev_hash == GENESIS
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert all(b.prev_hash == a.row_hash for a, b in itertools.pairwise(rows))
    assert audit_chain.verify() is None
    assert audit_chain.report().entries == len(ids)
    assert health.check().ok


def test_a_rolled_back_change_leaves_the_chain_whole(busy_shop: Path) -> None:
    with pytest.raises(ZeroDivisionError), database.atomic():
        audit.record("update", "shop", 1, after={"name": "x"})
        raise ZeroDivisionError
    make_customer("After Rollback")
    assert audit_chain.verify() is None


def test_reopening_the_file_keeps_the_chain(busy_shop: Path) -> None:
    close_data_file()
    open_data_file(busy_shop, create=False)
    make_customer("Next Day")
    assert audit_chain.verify() is None


@pytest.mark.parametrize(
    ("edit", "row", "words"),
    [
        (lambda i: f"UPDATE audit_entry SET note = 'nothing to see' WHERE id = {i}", 0, "changed"),
        (
            lambda i: f"UPDATE audit_entry SET at = '2020-01-01 00:00:00' WHERE id = {i}",
            0,
            "changed",
        ),
        (lambda i: f"UPDATE audit_entry SET row_hash = '{'f' * 64}' WHERE id = {i}", 0, "changed"),
        (lambda i: f"UPDATE audit_entry SET prev_hash = '{'0' * 64}' WHERE id = {i}", 0, ""),
        (lambda i: f"DELETE FROM audit_entry WHERE id = {i}", 1, "entry {i} is missing"),
    ],
    ids=["note", "time", "row-hash", "prev-hash", "delete"],
)
def test_a_raw_edit_is_found_at_its_row(
    busy_shop: Path, edit: Callable[[int], str], row: int, words: str
) -> None:
    ids = _ids()
    target = ids[len(ids) // 2]

    _edit_raw(busy_shop, edit(target))

    broken = audit_chain.verify()
    assert broken is not None
    assert broken.entry_id == target + row
    assert words.format(i=target) in broken.what
    assert f"audit trail broken at entry {target + row}" in broken.message


def test_an_inserted_row_in_a_gap_is_found(busy_shop: Path) -> None:
    ids = _ids()
    target = ids[3]
    # make room by removing a row, then put a forged one in its place
    _edit_raw(
        busy_shop,
        f"DELETE FROM audit_entry WHERE id = {target}",
        "INSERT INTO audit_entry (id, at, action, record_type, record_id, prev_hash, row_hash) "
        f"VALUES ({target}, '2026-05-01 10:00:00', 'delete', 'receipt', 7, '', '')",
    )
    broken = audit_chain.verify()
    assert broken is not None and broken.entry_id == target


def test_a_row_added_at_the_end_is_found(busy_shop: Path) -> None:
    last = _ids()[-1]
    _edit_raw(
        busy_shop,
        "INSERT INTO audit_entry (at, action, record_type, record_id) "
        "VALUES ('2026-05-01 10:00:00', 'create', 'receipt', 7)",
    )
    broken = audit_chain.verify()
    assert broken is not None and broken.entry_id == last + 1


def test_rows_deleted_at_the_end_are_found(busy_shop: Path) -> None:
    ids = _ids()
    _edit_raw(busy_shop, f"DELETE FROM audit_entry WHERE id >= {ids[-2]}")
    broken = audit_chain.verify()
    assert broken is not None
    assert broken.entry_id == ids[-3]
    assert f"up to {ids[-1]}" in broken.what


def test_a_forged_row_with_a_correct_hash_at_the_end_is_found(busy_shop: Path) -> None:
    """Someone who knows the algorithm can add a well-chained row; the head row still disagrees."""
    with database.atomic():
        audit.record("delete", "receipt", 7, label="forged")
    forged = _ids()[-1]
    _edit_raw(busy_shop, f"UPDATE audit_chain_head SET last_id = {forged - 1}")
    broken = audit_chain.verify()
    assert broken is not None and broken.entry_id == forged


def test_check_and_the_cli_report_the_broken_link(
    busy_shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _ids()[2]
    _edit_raw(busy_shop, f"UPDATE audit_entry SET record_label = 'X' WHERE id = {target}")
    problems = health.check().problems
    assert len(problems) == 1 and f"audit trail broken at entry {target}" in problems[0]
    close_data_file()

    code = cli.main(["check", "--data", str(busy_shop)])

    err = capsys.readouterr().err
    assert code == 1
    assert f"audit trail broken at entry {target}" in err
    assert "edited outside Vyapar Lite" in err


def test_migration_6_chains_the_rows_an_old_file_has(tmp_path: Path) -> None:
    import peewee

    from vyapar_lite.db import migrations

    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path))
    migrations.migrate(db, target=5)
    for n in range(3):
        db.execute_sql(  # type: ignore[no-untyped-call]
            "INSERT INTO audit_entry (at, action, record_type, record_id, after_json) "
            "VALUES ('2026-04-01 10:00:00', 'create', 'shop', 1, ?)",
            (f'{{"n": {n}}}',),
        )
    db.close()
    open_data_file(path, create=False)
    try:
        assert audit_chain.report().entries == 4  # the cash customer's row and these three
        assert audit_chain.verify() is None
        make_customer("First After Upgrade")
        assert audit_chain.verify() is None
    finally:
        close_data_file()
