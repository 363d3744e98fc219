"""Backups on real files: taken while the shop is open and written to, checked, restored."""

from __future__ import annotations

import sqlite3
import stat
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from factories import make_customer
from invoice_builders import draft, stock_items
from vyapar_lite.db import close_data_file, open_data_file, sqlite_features
from vyapar_lite.domain.backup_rotation import KeepCounts
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import backup_files, backup_restore, backups, health, sales
from vyapar_lite.services.backup_files import BackupError, WrongPassword

NOW = datetime(2026, 6, 10, 21, 30, 15)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")

pytestmark = pytest.mark.file_only  # backups of the shop file (a server: pg_dump)


def fill_shop() -> None:
    asha = make_customer("Asha Verma", opening=150000)
    make_customer("Ravi Kumar")
    stock_items()
    sales.post_invoice(draft(asha.code))


def every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (search-index internals too), in a stable order."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_checked_listed_and_recorded(shop_file: Path) -> None:
    fill_shop()
    steps: list[tuple[int, int, str]] = []
    result = backups.back_up(progress=lambda d, t, text: steps.append((d, t, text)), now=NOW)
    info = result.info
    assert info.path == shop_file.parent / "backups" / "shop-backup-2026-06-10-213015.vyapar"
    assert result.note == ""
    assert info.shop_name == "Test Traders"
    assert info.counts["customer"] == health.summary().customers == 3  # with CASH
    assert info.counts["ledger_entry"] == health.summary().ledger_entries
    assert not info.encrypted
    assert info.size == info.path.stat().st_size
    assert steps and steps[-1][2] == "Checking the backup…"
    assert sqlite_features.file_problems(info.path) == []
    assert backups.last_backup_at() == NOW
    assert not backups.backup_due(NOW + timedelta(hours=2))
    assert backups.backup_due(NOW + timedelta(days=1))
    assert [i.path for i in backups.list_backups(info.path.parent)] == [info.path]
    assert not list(info.path.parent.glob("*.partial"))


@posix_only
def test_data_file_backups_and_folder_are_owner_only(shop_file: Path) -> None:
    info = backups.back_up(now=NOW).info
    secret = backups.back_up(password="s3cret pass", now=NOW + timedelta(days=1)).info
    assert mode(shop_file) == 0o600
    assert mode(info.path) == 0o600
    assert mode(secret.path) == 0o600
    assert mode(info.path.parent) == 0o700


