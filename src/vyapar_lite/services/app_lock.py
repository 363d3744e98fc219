"""The optional app password: asked at start and after an idle time; never stored itself.

Stored in `setting` rows: 'lock.password' holds `scrypt$N$r$p$salt$hash` (hex salt and hash from
`hashlib.scrypt`), 'lock.idle_minutes' the idle time before the app locks again. Setting,
changing or removing the password needs the old one when there is one, and is audited (the
audit row says that it changed, never the hash). Wrong tries are slowed by `delay_after()`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os

from vyapar_lite.db import database
from vyapar_lite.db.app_lock_file import PASSWORD_KEY
from vyapar_lite.db.models import AuditEntry, Setting
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import audit

IDLE_KEY = "lock.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MIN_LENGTH = 6
# about 32 MB and 0.1 s a try; a hash made with other costs (the 2**14 of earlier versions) keeps
# its own, which the stored value names, and still checks
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
AUDIT_LABEL = "app password"
FREE_TRIES = 3
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 300


def is_set() -> bool:
    return bool(_stored())


def check(password: str) -> bool:
    """True when `password` is the app password (or no password is set)."""
    return matches(_stored(), password)


def missing_problem() -> str | None:
    """`check`'s line when the audit trail's last word on the app password is "set" but no
    password is stored: it was removed outside the app (or the file came from a plain backup,
    which never carries it); None otherwise."""
    last = (
        AuditEntry.select(AuditEntry.after_json)
        .where(AuditEntry.record_type == "setting", AuditEntry.record_label == AUDIT_LABEL)
        .order_by(AuditEntry.id.desc())
        .first()
    )
    if last is None or is_set():
        return None
    try:
        after = json.loads(last.after_json or "{}")
    except ValueError:
        after = {}
    if after.get("password") != "set":
        return None
    return (
        "app password: the audit trail says one is set, but the shop file holds none (removed "
        "outside the app, or restored from a plain backup): set it again in Settings › App lock"
    )


def matches(stored: str, password: str) -> bool:
    """True when `password` fits the stored hash `stored` (or nothing is stored)."""
    if not stored:
        return True
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def set_password(new: str, *, old: str = "") -> None:
    """Set or change the password (an empty `new` removes it); the old one is needed if set."""
    if is_set() and not check(old):
        raise ValidationError(FieldError("old", "The current password is not right"))
    if new and len(new) < MIN_LENGTH:
        raise ValidationError(
            FieldError("new", f"Use at least {MIN_LENGTH} characters for the password")
        )
    had = is_set()
    with database.atomic():
        if new:
            salt = os.urandom(16)
            digest = _scrypt(new, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex()
            value = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest}"
            Setting.insert(key=PASSWORD_KEY, value=value).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        else:
            Setting.delete().where(Setting.key == PASSWORD_KEY).execute()
        action = "set" if new and not had else "change" if new else "remove"
        audit.record(
            "update",
            "setting",
            None,
            label=AUDIT_LABEL,
            before={"password": "set" if had else "none"},
            after={"password": "set" if new else "none"},
            note=f"app password {action}",
        )


def idle_minutes() -> int:
    row = Setting.get_or_none(Setting.key == IDLE_KEY)
    try:
        return max(int(row.value), 0) if row is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: int) -> None:
    """0 = never lock while the app is open (it still asks at start)."""
    if not 0 <= minutes <= 24 * 60:
        raise ValidationError(FieldError("idle_minutes", "Enter minutes from 0 to 1440"))
    with database.atomic():
        before = idle_minutes()
        if before == minutes:
            return
        Setting.insert(key=IDLE_KEY, value=str(minutes)).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]
        ).execute()
        audit.record(
            "update",
            "setting",
            None,
            label="app lock idle time",
            before={"idle_minutes": before},
            after={"idle_minutes": minutes},
        )


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row: none for the first few, then
    doubling (5, 10, 20 ... up to 5 minutes)."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_TRIES), MAX_DELAY_SECONDS)


def _stored() -> str:
    row = Setting.get_or_none(Setting.key == PASSWORD_KEY)
    return str(row.value) if row is not None else ""


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32
    )
