"""Backups of the shop file: take one, check it, keep the right ones, find them.

A backup is SQLite's online backup of the open file (a consistent snapshot while the app keeps
working), checked before it counts: `integrity_check` on the copy and every table's row count equal
to the snapshot's. It is written under a temporary name and renamed only once checked, so a
half-written backup never looks like a good one. The screens take it in two steps so the
shopkeeper is not kept waiting: `quick_check` and the counts before the rename (about 0.5 s on a
1M-entry shop), then `check_in_full` (the full `integrity_check`, about 3 s) in the background; a
copy that fails that is renamed `*.failed-check` and never offered for a restore. Old backups are
then thinned out by `domain.backup_rotation`. Restoring one is `backup_restore`. Each copy
carries its own audit anchor (`audit_anchors.carry_in_copy`, written before the check) and the
anchor logs get a line naming it.

Settings (the `setting` table): `backup.folder` ('' for the default `backups` folder beside the
data file), `backup.keep_daily|weekly|monthly`, `backup.encrypt` ('1': encrypt the automatic
backups; the password itself is never saved) and `backup.last_at` (ISO time of the last backup).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from vyapar_lite.db import current_path, database, sqlite_features
from vyapar_lite.db.app_lock_file import PASSWORD_KEY
from vyapar_lite.db.models import Setting
from vyapar_lite.domain import backup_rotation
from vyapar_lite.domain.backup_rotation import KeepCounts
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import audit, audit_anchors
from vyapar_lite.services.backup_files import (
    ENCRYPTED_SUFFIX,
    PLAIN_SUFFIX,
    BackupError,
    BackupInfo,
    backup_name,
    encrypt_file,
    parse_name,
    read_info,
    shop_details,
)
from vyapar_lite.services.last_backup import LAST_KEY, last_backup_at

__all__ = [
    "LAST_KEY",
    "BackupError",
    "BackupInfo",
    "BackupResult",
    "BackupSettings",
    "last_backup_at",
]

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
DEFAULT_FOLDER_NAME = "backups"
FAILED_SUFFIX = ".failed-check"
FOLDER_KEY = "backup.folder"
ENCRYPT_KEY = "backup.encrypt"
KEEP_KEYS = {
    "daily": "backup.keep_daily",
    "weekly": "backup.keep_weekly",
    "monthly": "backup.keep_monthly",
}


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # '' means the default folder beside the data file
    keep: KeepCounts = field(default_factory=KeepCounts)
    encrypt: bool = False  # the password is never saved: the app asks for it once a session


@dataclass(frozen=True)
class BackupResult:
    info: BackupInfo
    note: str  # '' or why the backup went elsewhere than the chosen folder
    removed: list[Path]


# --- settings -------------------------------------------------------------------------------


def _get(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def backup_settings() -> BackupSettings:
    default = KeepCounts()

    def count(name: str) -> int:
        value = _get(KEEP_KEYS[name])
        try:
            return int(value) if value is not None else int(getattr(default, name))
        except ValueError:
            return int(getattr(default, name))

    return BackupSettings(
        _get(FOLDER_KEY) or "",
        KeepCounts(count("daily"), count("weekly"), count("monthly")),
        _get(ENCRYPT_KEY) == "1",
    )


def save_backup_settings(settings: BackupSettings) -> BackupSettings:
    """Validate and save (audited). ValidationError names the bad keep count."""
    backup_rotation.check_keep_counts(settings.keep)
    with database.atomic():
        before = backup_settings()
        if before == settings:
            return settings
        values = {
            FOLDER_KEY: settings.folder,
            KEEP_KEYS["daily"]: str(settings.keep.daily),
            KEEP_KEYS["weekly"]: str(settings.keep.weekly),
            KEEP_KEYS["monthly"]: str(settings.keep.monthly),
            ENCRYPT_KEY: "1" if settings.encrypt else "0",
        }
        for key, value in values.items():
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        audit.record(
            "update",
            "setting",
            None,
            label="backups",
            before=asdict(before),
            after=asdict(settings),
        )
    return settings


def backup_due(now: datetime) -> bool:
    """The automatic backup (on closing, and once a day while the app runs) is due."""
    return backup_rotation.backup_due(last_backup_at(), now)


def default_folder(data_file: Path) -> Path:
    return data_file.parent / DEFAULT_FOLDER_NAME


def choose_folder(chosen: str, data_file: Path) -> tuple[Path, str]:
    """(folder to write to, note): the chosen folder, or the default one when it is missing."""
    default = default_folder(data_file)
    if not chosen:
        return default, ""
    folder = Path(chosen).expanduser()
    if folder.is_dir():
        return folder, ""
    return default, (
        f"The backup folder {folder} is not there (is the USB drive plugged in?), so the backup "
        f"went to {default}."
    )


# --- taking a backup ------------------------------------------------------------------------


def back_up(
    folder: Path | None = None,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    data_file: Path | None = None,
    full_check: bool = True,
) -> BackupResult:
    """Back up the open shop into `folder` (None: the folder in Settings) and record the time.

    On a worker thread pass `data_file` (the open shop's path, read on the UI thread): "which file
    is open" is known only where it was opened."""
    data_file = data_file or current_path()
    if data_file is None:
        raise BackupError(Message(QT_TRANSLATE_NOOP("messages", "No shop file is open.")))
    settings = backup_settings()
    note = ""
    if folder is None:
        folder, note = choose_folder(settings.folder, data_file)
    result = back_up_file(
        data_file,
        folder,
        password=password,
        progress=progress,
        keep=settings.keep,
        now=now,
        full_check=full_check,
    )
    with database.atomic():
        Setting.insert(key=LAST_KEY, value=result.info.taken_at.isoformat()).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
    return BackupResult(result.info, note, result.removed)


def back_up_file(
    data_file: Path,
    folder: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    keep: KeepCounts | None = None,
    now: datetime | None = None,
    full_check: bool = True,
) -> BackupResult:
    """Back up `data_file` (open here or not) into `folder`, check the copy, thin out old ones.

    `full_check=False` checks the copy with quick_check instead of integrity_check (seconds less on
    a big shop; see benchmarks/README.md): then call `check_in_full` afterwards, off the UI thread,
    except for the backup on closing the app. An encrypted backup always gets the full check,
    before it is encrypted."""
    taken_at = (now or datetime.now()).replace(microsecond=0)
    folder, data_file = folder.expanduser().absolute(), data_file.expanduser().absolute()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Cannot make the backup folder {folder}: {value}."),
                folder=folder,
                value=exc.strerror or exc,
            )
        ) from None
    final = folder / backup_name(data_file, taken_at, encrypted=bool(password))
    if final.exists():
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} already exists; wait a second and back up again."
                ),
                name=final.name,
            )
        )
    partial = folder / (final.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    _remove_stale_partials(folder, data_file.stem, datetime.now())

    def pages(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, "Copying the shop file…")

    try:
        try:
            counts = sqlite_features.backup_to(data_file, partial, pages)
            if not password:
                counts["setting"] -= _without_app_password(partial)
            if audit_anchors.carry_in_copy(partial, final.name, taken_at):
                counts["audit_anchor"] += 1  # the backup's own anchor, inside it
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The backup could not be written to {folder}: {exc}."
                    ),
                    folder=folder,
                    exc=exc,
                )
            ) from None
        if progress is not None:
            progress(1, 1, "Checking the backup…")
        check_copy(partial, counts, full=full_check or bool(password))
        audit_anchors.anchor_backup(data_file, partial, folder, final.name)
        shop_name, _ = shop_details(partial)
        if password:
            encrypt_file(partial, final, password)
            partial.unlink()
        else:
            os.replace(partial, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    os.chmod(final, 0o600)
    info = BackupInfo(final, taken_at, shop_name, counts, bool(password), final.stat().st_size)
    removed = rotate(folder, data_file.stem, keep or KeepCounts())
    return BackupResult(info, "", removed)


def _without_app_password(copy: Path) -> int:
    """Take the app password's hash out of a plain (unencrypted) backup, overwriting its bytes
    (`secure_delete`), so a copy on a USB drive gives no hash to try passwords against; an
    encrypted backup keeps it. A shop restored from a plain backup has no app password until it
    is set again (`check` says so). 1 when a password row was removed, else 0."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        removed = conn.execute("DELETE FROM setting WHERE key = ?", (PASSWORD_KEY,)).rowcount
    finally:
        conn.close()
    return max(int(removed), 0)


def check_in_full(info: BackupInfo) -> None:
    """The full `integrity_check` of a finished backup taken with `full_check=False`.

    An encrypted backup was checked before it was encrypted (see `back_up_file`), so only plain
    ones are read here. A copy that fails is renamed `<name>.failed-check` (kept for a look, never
    listed for a restore) and BackupError says so."""
    if info.encrypted:
        return
    problems = sqlite_features.file_problems(info.path, full=True)
    if not problems:
        return
    failed = info.path.with_name(info.path.name + FAILED_SUFFIX)
    with contextlib.suppress(OSError):
        os.replace(info.path, failed)
    _last_backup_was_not(info)
    raise BackupError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The backup {name} failed its full check ({value}); it was "
                "set aside as {aside}. Back up again, and run Check the shop "
                "file if it happens twice.",
            ),
            name=info.path.name,
            value=problems[0],
            aside=failed.name,
        )
    )


def _last_backup_was_not(info: BackupInfo) -> None:
    """The backup set aside no longer counts as the last one: the time of the newest backup
    left in its folder does (none: no backup yet), so the warning and the daily backup see it."""
    if last_backup_at() != info.taken_at:
        return
    left = [b for b in list_backups(info.path.parent) if b.taken_at != info.taken_at]
    with database.atomic():
        if left:
            Setting.insert(key=LAST_KEY, value=left[0].taken_at.isoformat()).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        else:
            Setting.delete().where(Setting.key == LAST_KEY).execute()


def check_copy(path: Path, expected: dict[str, int] | None, *, full: bool = True) -> dict[str, int]:
    """BackupError unless `path` passes integrity_check (quick_check unless `full`), is a shop
    file, and (when `expected` is given) every table holds the expected number of rows. The
    counts back."""
    problems = sqlite_features.file_problems(path, full=full)
    if problems:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The backup failed its check ({value}); it was not kept."
                ),
                value=problems[0],
            )
        )
    try:
        _name, counts = shop_details(path)
    except (sqlite3.Error, ValueError) as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name} is not a Vyapar Lite shop file ({exc})."),
                name=path.name,
                exc=exc,
            )
        ) from None
    if expected is not None and counts != expected:
        different = sorted(
            k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k)
        )
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The backup does not match the shop file (tables {different})."
                ),
                different=", ".join(different),
            )
        )
    return counts


def rotate(folder: Path, stem: str, keep: KeepCounts) -> list[Path]:
    """Delete this shop's backups in `folder` that the keep counts no longer cover; plain and
    encrypted backups are thinned out separately, so neither kind pushes out the other."""
    kinds: dict[str, dict[datetime, Path]] = {}
    for path in folder.iterdir():
        parsed = parse_name(path.name)
        if parsed is not None and parsed[0] == stem:
            kind = ENCRYPTED_SUFFIX if path.name.endswith(ENCRYPTED_SUFFIX) else PLAIN_SUFFIX
            kinds.setdefault(kind, {})[parsed[1]] = path
    removed = []
    for mine in kinds.values():
        for when in sorted(backup_rotation.backups_to_remove(mine, keep)):
            try:
                mine[when].unlink()
                removed.append(mine[when])
            except OSError:
                log.warning("could not remove the old backup %s", mine[when], exc_info=True)
    return removed


def removed_note(removed: list[Path]) -> str:
    """'Removed 2 older backups (kept: the last 24 hours, then ...): a.vyapar, b.vyapar'."""
    if not removed:
        return ""
    names = ", ".join(sorted(p.name for p in removed))
    many = "s" if len(removed) != 1 else ""
    return (
        f"Removed {len(removed)} older backup{many} the keep settings no longer cover "
        f"(every backup of the last 24 hours is kept): {names}"
    )


STALE_PARTIAL = timedelta(minutes=10)


def _remove_stale_partials(folder: Path, stem: str, now: datetime) -> None:
    """A backup killed half-way leaves `<name>.partial` (and SQLite's `.partial-journal`): remove
    this shop's that are older than a few minutes (a younger one may be another window's backup
    still being written)."""
    for path in folder.iterdir():
        name = path.name
        for tail in (".partial", ".partial-journal"):
            if name.endswith(tail):
                parsed = parse_name(name.removesuffix(tail))
                mtime = datetime.fromtimestamp(path.stat().st_mtime)
                if parsed and parsed[0] == stem and now - mtime > STALE_PARTIAL:
                    with contextlib.suppress(OSError):
                        path.unlink()


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every readable backup in `folder`, newest first (files that are not backups are skipped)."""
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.iterdir():
        if parse_name(path.name) is None or not path.is_file():
            continue
        try:
            infos.append(read_info(path))
        except BackupError:
            log.warning("skipping unreadable backup %s", path, exc_info=True)
    return sorted(infos, key=lambda i: i.taken_at, reverse=True)


def newest_good_backup(data_file: Path, *folders: Path) -> BackupInfo | None:
    """The newest backup of `data_file` in the default folder beside it and any other `folders`
    (e.g. a USB drive) that passes its check; encrypted ones are taken on trust here (they are
    checked when restored)."""
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in (default_folder(data_file), *folders):
        if folder.resolve() not in seen:
            seen.add(folder.resolve())
            found.extend(list_backups(folder))
    for info in sorted(found, key=lambda i: i.taken_at, reverse=True):
        parsed = parse_name(info.path.name)
        if parsed is None or parsed[0] != data_file.stem:
            continue
        if info.encrypted or not sqlite_features.file_problems(info.path):
            return info
    return None


def anchor_folders() -> list[Path]:
    """The backup folders whose anchor logs `check` reads for the open shop."""
    data_file = current_path()
    if data_file is None:
        return []
    chosen = backup_settings().folder
    folders = [default_folder(data_file)] + ([Path(chosen).expanduser()] if chosen else [])
    return [f for f in folders if f.is_dir()]


def is_encrypted(path: Path) -> bool:
    return path.name.endswith(ENCRYPTED_SUFFIX)
