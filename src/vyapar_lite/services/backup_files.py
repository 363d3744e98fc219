"""Backup files: their names, their details, and the encrypted format.

A plain backup is a shop file (`<shop>-backup-YYYY-MM-DD-HHMMSS.vyapar`) that opens like any other.
An encrypted backup (`….vyapar-enc`) is

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (JSON) | AES-GCM ciphertext

The clear header holds only what decryption needs: the format, the key derivation's salt and
costs, the nonce and the password check; the shop's name and contents show only once the password
is typed (the Restore list gives the date from the file name). It is authenticated as the
cipher's associated data, so a changed header fails like a changed payload. (Backups made by
earlier versions also carry the shop name and row counts in clear; they still restore.)
The key comes from the password by scrypt; a second half of the
derived bytes, hashed, is kept in the header so a wrong password is told apart from a damaged file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vyapar_lite.db import sqlite_features
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.words import counted

PLAIN_SUFFIX = ".vyapar"
ENCRYPTED_SUFFIX = ".vyapar-enc"
MAGIC = b"VYLTENC1"
FORMAT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # about 32 MB and 0.1 s a try
_NAME = re.compile(
    r"^(?P<stem>.+)-backup-(?P<when>\d{4}-\d{2}-\d{2}-\d{6})(?P<suffix>\.vyapar(-enc)?)$"
)
_WHEN = "%Y-%m-%d-%H%M%S"


class BackupError(Exception):
    """A backup could not be made, read or restored; the message is for the shopkeeper."""


class WrongPassword(BackupError):
    """The password does not open this backup."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    shop_name: str
    counts: dict[str, int]
    encrypted: bool
    size: int

    @property
    def summary(self) -> str:
        """'12,345 ledger entries, 1,200 customers' for the Restore list."""
        if self.encrypted and not self.counts:
            return "encrypted: its contents show once its password is typed"
        entries = self.counts.get("ledger_entry", 0)
        customers = self.counts.get("customer", 0)
        ledger = counted(entries, "ledger entry")
        return f"{counted(customers, 'customer')}, {ledger}"


def backup_name(data_file: Path, taken_at: datetime, *, encrypted: bool) -> str:
    suffix = ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX
    return f"{data_file.stem}-backup-{taken_at.strftime(_WHEN)}{suffix}"


def parse_name(name: str) -> tuple[str, datetime] | None:
    """(shop file stem, time taken) from a backup's file name; None for other files."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        return found["stem"], datetime.strptime(found["when"], _WHEN)
    except ValueError:
        return None


def read_info(path: Path) -> BackupInfo:
    """The details of the backup at `path`; BackupError when it is not a readable backup."""
    parsed = parse_name(path.name)
    try:
        size = path.stat().st_size
        if path.name.endswith(ENCRYPTED_SUFFIX):
            read_header(path)  # a readable encrypted backup; what it holds is secret
            taken = parsed[1] if parsed else datetime.fromtimestamp(path.stat().st_mtime)
            return BackupInfo(path, taken, "", {}, True, size)
        taken = parsed[1] if parsed else datetime.fromtimestamp(path.stat().st_mtime)
        name, counts = shop_details(path)
        return BackupInfo(path, taken, name, counts, False, size)
    except (OSError, KeyError, TypeError, ValueError, sqlite3.Error) as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is not a Vyapar Lite backup that can be read ({exc})."
                ),
                name=path.name,
                exc=exc,
            )
        ) from None


def shop_details(path: Path) -> tuple[str, dict[str, int]]:
    """(shop name, table row counts) of a closed shop file."""
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        counts = sqlite_features.table_counts(conn)
        if app_id != sqlite_features.APPLICATION_ID and "schema_version" not in counts:
            raise ValueError("not a shop file")
        row = (
            conn.execute("SELECT name FROM shop WHERE id = 1").fetchone()
            if "shop" in counts
            else None
        )
    finally:
        conn.close()
    return (str(row[0]) if row else ""), counts


def read_header(path: Path) -> dict[str, Any]:
    with open(path, "rb") as f:
        header, _ = _split(f.read(len(MAGIC) + 4 + 65536))
    return header


def _split(blob: bytes) -> tuple[dict[str, Any], int]:
    """(header, where the ciphertext starts)."""
    if blob[: len(MAGIC)] != MAGIC:
        raise ValueError("not an encrypted Vyapar Lite backup")
    length = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    header = json.loads(blob[start : start + length].decode("utf-8"))
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ValueError("an encrypted backup of an unknown format")
    return header, start + length


def _derive(password: str, salt: bytes) -> tuple[bytes, str]:
    """(AES key, password check) from scrypt."""
    derived = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=128 * 1024 * 1024,
        dklen=64,
    )
    return derived[:32], hashlib.sha256(derived[32:]).hexdigest()


def encrypt_file(plain: Path, out: Path, password: str) -> None:
    """Write `plain` encrypted with `password` to the new owner-only file `out`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not password:
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("messages", "Type a password for the encrypted backup."))
        )
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(password, salt)
    header: dict[str, Any] = {
        "format": FORMAT,
        "salt": salt.hex(),
        "nonce": nonce.hex(),
        "check": check,
    }
    header["scrypt"] = [SCRYPT_N, SCRYPT_R, SCRYPT_P]
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
    ciphertext = AESGCM(key).encrypt(nonce, plain.read_bytes(), prefix)
    fd = os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(prefix)
        f.write(ciphertext)
        f.flush()
        os.fsync(f.fileno())


def password_fits(path: Path, password: str) -> bool:
    """Whether `password` opens the encrypted backup at `path` (checked before a restore starts)."""
    try:
        header = read_header(path)
        return _derive(password, bytes.fromhex(header["salt"]))[1] == header.get("check")
    except (OSError, ValueError, KeyError, TypeError):
        return False


def decrypt_file(path: Path, out: Path, password: str) -> dict[str, Any]:
    """Decrypt the backup at `path` into the new owner-only file `out`; its header back.

    WrongPassword for a wrong password, BackupError for a changed or damaged file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = path.read_bytes()
    try:
        header, start = _split(blob)
        salt, nonce = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"])
        n, r, p = (int(v) for v in header["scrypt"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is damaged: it cannot be read as a backup ({exc})."
                ),
                name=path.name,
                exc=exc,
            )
        ) from None
    if (n, r, p) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name} is damaged: its key settings were changed."),
                name=path.name,
            )
        )
    key, check = _derive(password, salt)
    if check != header.get("check"):
        raise WrongPassword(f"The password is wrong for {path.name}. Nothing was changed.")
    try:
        plain = AESGCM(key).decrypt(nonce, blob[start:], blob[:start])
    except InvalidTag:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} has been changed or damaged since it was written, so "
                    "it cannot be restored. Nothing was changed; pick another "
                    "backup.",
                ),
                name=path.name,
            )
        ) from None
    fd = os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(plain)
        f.flush()
        os.fsync(f.fileno())
    return header