def test_backup_while_another_connection_writes(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another connection commits pairs of rows all through the copy: the copy is one moment."""
    fill_shop()
    conn = sqlite3.connect(shop_file, isolation_level=None, timeout=30)
    for n in range(300):  # enough pages that the copy takes many steps
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"pad.{n}", "x" * 2000))
    monkeypatch.setattr(sqlite_features, "BACKUP_PAGES_PER_STEP", 2)
    stop = threading.Event()
    written = [0]

    def keep_writing() -> None:
        writer = sqlite3.connect(shop_file, isolation_level=None, timeout=30)
        while not stop.is_set():
            n = written[0]
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("INSERT INTO setting (key, value) VALUES (?, 'a')", (f"pair.a.{n}",))
            writer.execute("INSERT INTO setting (key, value) VALUES (?, 'b')", (f"pair.b.{n}",))
            writer.execute("COMMIT")
            written[0] = n + 1
            stop.wait(0.001)  # a shop posts invoices, not a tight loop: the app's writes get in
        writer.close()

    thread = threading.Thread(target=keep_writing)
    steps = []

    def slow_progress(done: int, total: int, _text: str) -> None:
        steps.append(done)
        threading.Event().wait(0.002)  # let the writer in between steps

    thread.start()
    try:
        info = backups.back_up(progress=slow_progress, now=NOW).info
    finally:
        stop.set()
        thread.join()
    assert len(steps) > 20
    assert written[0] > 0
    copy = sqlite3.connect(info.path)
    a = copy.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'pair.a.%'").fetchone()[0]
    b = copy.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'pair.b.%'").fetchone()[0]
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy.close()
    assert a == b <= written[0]
    conn.close()


def test_restore_round_trip_every_table_identical(shop_file: Path, tmp_path: Path) -> None:
    fill_shop()
    info = backups.back_up(now=NOW).info
    before = every_row(info.path)
    close_data_file()
    now = every_row(shop_file)
    assert now.pop("setting") != before["setting"]  # only the time of the last backup is new
    assert now.pop("audit_anchor") == []  # the backup's own anchor is in the copy only
    assert [row[1:] for row in before["audit_anchor"]] == [
        (11, last_hash(shop_file), 1, first_hash(shop_file), "2026-06-10T21:30:15", "backup",
         info.path.name)
    ]  # fmt: skip
    assert now == {k: v for k, v in before.items() if k not in ("setting", "audit_anchor")}
    open_data_file(shop_file)
    make_customer("Added After The Backup")
    close_data_file()
    result = backup_restore.restore(info.path, shop_file, now=NOW + timedelta(hours=1))
    assert every_row(shop_file) == before
    assert result.safety_copy == tmp_path / "shop.before-restore-2026-06-10-223015.vyapar"
    names = [r[2] for r in every_row(result.safety_copy)["customer"]]
    assert "Added After The Backup" in names
    if sys.platform != "win32":
        assert mode(shop_file) == 0o600
        assert mode(result.safety_copy) == 0o600
    open_data_file(shop_file)  # the app opens the restored file like any other
    assert health.check().ok


def test_encrypted_round_trip(shop_file: Path) -> None:
    fill_shop()
    info = backups.back_up(password="chai & samosa", now=NOW).info
    assert info.encrypted
    assert info.path.name.endswith(".vyapar-enc")
    assert b"Test Traders" not in info.path.read_bytes()  # neither the payload nor the header
    assert set(backup_files.read_header(info.path)) == {"format", "salt", "nonce", "check",
                                                        "scrypt"}  # fmt: skip
    listed = backups.list_backups(info.path.parent)[0]  # the date from the name, nothing else
    assert (listed.shop_name, listed.counts, listed.taken_at) == ("", {}, NOW)
    close_data_file()
    before = every_row(shop_file)
    before["setting"] = [row for row in before["setting"] if row[0] != "backup.last_at"]
    open_data_file(shop_file)
    make_customer("Added After The Backup")
    close_data_file()
    with pytest.raises(BackupError, match="encrypted"):
        backup_restore.restore(info.path, shop_file)
    restored = backup_restore.restore(info.path, shop_file, password="chai & samosa")
    assert restored.info.shop_name == "Test Traders" and restored.info.counts == info.counts
    after = every_row(shop_file)
    assert [row[5:] for row in after.pop("audit_anchor")] == [
        ("2026-06-10T21:30:15", "backup", info.path.name)
    ]  # the anchor the encrypted backup carried, inside its payload
    assert after == {k: v for k, v in before.items() if k != "audit_anchor"}


def _encrypted_backup(shop_file: Path) -> tuple[Path, dict[str, list[tuple[object, ...]]]]:
    fill_shop()
    path = backups.back_up(password="right one", now=NOW).info.path
    close_data_file()
    return path, every_row(shop_file)


def test_wrong_password_is_told_apart_and_changes_nothing(shop_file: Path) -> None:
    path, before = _encrypted_backup(shop_file)
    with pytest.raises(WrongPassword, match="password is wrong"):
        backup_restore.restore(path, shop_file, password="wrong one")
    assert every_row(shop_file) == before
    assert not list(shop_file.parent.glob("*before-restore*"))


@pytest.mark.parametrize("where", ["payload", "last byte", "header"])
def test_flipped_byte_is_refused(shop_file: Path, where: str) -> None:
    path, before = _encrypted_backup(shop_file)
    blob = bytearray(path.read_bytes())
    header_end = len(backup_files.MAGIC) + 4 + int.from_bytes(blob[8:12], "big")
    if where == "payload":
        at = header_end + 1000
    elif where == "last byte":
        at = len(blob) - 1
    else:  # a hex digit of the nonce in the clear header
        at = blob.index(b'"nonce": "') + len(b'"nonce": "')
    blob[at] = ord("1") if blob[at] == ord("0") else ord("0") if where == "header" else blob[at] ^ 1
    path.write_bytes(bytes(blob))
    with pytest.raises(BackupError, match="changed or damaged") as caught:
        backup_restore.restore(path, shop_file, password="right one")
    assert not isinstance(caught.value, WrongPassword)
    assert every_row(shop_file) == before


def test_damaged_plain_backup_is_refused(shop_file: Path) -> None:
    fill_shop()
    path = backups.back_up(now=NOW).info.path
    close_data_file()
    before = every_row(shop_file)
    with open(path, "r+b") as f:
        f.seek(4096 * 2)  # page 3: a table's root page
        f.write(b"\xff" * 4096)
    with pytest.raises(BackupError):
        backup_restore.restore(path, shop_file)
    assert every_row(shop_file) == before


def test_restore_refuses_while_the_shop_is_open(shop_file: Path) -> None:
    path = backups.back_up(now=NOW).info.path
    with pytest.raises(BackupError, match="open in another window"):
        backup_restore.restore(path, shop_file)


def test_missing_folder_falls_back_to_the_default(shop_file: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb-drive"
    backups.save_backup_settings(backups.BackupSettings(str(usb), KeepCounts()))
    result = backups.back_up(now=NOW)
    assert result.info.path.parent == shop_file.parent / "backups"
    assert "is not there" in result.note
    usb.mkdir()
    result = backups.back_up(now=NOW + timedelta(days=1))
    assert result.info.path.parent == usb
    assert result.note == ""


def test_rotation_on_disk(shop_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    backups.save_backup_settings(backups.BackupSettings(str(folder), KeepCounts(3, 1, 2)))
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    other = folder / "other-backup-2026-01-01-100000.vyapar"
    other.write_bytes(b"another shop's backup")
    for day in range(40):
        backups.back_up(now=NOW + timedelta(days=day))
    left = sorted(p.name for p in folder.iterdir())
    assert left == [
        "notes.txt",
        "other-backup-2026-01-01-100000.vyapar",
        "shop-backup-2026-06-30-213015.vyapar",  # newest of June
        "shop-backup-2026-07-17-213015.vyapar",
        "shop-backup-2026-07-18-213015.vyapar",
        "shop-backup-2026-07-19-213015.vyapar",  # the last 3 days (and this week, this month)
        "shop.vyapar-audit-anchors.jsonl",  # the audit chain's anchors, beside the backups
    ]


def test_newest_good_backup_skips_a_damaged_one(shop_file: Path) -> None:
    good = backups.back_up(now=NOW).info.path
    bad = backups.back_up(now=NOW + timedelta(days=1)).info.path
    with open(bad, "r+b") as f:
        f.seek(4096)
        f.write(b"\x00" * 8192)
    found = backups.newest_good_backup(shop_file)
    assert found is not None
    assert found.path == good


def test_quick_checked_backup(shop_file: Path) -> None:
    fill_shop()
    info = backups.back_up(full_check=False, now=NOW).info
    assert sqlite_features.file_problems(info.path) == []
    assert info.counts == backups.check_copy(info.path, None)


def test_keep_counts_are_validated(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        backups.save_backup_settings(backups.BackupSettings("", KeepCounts(0, 4, 12)))
    assert caught.value.for_field("keep_daily")
    saved = backups.save_backup_settings(backups.BackupSettings("/mnt/usb", KeepCounts(10, 5, 6)))
    assert backups.backup_settings() == saved


def break_an_index(path: Path) -> None:
    """Point an index at another column: pages and b-trees stay sound (quick_check passes) but
    the index no longer matches its table (integrity_check fails)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ledger_entry_date ON ledger_entry "
            "(created_at)' WHERE name = 'ledger_entry_date'"
        )
        conn.commit()
    finally:
        conn.close()


