"""Opening the shop file: every way it can fail, the second-window lock, and a sound open."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import peewee
import pytest

from vyapar_lite.db import (
    DataFileError,
    close_data_file,
    connection,
    current_path,
    database,
    is_open,
    migrations,
    open_data_file,
    sqlite_features,
)
from vyapar_lite.db.lock import ShopLock
from vyapar_lite.db.models import Customer, LedgerEntry
from vyapar_lite.services import sample_shop

SRC = Path(__file__).resolve().parents[2] / "src"

OPEN_IN_ANOTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vyapar_lite.db import DataFileError, close_data_file, open_data_file
    try:
        open_data_file(Path(sys.argv[1]), create=False)
    except DataFileError as exc:
        print(exc.kind)
        print(exc.message)
    else:
        print("opened")
        close_data_file()
    """
)


@pytest.fixture(autouse=True)
def _close_after_test() -> Iterator[None]:
    yield
    close_data_file()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a locked file after 0.1 s instead of 5 s.

    busy_timeout goes first: `PRAGMA synchronous` already waits for the lock when connecting.
    """
    rest = {k: v for k, v in connection._PRAGMAS.items() if k != "busy_timeout"}
    monkeypatch.setattr(connection, "_PRAGMAS", {"busy_timeout": 100, **rest})


def _make_shop_file(path: Path, *, sample: bool = False) -> None:
    open_data_file(path)
    if sample:
        sample_shop.fill_sample_shop()
    close_data_file()


def _open_error(path: Path, *, create: bool = True) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        open_data_file(path, create=create)
    assert caught.value.path == path
    assert str(caught.value) == caught.value.message
    assert not is_open()
    return caught.value


def _open_in_another_process(path: Path) -> list[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", OPEN_IN_ANOTHER_PROCESS, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _lock_is_free(path: Path) -> bool:
    lock = ShopLock(path)
    try:
        lock.acquire()
    except Exception:
        return False
    lock.release()
    return True


# --- a sound open -------------------------------------------------------------------------------


def test_a_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "new.vyapar"

    opened = open_data_file(path)

    assert opened.path == path
    assert opened.created is True
    assert opened.migrated_from == 0
    assert opened.schema_version == migrations.LATEST
    assert is_open()
    assert current_path() == path
    assert migrations.current_version(database) == migrations.LATEST
    assert sqlite_features.application_id(database) == sqlite_features.APPLICATION_ID
    assert path.read_bytes().startswith(connection.SQLITE_HEADER)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private.vyapar"
    open_data_file(path)
    Customer.create(code="X1", name="x", created_at=datetime.now(), updated_at=datetime.now())

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    open_data_file(tmp_path / "shop.vyapar")

    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with pytest.raises(peewee.IntegrityError, match="FOREIGN KEY"):
        LedgerEntry.create(
            customer=9999, entry_date="2026-04-01", kind="opening", created_at=datetime.now()
        )


def test_reopening_after_close_finds_the_data(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    open_data_file(path)
    Customer.create(code="K1", name="Kept", created_at=datetime.now(), updated_at=datetime.now())
    close_data_file()
    assert not is_open()
    assert current_path() is None
    assert _lock_is_free(path)

    opened = open_data_file(path, create=False)

    assert opened.created is False
    assert opened.migrated_from == migrations.LATEST
    assert Customer.get(Customer.code == "K1").name == "Kept"


def test_opening_another_file_closes_the_first(tmp_path: Path) -> None:
    first, second = tmp_path / "first.vyapar", tmp_path / "second.vyapar"
    open_data_file(first)

    open_data_file(second)

    assert current_path() == second
    assert _lock_is_free(first)
    assert not _lock_is_free(second)


def test_an_empty_existing_file_is_reported_not_filled(tmp_path: Path) -> None:
    path = tmp_path / "empty.vyapar"
    path.touch()

    for create in (False, True):
        with pytest.raises(DataFileError) as caught:
            open_data_file(path, create=create)
        assert caught.value.kind == "empty"
        assert caught.value.message.startswith("empty.vyapar is empty (0 bytes): it holds no shop")
        assert "File › New shop" in caught.value.message
        assert path.stat().st_size == 0  # nothing written into it
    assert not Path(str(path) + "-wal").exists()


# --- files that cannot be opened ----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.vyapar"

    error = _open_error(path, create=False)

    assert error.kind == "missing"
    assert error.message == f"There is no shop data file at {path}."
    assert not path.exists()


def test_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "folder.vyapar"
    path.mkdir()

    error = _open_error(path)

    assert error.kind == "unreadable"
    assert error.message == f"{path} is a folder, not a shop data file."


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path)
    path.chmod(0o444)
    try:
        error = _open_error(path)
    finally:
        path.chmod(0o600)

    assert error.kind == "read_only"
    assert error.message.startswith("shop.vyapar is read-only, so sales and payments")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path)
    path.chmod(0o000)
    try:
        error = _open_error(path)
    finally:
        path.chmod(0o600)

    assert error.kind == "unreadable"
    assert error.message == "shop.vyapar cannot be read: its permissions do not allow it."


def test_not_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.vyapar"
    junk = b"Shopping list:\n- rice 10 kg\n- dal 5 kg\n" * 50
    path.write_bytes(junk)

    error = _open_error(path)

    assert error.kind == "not_a_shop"
    assert error.message == "notes.vyapar is not a Vyapar Lite shop file (or it is badly damaged)."
    assert path.read_bytes() == junk


@pytest.mark.parametrize(
    "setup",
    [
        [
            "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)",
            "INSERT INTO invoice VALUES (1, 9.5)",
        ],
        ["PRAGMA application_id = 1234"],
    ],
    ids=["other-tables", "other-application-id"],
)
def test_a_database_of_another_app_is_left_untouched(tmp_path: Path, setup: list[str]) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    for statement in setup:
        other.execute(statement)
    other.commit()
    other.close()
    before = path.read_bytes()

    error = _open_error(path)

    assert error.kind == "not_a_shop"
    assert error.message == "other.db is a database, but not a Vyapar Lite shop file."
    assert path.read_bytes() == before  # not even switched to WAL
    assert not path.with_name("other.db-wal").exists()


def _corrupt_from_page(path: Path, first_page: int) -> None:
    """Overwrite every page from `first_page` (1-based) to the end with garbage."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (first_page - 1) * page_size
    assert start < len(data) - page_size, "the file is too small to damage usefully"
    data[start:] = bytes((i * 7 + 13) % 256 for i in range(len(data) - start))
    path.write_bytes(data)


