"""Anchors of the audit chain kept outside the shop file, so that history rewritten inside the
file is found even by someone who knows the (public, unkeyed) hash formula.

At every backup (the daily one, Back up now, the one on closing, `vyapar-lite-cli backup`) and on
closing the app, the chain's last entry (id and hash) and its first entry are appended as one JSON
line to two anchor logs outside the shop file:
- `<app data folder>/audit-anchors/<shop file name>-<hash of its full path>.jsonl`, and
- `<backup folder>/<shop file name>-audit-anchors.jsonl`, beside the backups (a USB drive).
The anchor written at a backup is the backup's own last entry, so every backup is also a copy of
the chain up to an anchor. A new shop file made at a path that had one before, and a restore,
append a line that sets the older anchors aside past the file's own last entry.

`check` reads both logs and verifies that every anchored entry is still in the file with the
same hash. What this finds: entries deleted, cut back or re-hashed in the shop file by someone who
did not also edit both anchor logs (for example the whole log deleted, the last entries removed
and the chain head moved back, or an edit followed by re-hashing the chain). What it cannot find:
an edit made before the first anchor, an edit by someone who also rewrites the anchor logs (they
are plain files the shop's PC user can change), and anything when the shop file was moved to
another path and has no backup folder log (the app-data log is found by path).

Every backup also carries its own anchor inside it (the `audit_anchor` table of the copy, apart
from the copied audit tables; inside the encrypted payload of an encrypted backup), and the log
lines written at a backup name the backup file. So a backup is held to its anchors wherever it
goes: `check` run on a backup file, and every restore (before anything is changed), verify its
chain against the anchors it carries and against the log lines that name it; a restore then
adds the anchors it carried to the logs. What the carried anchor finds on its own: an edit of the
backup file followed by re-hashing its chain with the public formula, by someone who did not also
rewrite the `audit_anchor` row (a plain backup is a plain SQLite file, so someone who knows of
the row can); the log lines that name the backup find that too, where the logs are at hand. An
encrypted backup's anchor cannot be changed without its password (AES-GCM authenticates every
byte).

A restore puts an older chain in place on purpose: it appends a `restored` line, after which the
anchors taken before it only count up to the restored backup's last entry.
Anchors in the logs are derived data: writing them never fails a backup (a problem is only
logged).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from vyapar_lite import locations
from vyapar_lite.db import current_path, database
from vyapar_lite.services.backup_files import parse_name

log = logging.getLogger(__name__)

FOLDER = "audit-anchors"
SUFFIX = "-audit-anchors.jsonl"


@dataclass(frozen=True)
class Anchor:
    entry: int  # the chain's last entry then (0: no entry yet)
    hash: str
    first: int  # the chain's first entry then
    first_hash: str
    at: str
    why: str  # 'backup', 'closing', 'restored', 'created'
    source: Path  # the log it was read from (the file itself for an anchor a backup carries)
    backup: str = ""  # the backup file's name, for an anchor taken at a backup
    carried: bool = False  # read from the file's own `audit_anchor` table

    def describe(self) -> str:
        when = self.at[:16].replace("T", " ")
        if self.carried:
            return f"the anchor carried in the backup {self.backup} (taken {when})"
        return f"the anchor of {when} ({self.why}) in {self.source}"


def app_log(data_file: Path) -> Path:
    digest = hashlib.sha256(str(data_file.absolute()).encode("utf-8")).hexdigest()[:12]
    return locations.app_data_dir() / FOLDER / f"{data_file.name}-{digest}.jsonl"


def folder_log(folder: Path, data_file: Path) -> Path:
    return folder / f"{data_file.name}{SUFFIX}"


Ends = tuple[int, str, int, str]


def _chain_ends(execute: Callable[[str], Any]) -> Ends:
    """(last id, last hash, first id, first hash) of the audit chain; zeros when it is empty."""
    last = execute("SELECT id, row_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    first = execute("SELECT id, row_hash FROM audit_entry ORDER BY id LIMIT 1").fetchone()
    return (
        int(last[0]) if last else 0,
        str(last[1]) if last else "",
        int(first[0]) if first else 0,
        str(first[1]) if first else "",
    )


def anchor_file(
    data_file: Path, source: Path, folders: list[Path], why: str, backup: str = ""
) -> None:
    """Anchor `data_file`'s chain as the closed file `source` holds it (the backup copy just
    made, or the shop file itself after a restore), in the app-data log and in `folders`'."""
    try:
        conn = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            ends = _chain_ends(conn.execute)
        finally:
            conn.close()
        _append(data_file, [f for f in folders if f.is_dir()], ends, why, backup=backup)
    except (OSError, sqlite3.Error):
        log.warning("could not write the audit anchor for %s", data_file, exc_info=True)


