"""The app password: scrypt hash only, the old one needed to change it, growing delays."""

from __future__ import annotations

from pathlib import Path

import pytest

from vyapar_lite.db.models import AuditEntry, Setting
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import app_lock, audit_chain


def test_no_password_means_no_lock(shop_file: Path) -> None:
    assert not app_lock.is_set()
    assert app_lock.check("anything")
    assert app_lock.idle_minutes() == app_lock.DEFAULT_IDLE_MINUTES


def test_only_a_salted_scrypt_hash_is_stored(shop_file: Path) -> None:
    app_lock.set_password("dukaan-123")

    stored = Setting.get_by_id(app_lock.PASSWORD_KEY).value
    assert stored.startswith("scrypt$") and "dukaan" not in stored
    assert app_lock.is_set()
    assert app_lock.check("dukaan-123")
    assert not app_lock.check("dukaan-124") and not app_lock.check("")
    app_lock.set_password("dukaan-999", old="dukaan-123")
    app_lock.set_password("dukaan-999", old="dukaan-999")
    assert Setting.get_by_id(app_lock.PASSWORD_KEY).value != stored  # a new salt every time
    logged = [e for e in AuditEntry.select() if e.record_label == "app password"]
    assert len(logged) == 3
    assert all("scrypt" not in (e.after_json or "") for e in logged)
    assert audit_chain.verify() is None


def test_changing_or_removing_needs_the_old_password(shop_file: Path) -> None:
    app_lock.set_password("123456")
    with pytest.raises(ValidationError, match="current password is not right"):
        app_lock.set_password("567890")
    with pytest.raises(ValidationError, match="current password is not right"):
        app_lock.set_password("", old="999999")
    assert app_lock.check("123456")
    app_lock.set_password("", old="123456")
    assert not app_lock.is_set()


def test_a_short_password_is_refused(shop_file: Path) -> None:
    for short in ("12", "12345"):
        with pytest.raises(ValidationError, match="at least 6 characters"):
            app_lock.set_password(short)
    assert not app_lock.is_set()


def test_the_hash_costs_at_least_2_to_the_15_and_old_cheaper_hashes_still_check(
    shop_file: Path,
) -> None:
    import hashlib
    import os

    app_lock.set_password("dukaan-123")
    _scheme, n, r, p, _salt, _digest = Setting.get_by_id(app_lock.PASSWORD_KEY).value.split("$")
    assert int(n) >= 2**15 and (int(r), int(p)) == (8, 1)
    salt = os.urandom(16)
    old = hashlib.scrypt(b"old-pass", salt=salt, n=2**14, r=8, p=1, dklen=32).hex()
    assert app_lock.matches(f"scrypt${2**14}$8$1${salt.hex()}${old}", "old-pass")


def test_check_reports_a_password_row_deleted_behind_the_apps_back(shop_file: Path) -> None:
    from vyapar_lite.services import health

    assert app_lock.missing_problem() is None
    app_lock.set_password("dukaan-123")
    assert health.check().ok
    Setting.delete().where(Setting.key == app_lock.PASSWORD_KEY).execute()  # as with sqlite3
    problems = health.check().problems
    assert any(p.startswith("app password: the audit trail says one is set, but the shop file "
                            "holds none") for p in problems)  # fmt: skip
    app_lock.set_password("dukaan-456")  # set again in the app: nothing to report
    app_lock.set_password("", old="dukaan-456")  # removed in the app: nothing to report either
    assert app_lock.missing_problem() is None


def test_three_wrong_tries_then_a_growing_delay() -> None:
    assert [app_lock.delay_after(n) for n in range(1, 8)] == [0, 0, 5, 10, 20, 40, 80]
    assert app_lock.delay_after(50) == app_lock.MAX_DELAY_SECONDS


def test_idle_minutes(shop_file: Path) -> None:
    app_lock.set_idle_minutes(3)
    assert app_lock.idle_minutes() == 3
    with pytest.raises(ValidationError, match="0 to 1440"):
        app_lock.set_idle_minutes(-1)