def test_full_check_after_a_quick_backup(shop_file: Path) -> None:
    fill_shop()
    info = backups.back_up(full_check=False, now=NOW).info
    backups.check_in_full(info)  # a sound copy: nothing happens
    assert info.path.exists()
    assert [b.path for b in backups.list_backups(info.path.parent)] == [info.path]


def test_copy_failing_the_full_check_is_set_aside(shop_file: Path) -> None:
    fill_shop()
    info = backups.back_up(full_check=False, now=NOW).info
    break_an_index(info.path)
    assert sqlite_features.file_problems(info.path, full=False) == []
    with pytest.raises(BackupError, match="failed its full check") as caught:
        backups.check_in_full(info)
    assert "shop-backup-2026-06-10-213015.vyapar.failed-check" in str(caught.value)
    assert not info.path.exists()
    assert info.path.with_name(info.path.name + ".failed-check").exists()
    assert backups.list_backups(info.path.parent) == []  # never offered for a restore
    assert backups.newest_good_backup(shop_file) is None
    assert backups.last_backup_at() is None  # it does not count as a backup taken


def test_after_a_failed_full_check_the_one_before_is_the_last_backup(shop_file: Path) -> None:
    fill_shop()
    earlier = backups.back_up(now=NOW).info
    info = backups.back_up(full_check=False, now=NOW + timedelta(days=1)).info
    assert backups.last_backup_at() == info.taken_at
    break_an_index(info.path)
    with pytest.raises(BackupError):
        backups.check_in_full(info)
    assert backups.last_backup_at() == earlier.taken_at
    assert backups.backup_due(NOW + timedelta(days=1, hours=1))  # the daily one is due again


