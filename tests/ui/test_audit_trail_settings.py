"""Settings → Audit trail: "Verify audit trail" says the log is intact, or where it was edited."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from factories import make_customer
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.ui.settings.audit_trail_settings import AuditTrailSettings
from vyapar_lite.ui.settings.settings_page import SettingsPage


def _verify(qtbot: QtBot, group: AuditTrailSettings) -> str:
    group.verify_button.click()
    qtbot.waitUntil(group.verify_button.isEnabled, timeout=10000)
    return group.result.text()


def test_an_untouched_trail_is_reported_intact(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Asha Verma")
    page = SettingsPage()
    qtbot.addWidget(page)

    text = _verify(qtbot, page.audit_trail)

    assert text.startswith("Audit trail intact: all ")
    assert "entries verified" in text


def test_an_entry_edited_outside_the_app_is_named(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Asha Verma")
    make_customer("Ravi Kumar")
    close_data_file()
    raw = sqlite3.connect(shop_file)
    target = raw.execute("SELECT MAX(id) - 1 FROM audit_entry").fetchone()[0]
    raw.execute("UPDATE audit_entry SET note = 'edited' WHERE id = ?", (target,))
    raw.commit()
    raw.close()
    open_data_file(shop_file, create=False)
    group = AuditTrailSettings()
    qtbot.addWidget(group)

    text = _verify(qtbot, group)

    assert text.startswith(f"Audit trail broken at entry {target} (")
    assert "edited outside Vyapar Lite" in text
