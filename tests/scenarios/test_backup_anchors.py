"""Each backup carries its own audit anchor, so a backup edited after it was taken (its chain made
whole again with the public hash formula, using the `sqlite3` program) is named by `check` run on
the backup and refused by `restore`, even with the anchor logs outside the file gone."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from cli_runs import in_shop, run_cli
from factories import make_customer
from vyapar_lite.cli_backups import BACKUP_PASSWORD_VARIABLE
from vyapar_lite.db import audit_seal, close_data_file, open_data_file
from vyapar_lite.services import audit_anchors, backups


@pytest.fixture
def backed_up(shop_path: Path) -> Iterator[tuple[Path, Path]]:
    """(shop file, its plain backup): three customers, backed up once, closed."""
    open_data_file(shop_path, create=False)
    for name in ("Asha Verma", "Ravi Kumar", "Meena Shah"):
        make_customer(name)
    backup = backups.back_up().info.path
    close_data_file()
    yield shop_path, backup


def rewrite_history(path: Path) -> int:
    """An attacker's edit: a customer's name changed in the audit trail, then every row's hash
    recomputed with the app's (public, unkeyed) formula so the chain holds again. The last id."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit_entry SET record_label = 'Someone Else' WHERE id = 2")
    conn.commit()
    conn.close()
    db = peewee.SqliteDatabase(str(path))
    with db.atomic():
        audit_seal.hash_existing_rows(db)
    db.close()
    return last_entry(path)


def last_entry(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT MAX(id) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


def remove_anchor_logs(shop: Path) -> None:
    """The logs outside the file gone (a backup carried to another PC has none)."""
    audit_anchors.app_log(shop).unlink()
    audit_anchors.folder_log(shop.parent / "backups", shop).unlink()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_untouched_backup_passes_check(
    capsys: pytest.CaptureFixture[str], backed_up: tuple[Path, Path]
) -> None:
    _shop, backup = backed_up
    code, out, err = run_cli(capsys, "check", "--data", str(backup))
    assert (code, err) == (0, ""), err
    assert out.startswith("ok: ")


def test_a_re_hashed_backup_is_named_by_check_from_the_anchor_it_carries(
    capsys: pytest.CaptureFixture[str], backed_up: tuple[Path, Path]
) -> None:
    shop, backup = backed_up
    remove_anchor_logs(shop)
    last = rewrite_history(backup)
    code, _out, err = run_cli(capsys, "check", "--data", str(backup))
    assert code == 1
    assert "audit trail broken" not in err  # the chain holds: only the carried anchor tells
    assert f"audit trail: entry {last} does not have the hash " in err
    assert f"that the anchor carried in the backup {backup.name} (taken " in err
    assert "recorded: the audit log was rewritten outside Vyapar Lite" in err


def test_a_re_hashed_backup_is_refused_by_restore_by_name(
    capsys: pytest.CaptureFixture[str], backed_up: tuple[Path, Path]
) -> None:
    shop, backup = backed_up
    in_shop(shop, lambda: make_customer("Added Later"))
    remove_anchor_logs(shop)
    last = rewrite_history(backup)
    before = digest(shop)
    code, _out, err = run_cli(capsys, "restore", str(backup), "--data", str(shop))
    assert code == 1
    assert f"{backup.name} was changed after it was taken, so it was not restored: " in err
    assert f"audit trail: entry {last} does not have the hash " in err
    assert f"the anchor carried in the backup {backup.name}" in err
    assert "Nothing was changed; pick another backup." in err
    assert digest(shop) == before
    assert not list(shop.parent.glob("*.before-restore-*"))


def test_a_backup_whose_carried_anchor_was_rewritten_too_is_named_by_the_log_naming_it(
    capsys: pytest.CaptureFixture[str], backed_up: tuple[Path, Path]
) -> None:
    shop, backup = backed_up
    last = rewrite_history(backup)
    conn = sqlite3.connect(backup)
    (new_hash,) = conn.execute("SELECT row_hash FROM audit_entry WHERE id = ?", (last,)).fetchone()
    conn.execute("UPDATE audit_anchor SET hash = ?", (new_hash,))  # the carried anchor agrees
    conn.commit()
    conn.close()
    beside = audit_anchors.folder_log(backup.parent, shop)
    code, _out, err = run_cli(capsys, "check", "--data", str(backup))
    assert code == 1
    assert f"audit trail: entry {last} does not have the hash " in err
    assert f"(backup) in {beside}" in err
    assert "the anchor carried in the backup" not in err
    code, _out, err = run_cli(capsys, "restore", str(backup), "--data", str(shop))
    assert code == 1
    assert f"{backup.name} was changed after it was taken, so it was not restored" in err
    assert f"(backup) in {beside}" in err


def test_a_restore_adds_the_anchor_the_backup_carried_to_the_logs(
    capsys: pytest.CaptureFixture[str],
    backed_up: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shop, _plain = backed_up
    open_data_file(shop, create=False)
    make_customer("Pooja Iyer")
    encrypted = backups.back_up(password="chai & samosa").info.path
    close_data_file()
    anchored = last_entry(shop)
    remove_anchor_logs(shop)  # e.g. restoring on a new PC from the USB drive's backup
    monkeypatch.setenv(BACKUP_PASSWORD_VARIABLE, "chai & samosa")
    code, _out, err = run_cli(capsys, "restore", str(encrypted), "--data", str(shop))
    assert (code, err) == (0, ""), err
    brought = [
        a for a in audit_anchors.read_log(audit_anchors.app_log(shop)) if a.backup == encrypted.name
    ]
    assert [(a.entry, a.why) for a in brought] == [(anchored, "backup")]
    rewrite_history(shop)  # the restored shop, edited and re-hashed later: still found
    code, _out, err = run_cli(capsys, "check", "--data", str(shop))
    assert code == 1
    assert f"audit trail: entry {anchored} does not have the hash " in err
    assert f"the anchor carried in the backup {encrypted.name}" in err
