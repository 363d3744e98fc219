"""Restoring a backup: check it, keep the current file, put the backup in its place.

A restore checks the backup first (a plain one: SQLite's check; an encrypted one: decrypted,
which authenticates every byte, then checked), refuses one made by a newer version before
anything changes, keeps the current file as a safety copy `<name>.before-restore-<time>.vyapar`,
and swaps the data file in one `os.replace`. Before the swap the backup's audit chain is walked
and held to the anchors the backup carries and the anchor-log lines that name it
(`audit_anchors.backup_problems`): a backup edited after it was taken is refused by name. After
it, the anchors it carried join the anchor logs and the logs are told the chain now ends where
the backup's does (`audit_anchors.mark_restored`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vyapar_lite.db import sqlite_features
from vyapar_lite.db.lock import ShopInUse, ShopLock
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import audit_anchors
from vyapar_lite.services.backup_files import (
    BackupError,
    BackupInfo,
    decrypt_file,
    read_info,
    shop_details,
)
from vyapar_lite.services.backups import FOLDER_KEY, check_copy, default_folder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    safety_copy: Path | None


def restore(
    backup: Path, data_file: Path, *, password: str | None = None, now: datetime | None = None
) -> RestoreResult:
    """Replace `data_file` with the checked backup, keeping the current file as a safety copy.

    The shop must be closed (in this window too): BackupError when another window holds it."""
    data_file = data_file.expanduser().absolute()
    backup = backup.expanduser().absolute()
    info = read_info(backup)
    if not info.encrypted:
        _refuse_newer(backup, backup)
    if info.encrypted and not password:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is encrypted: type its password to restore it."
                ),
                name=backup.name,
            )
        )
    lock = ShopLock(data_file)
    try:
        data_file.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except ShopInUse:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is open in another window. Close it there, then restore."
                ),
                name=data_file.name,
            )
        ) from None
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    temp = data_file.with_name(f".{data_file.name}.restoring-{stamp}")
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if info.encrypted:
            assert password is not None
            decrypt_file(backup, temp, password)  # authenticated: a changed byte fails here
            _refuse_newer(temp, backup)
            check_copy(temp, None)
        else:
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as out, open(backup, "rb") as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
            check_copy(temp, None)
        _refuse_rewritten_audit(temp, backup, data_file)
        conn = sqlite3.connect(temp.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            brought = audit_anchors.carried(conn.execute, backup)
        finally:
            conn.close()
        safety = _safety_copy(data_file, stamp)
        for extra in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                data_file.with_name(data_file.name + extra).unlink()
        os.replace(temp, data_file)
        if info.encrypted:  # what it held is known now that it is open
            name, counts = shop_details(data_file)
            info = BackupInfo(backup, info.taken_at, name, counts, True, info.size)
        folders = _anchor_folders(data_file, backup.parent)
        audit_anchors.mark_restored(data_file, folders, brought=brought)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        lock.release()
    return RestoreResult(info, safety)


def _refuse_rewritten_audit(copy: Path, backup: Path, data_file: Path) -> None:
    """BackupError, before anything is changed, when the backup's audit chain is broken or does
    not hold the anchors it carries or that the anchor logs recorded for it: the backup was
    edited after it was taken."""
    problems = audit_anchors.backup_problems(copy, backup, data_file)
    if problems:
        raise BackupError(
            f"{backup.name} was changed after it was taken, so it was not restored: "
            + "; ".join(problems)
            + " Nothing was changed; pick another backup."
        )


def _anchor_folders(data_file: Path, *more: Path) -> list[Path]:
    """The backup folders whose anchor logs speak of `data_file` (a closed file): the default
    one beside it, the one its settings name, and `more`."""
    folders = [default_folder(data_file), *more]
    try:
        conn = sqlite3.connect(data_file.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
        if row and row[0]:
            folders.append(Path(str(row[0])).expanduser())
    except sqlite3.Error:
        pass
    return [f for f in folders if f.is_dir()]


def _refuse_newer(shop_file: Path, backup: Path) -> None:
    """BackupError, before anything is changed, when the backup was made by a newer version of
    the app: this version could not open the shop it would leave behind."""
    from vyapar_lite.db import migrations

    version = data_version(shop_file)
    if version > migrations.LATEST:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} was made by a newer version of Vyapar Lite (data "
                    "version {version}; this version reads up to {LATEST}). "
                    "Install the newer version to restore it. Nothing was "
                    "changed.",
                ),
                name=backup.name,
                version=version,
                LATEST=migrations.LATEST,
            )
        )


def data_version(shop_file: Path) -> int:
    """The schema version of a closed shop file (0 when it has none)."""
    conn = sqlite3.connect(shop_file.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.Error:
        return 0
    finally:
        conn.close()
    return int(row[0] or 0)


def _safety_copy(data_file: Path, stamp: str) -> Path | None:
    """Keep the current file (with what its WAL holds) as `<name>.before-restore-<stamp>.vyapar`."""
    if not data_file.exists() or data_file.stat().st_size == 0:
        return None
    safety = data_file.with_name(f"{data_file.stem}.before-restore-{stamp}{data_file.suffix}")
    try:
        sqlite_features.backup_to(data_file, safety)
    except (sqlite3.Error, OSError):  # a damaged file: keep its bytes as they are
        log.warning("safety copy by the backup API failed; copying bytes", exc_info=True)
        with contextlib.suppress(FileNotFoundError):
            safety.unlink()
        fd = os.open(safety, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as out, open(data_file, "rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
    return safety