def anchor_backup(data_file: Path, backup_copy: Path, folder: Path, name: str = "") -> None:
    """After a backup: anchor the chain as the copy holds it, in both logs, naming the backup."""
    anchor_file(data_file, backup_copy, [folder], "backup", name)


def carry_in_copy(copy: Path, name: str, at: datetime) -> int:
    """Write the copy's own anchor (its chain's ends, when and why) into its `audit_anchor`
    table, apart from the audit tables it copied: the backup `name` then carries it wherever it
    goes. The rows written (1, or 0 for a file older than the table)."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'"
        ).fetchone():
            return 0
        last_id, last_hash, first_id, first_hash = _chain_ends(conn.execute)
        conn.execute(
            "INSERT INTO audit_anchor (entry, hash, first, first_hash, at, why, backup) "
            "VALUES (?, ?, ?, ?, ?, 'backup', ?)",
            (last_id, last_hash, first_id, first_hash, at.isoformat(timespec="seconds"), name),
        )
    finally:
        conn.close()
    return 1


def carried(execute: Callable[..., Any], source: Path) -> list[Anchor]:
    """The anchors a file carries (its backups' own), oldest first; none before the table."""
    if not execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'"
    ).fetchone():
        return []
    rows = execute(
        "SELECT entry, hash, first, first_hash, at, why, backup FROM audit_anchor ORDER BY id"
    ).fetchall()
    return [
        Anchor(int(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]), str(r[5]), source,
               str(r[6]), carried=True)
        for r in rows
    ]  # fmt: skip


def anchor_open_shop(why: str) -> None:
    """Anchor the open shop's chain as it is now (on closing the app), in the app-data log."""
    data_file = current_path()
    if data_file is None:
        return
    try:
        _append(data_file, [], _chain_ends(database.execute_sql), why)
    except OSError:
        log.warning("could not write the audit anchor for %s", data_file, exc_info=True)


def mark_restored(
    data_file: Path, folders: list[Path], why: str = "restored", brought: Sequence[Anchor] = ()
) -> None:
    """After a restore (or a new shop made at the path of an old one): the anchors the restored
    backup carried (`brought`) join the logs, then the chain now ends where the file's does, on
    purpose; anchors taken before count only up to that entry."""
    try:
        targets = [f for f in folders if f.is_dir()]
        for anchor in brought:
            ends = (anchor.entry, anchor.hash, anchor.first, anchor.first_hash)
            _append(data_file, targets, ends, anchor.why, at=anchor.at, backup=anchor.backup)
    except OSError:
        log.warning("could not add the restored backup's anchors for %s", data_file, exc_info=True)
    anchor_file(data_file, data_file, folders, why)


def _append(
    data_file: Path, folders: list[Path], ends: Ends, why: str, *, at: str = "", backup: str = ""
) -> None:
    last_id, last_hash, first_id, first_hash = ends
    row: dict[str, Any] = {
        "entry": last_id,
        "hash": last_hash,
        "first": first_id,
        "first_hash": first_hash,
        "at": at or datetime.now().isoformat(timespec="seconds"),
        "why": why,
    }
    if backup:
        row["backup"] = backup
    line = json.dumps(row, sort_keys=True)
    targets = [app_log(data_file), *(folder_log(f, data_file) for f in folders)]
    for target in dict.fromkeys(t.absolute() for t in targets):
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_file() and line in target.read_text(encoding="utf-8", errors="replace"):
            continue  # already there (a backup restored from the folder it was taken in)
        with open(target, "a", encoding="utf-8") as f:
            f.write(line + "\n")