def _corrupt_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * page_size
    data[start : start + page_size] = bytes((i * 7 + 13) % 256 for i in range(page_size))
    path.write_bytes(data)


def test_damaged_file_from_page_3_on(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path, sample=True)
    _corrupt_from_page(path, 3)
    damaged = path.read_bytes()

    error = _open_error(path)

    assert error.kind == "damaged"
    assert error.message.startswith("shop.vyapar is damaged")
    assert "Nothing was changed in it. Restore it from a backup." in error.message
    assert path.read_bytes() == damaged
    assert _lock_is_free(path)


def test_damaged_index_page_is_found_by_the_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path, sample=True)
    raw = sqlite3.connect(path)
    (root_page,) = raw.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ledger_entry_date'"
    ).fetchone()
    raw.close()
    _corrupt_page(path, root_page)  # the schema still reads; only the full scan sees this
    damaged = path.read_bytes()

    error = _open_error(path)

    assert error.kind == "damaged"
    assert error.message.startswith("shop.vyapar is damaged (")
    assert f"Page {root_page}" in error.message
    assert path.read_bytes() == damaged


def test_file_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path)
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', ?)",
        (migrations.LATEST + 1, "2030-01-01 00:00:00"),
    )
    raw.commit()
    raw.close()
    before = path.read_bytes()

    error = _open_error(path)

    assert error.kind == "newer"
    assert error.message == (
        f"shop.vyapar was saved by a newer version of Vyapar Lite (data version "
        f"{migrations.LATEST + 1}; this version reads up to {migrations.LATEST}). "
        "Install the newer version to open it."
    )
    assert path.read_bytes() == before
    assert _lock_is_free(path)


@pytest.mark.usefixtures("short_busy_timeout")
def test_locked_by_another_program(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        # In WAL mode readers are not blocked by a writer; an exclusive-mode holder blocks all.
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO setting (key, value) VALUES ('held', 'yes')")

        error = _open_error(path)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert error.kind == "locked"
    assert error.message == (
        "shop.vyapar is locked by another program. Close that program and try again."
    )
    assert _lock_is_free(path)
    assert open_data_file(path).created is False


@pytest.mark.usefixtures("short_busy_timeout")
def test_locked_while_an_upgrade_is_needed(tmp_path: Path) -> None:
    path = tmp_path / "old.vyapar"
    db = peewee.SqliteDatabase(str(path))
    migrations.migrate(db, target=migrations.LATEST - 1)
    db.close()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")

        error = _open_error(path)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert error.kind == "locked"
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == (
        migrations.LATEST - 1
    )
    raw.close()
    assert open_data_file(path).migrated_from == migrations.LATEST - 1


def test_second_process_is_refused_while_the_shop_is_open(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    open_data_file(path)

    kind, message = _open_in_another_process(path)

    assert kind == "in_use"
    assert message == (
        "This shop is already open in another window (shop.vyapar). "
        "Switch to that window, or close it and try again."
    )
    assert is_open()  # the refused attempt did not disturb this window

    close_data_file()

    assert _open_in_another_process(path) == ["opened"]


# --- the check in the background (the app's way of opening) -------------------------------------


def _damaged_index_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path, sample=True)
    raw = sqlite3.connect(path)
    (root_page,) = raw.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ledger_entry_date'"
    ).fetchone()
    raw.close()
    _corrupt_page(path, root_page)
    return path, root_page