def test_encrypted_backup_is_checked_in_full_before_encrypting(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[bool] = []
    real = sqlite_features.file_problems

    def spy(path: Path, *, full: bool = True) -> list[str]:
        checks.append(full)
        return real(path, full=full)

    monkeypatch.setattr(sqlite_features, "file_problems", spy)
    info = backups.back_up(password="secret", full_check=False, now=NOW).info
    assert checks == [True]
    backups.check_in_full(info)  # nothing more to read
    assert checks == [True]


def test_newest_good_backup_looks_in_other_folders_too(shop_file: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    beside = backups.back_up(now=NOW).info
    on_usb = backups.back_up(usb, now=NOW + timedelta(days=1)).info
    assert backups.newest_good_backup(shop_file) == beside  # the default folder only
    found = backups.newest_good_backup(shop_file, usb, shop_file.parent / "backups")
    assert found is not None
    assert found.path == on_usb.path


def test_a_second_backup_the_same_day_keeps_the_first_and_kinds_rotate_apart(
    shop_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "bk"
    backups.save_backup_settings(backups.BackupSettings(str(folder), KeepCounts(1, 0, 0)))
    morning = datetime(2026, 6, 10, 11, 0)
    before_risky_change = backups.back_up(now=morning)
    encrypted = backups.back_up(password="secret-1", now=morning + timedelta(minutes=5))
    closing = backups.back_up(now=datetime(2026, 6, 10, 21, 0))
    assert closing.removed == []
    assert before_risky_change.info.path.exists() and encrypted.info.path.exists()

    next_day = backups.back_up(now=morning + timedelta(hours=25))
    # the plain ones of the day before: only those over 24 h old and not the newest of their
    # day go; the encrypted backup is thinned out with the encrypted ones only, so it stays
    assert next_day.removed == [before_risky_change.info.path]
    assert encrypted.info.path.exists() and closing.info.path.exists()
    note = backups.removed_note(next_day.removed)
    assert note.startswith("Removed 1 older backup the keep settings no longer cover")
    assert before_risky_change.info.path.name in note


def test_a_killed_backups_partial_files_are_cleaned_up_next_time(shop_file: Path) -> None:
    import os

    folder = shop_file.parent / "backups"
    folder.mkdir()
    killed = folder / "shop-backup-2026-06-09-210000.vyapar.partial"
    journal = folder / "shop-backup-2026-06-09-210000.vyapar.partial-journal"
    other_shop = folder / "other-backup-2026-06-09-210000.vyapar.partial"
    running_now = folder / "shop-backup-2026-06-10-213000.vyapar.partial"  # another window's
    for path in (killed, journal, other_shop, running_now):
        path.write_bytes(b"half a copy")
    hour_ago = (datetime.now() - timedelta(hours=1)).timestamp()
    for path in (killed, journal, other_shop):
        os.utime(path, (hour_ago, hour_ago))

    backups.back_up(now=NOW)

    assert not killed.exists() and not journal.exists()
    assert other_shop.exists() and running_now.exists()


def test_a_backup_from_a_newer_version_is_refused_before_anything_changes(
    shop_file: Path, tmp_path: Path
) -> None:
    from vyapar_lite.db import migrations

    fill_shop()
    plain = backups.back_up(now=NOW).info.path
    secret = backups.back_up(password="secret-1", now=NOW + timedelta(seconds=1)).info.path
    close_data_file()
    for backup in (plain,):
        conn = sqlite3.connect(backup)
        conn.execute(
            "INSERT INTO schema_version (version, description, applied_at) "
            "VALUES (?, 'from the future', '2027-01-01')",
            (migrations.LATEST + 1,),
        )
        conn.commit()
        conn.close()
    before = shop_file.read_bytes()
    with pytest.raises(BackupError) as caught:
        backup_restore.restore(plain, shop_file, now=NOW)
    assert (
        f"was made by a newer version of Vyapar Lite (data version {migrations.LATEST + 1}; "
        f"this version reads up to {migrations.LATEST})"
    ) in str(caught.value)
    assert shop_file.read_bytes() == before
    assert not list(shop_file.parent.glob("*before-restore*"))
    # an encrypted backup of this version still restores
    backup_restore.restore(secret, shop_file, password="secret-1", now=NOW)


def test_relative_paths_work(shop_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(shop_file.parent)
    result = backups.back_up(Path("bk"), now=NOW)
    assert result.info.path == shop_file.parent / "bk" / "shop-backup-2026-06-10-213015.vyapar"
    close_data_file()
    restored = backup_restore.restore(
        Path("bk") / result.info.path.name, Path("shop.vyapar"), now=NOW
    )
    assert restored.info.shop_name == "Test Traders"


def test_a_plain_backup_carries_no_password_hash_and_an_encrypted_one_does(
    shop_file: Path,
) -> None:
    from vyapar_lite.db.models import Setting
    from vyapar_lite.services import app_lock

    fill_shop()
    app_lock.set_password("dukaan-123")
    stored = Setting.get_by_id(app_lock.PASSWORD_KEY).value
    digest = stored.rsplit("$", 1)[1].encode()
    plain = backups.back_up(now=NOW).info
    secret = backups.back_up(password="chai & samosa", now=NOW + timedelta(seconds=1)).info
    assert digest not in plain.path.read_bytes()  # not even in a free page
    assert plain.counts["setting"] == backups.check_copy(plain.path, None)["setting"]
    close_data_file()

    backup_restore.restore(secret.path, shop_file, password="chai & samosa", now=NOW)
    open_data_file(shop_file)
    assert app_lock.is_set() and app_lock.check("dukaan-123")
    close_data_file()

    backup_restore.restore(plain.path, shop_file, now=NOW + timedelta(seconds=1))
    open_data_file(shop_file)
    assert not app_lock.is_set()
    assert any("restored from a plain backup" in p for p in health.check().problems)


def last_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT row_hash FROM audit_entry ORDER BY id DESC").fetchone()[0])
    finally:
        conn.close()


def first_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT row_hash FROM audit_entry ORDER BY id").fetchone()[0])
    finally:
        conn.close()