def read_log(path: Path) -> list[Anchor]:
    """The anchors in one log, oldest first (lines that are not anchors are skipped)."""
    if not path.is_file():
        return []
    anchors = []
    for text in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            row = json.loads(text)
            anchors.append(
                Anchor(int(row["entry"]), str(row["hash"]), int(row["first"]),
                       str(row["first_hash"]), str(row["at"]), str(row["why"]), path,
                       str(row.get("backup", "")))
            )  # fmt: skip
        except (ValueError, KeyError, TypeError):
            continue
    return anchors


def in_force(anchors: list[Anchor]) -> list[Anchor]:
    """The anchors `check` holds the file to: all of them, except that an anchor taken before a
    restore only counts when its entry is not after the restored chain's last entry."""
    kept: list[Anchor] = []
    for anchor in anchors:
        if anchor.why in ("restored", "created"):
            kept = [a for a in kept if a.entry <= anchor.entry]
        kept.append(anchor)
    return kept


def problems(backup_folders: list[Path]) -> list[str]:
    """`check`'s lines: every anchored entry must still be in the shop file, unchanged."""
    data_file = current_path()
    if data_file is None:
        return []
    logs = [app_log(data_file), *(folder_log(f, data_file) for f in backup_folders)]
    found: list[str] = []
    for path in dict.fromkeys(p.absolute() for p in logs):
        anchors = in_force(read_log(path))
        found += _against_file(anchors, database.execute_sql)
    found += _against_file(carried(database.execute_sql, data_file), database.execute_sql)
    found += _against_file(naming(data_file), database.execute_sql)
    return sorted(set(found))


def naming(backup: Path, data_file: Path | None = None) -> list[Anchor]:
    """The log lines written when the backup file `backup` was taken (they name it): those in the
    anchor logs beside it, and in `data_file`'s app-data log when the shop is known."""
    if parse_name(backup.name) is None:
        return []
    logs = sorted(backup.parent.glob(f"*{SUFFIX}")) if backup.parent.is_dir() else []
    if data_file is not None:
        logs.append(app_log(data_file))
    return [a for path in logs for a in read_log(path) if a.backup == backup.name]


def backup_problems(copy: Path, backup: Path, data_file: Path) -> list[str]:
    """Before a restore: the chain of `copy` (the backup `backup`, decrypted and checked) must be
    whole and hold every anchor it carries and every log line that names it. Its lines, naming
    the backup."""
    from vyapar_lite.services import audit_chain

    db = peewee.SqliteDatabase(copy.absolute().as_uri() + "?mode=ro", uri=True)
    db.connect()
    try:
        broken = audit_chain.report(db).broken
        found = [] if broken is None else [broken.message]
        found += _against_file(carried(db.execute_sql, backup), db.execute_sql)
        found += _against_file(naming(backup, data_file), db.execute_sql)
    finally:
        db.close()
    return sorted(set(found))


def _against_file(anchors: list[Anchor], execute: Callable[..., Any]) -> list[str]:
    first = execute("SELECT id, row_hash FROM audit_entry ORDER BY id LIMIT 1").fetchone()
    first_id = int(first[0]) if first else 0
    found = []
    for anchor in anchors:
        if anchor.entry == 0:
            continue  # anchored before the first change: nothing to hold the file to
        if first is None:
            found.append(
                f"audit trail: the shop file has no audit entries, but {anchor.describe()} says "
                f"entry {anchor.entry} existed: the audit log was deleted outside Vyapar Lite"
            )
            break
        if anchor.entry < first_id:
            continue  # older than the file's history (a shop file started anew)
        row = execute("SELECT row_hash FROM audit_entry WHERE id = ?", (anchor.entry,)).fetchone()
        if row is None:
            found.append(
                f"audit trail: entry {anchor.entry} is missing, but {anchor.describe()} says it "
                "existed: entries were deleted outside Vyapar Lite"
            )
        elif str(row[0]) != anchor.hash:
            found.append(
                f"audit trail: entry {anchor.entry} does not have the hash {anchor.hash[:12]}… "
                f"that {anchor.describe()} recorded: the audit log was rewritten outside "
                "Vyapar Lite"
            )
    return found