def test_background_check_passes_a_sound_file_and_writes_go_on(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path, sample=True)
    open_data_file(path, check_in_background=True)
    check = connection.current_check()
    assert check is not None
    assert check.wait(30) == []
    sample_customer = Customer.get(Customer.code == "C0001")
    with database.atomic():
        Customer.update(city="Thane").where(Customer.id == sample_customer.id).execute()
    assert Customer.get(Customer.code == "C0001").city == "Thane"


def test_background_check_finds_damage_and_nothing_is_written(tmp_path: Path) -> None:
    path, root_page = _damaged_index_file(tmp_path)
    damaged = path.read_bytes()

    open_data_file(path, check_in_background=True)  # opens: the schema itself reads fine
    check = connection.current_check()
    assert check is not None
    heard: list[list[str]] = []
    check.when_done(heard.append)
    problems = check.wait(30)
    assert problems and any(f"Page {root_page}" in p for p in problems)
    with pytest.raises(DataFileError) as caught, database.atomic():
        Customer.update(city="Thane").execute()
    assert caught.value.kind == "damaged"
    close_data_file()
    assert heard == [problems]
    assert path.read_bytes() == damaged


def _checks_running() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "quick_check"]


def test_a_check_left_for_later_runs_only_when_started(tmp_path: Path) -> None:
    """The window opens with `start_check=False` and starts the check once the shop is painted
    (issue 21); until then no check thread runs, and starting twice runs it once."""
    path = tmp_path / "shop.vyapar"
    _make_shop_file(path, sample=True)
    open_data_file(path, check_in_background=True, start_check=False)
    check = connection.current_check()
    assert check is not None
    assert not check.started
    assert check.problems is None
    assert _checks_running() == []
    check.start()
    check.start()
    assert check.started
    assert check.wait(30) == []


def test_a_write_before_the_later_check_starts_it_and_is_refused_on_damage(
    tmp_path: Path,
) -> None:
    path, _root_page = _damaged_index_file(tmp_path)
    damaged = path.read_bytes()
    open_data_file(path, check_in_background=True, start_check=False)
    check = connection.current_check()
    assert check is not None and not check.started
    with pytest.raises(DataFileError) as caught, database.atomic():
        Customer.update(city="Thane").execute()
    assert caught.value.kind == "damaged"
    assert check.started
    close_data_file()
    assert path.read_bytes() == damaged


def test_a_file_that_needs_an_upgrade_is_checked_before_it(tmp_path: Path) -> None:
    path = tmp_path / "shop.vyapar"
    old = peewee.SqliteDatabase(str(path))
    migrations.migrate(old, target=migrations.LATEST - 1)
    old.close()
    open_data_file(path, check_in_background=True)
    assert connection.current_check() is None  # checked on the spot, then migrated
    assert migrations.current_version(database) == migrations.LATEST


def test_a_value_a_check_constraint_forbids_is_damage_to_every_check(tmp_path: Path) -> None:
    """SQLite skips CHECK constraints in quick_check on a read-only connection: the app's
    background check and the backup check must see what `vyapar-lite-cli check` sees."""
    from vyapar_lite.db import file_check, sqlite_features

    path = tmp_path / "shop.vyapar"
    open_data_file(path)
    close_data_file()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = 1")
    conn.execute("UPDATE audit_chain_head SET id = 2")  # CHECK (id = 1)
    conn.commit()
    conn.close()

    for full in (True, False):
        problems = sqlite_features.file_problems(path, full=full)
        assert any("CHECK constraint failed" in p for p in problems)
    background = file_check.FileCheck(path)
    background.start()
    assert any("CHECK constraint failed" in p for p in background.wait(30) or [])
    error = _open_error(path, create=False)
    assert error.kind == "damaged"
