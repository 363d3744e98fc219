"""Backups in the app: Back up now, the status bar, Restore…, a damaged file at start."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from factories import make_customer
from vyapar_lite.db import close_data_file, current_path, sqlite_features
from vyapar_lite.db.models import Customer
from vyapar_lite.services import backups
from vyapar_lite.ui.backups import auto, folders
from vyapar_lite.ui.backups.last_backup_words import last_backup_text
from vyapar_lite.ui.backups.restore_dialog import RestoreDialog
from vyapar_lite.ui.main_window import MainWindow
from vyapar_lite.ui.settings.backup_settings import BackupSettingsGroup
from vyapar_lite.ui.shop_session import ShopSession


@pytest.fixture(autouse=True)
def _forget_password() -> object:
    yield
    auto.set_session_password(None)
    close_data_file()


def names() -> list[str]:
    return sorted(c.name for c in Customer.select())


def test_back_up_now_with_progress(qtbot: QtBot, shop_file: Path) -> None:
    group = BackupSettingsGroup()
    qtbot.addWidget(group)
    with qtbot.waitSignal(group.backed_up, timeout=10000) as done:
        group.now_button.click()
    result = done.args[0]
    assert result.info.path.parent == shop_file.parent / "backups"
    assert result.info.path.exists()
    assert "Backed up to" in group.status.text()
    assert "Checking the copy in full" in group.status.text()
    assert group.now_button.isEnabled()
    qtbot.waitUntil(lambda: "passed its full check" in group.status.text(), timeout=10000)
    assert result.info.path.exists()


def test_back_up_now_reports_a_copy_failing_the_full_check(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(info: backups.BackupInfo) -> None:
        raise backups.BackupError(f"The backup {info.path.name} failed its full check (x).")

    monkeypatch.setattr(backups, "check_in_full", fails)
    group = BackupSettingsGroup()
    qtbot.addWidget(group)
    with qtbot.waitSignal(group.backed_up, timeout=10000):
        group.now_button.click()
    qtbot.waitUntil(lambda: "failed its full check" in group.status.text(), timeout=10000)
    assert group.status.text().startswith("The backup failed:")


def test_a_copy_failing_its_full_check_is_not_the_last_backup_in_the_status_bar(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = sqlite_features.file_problems

    def full_check_fails(path: Path, *, full: bool = True) -> list[str]:
        return ["row 7 missing from index ledger_entry_date"] if full else real(path, full=full)

    monkeypatch.setattr(sqlite_features, "file_problems", full_check_fails)
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "status.backup")
    assert label is not None
    settings = window.page("settings")
    group = settings.backup_settings  # type: ignore[attr-defined]
    with qtbot.waitSignal(group.full_check_failed, timeout=10000):
        group.now_button.click()
    assert "set aside" in group.status.text()
    qtbot.waitUntil(lambda: label.text() == "No backup yet", timeout=10000)
    assert backups.last_backup_at() is None
    assert list((shop_file.parent / "backups").glob("*.failed-check"))


def test_encrypted_back_up_now_needs_the_password_twice(qtbot: QtBot, shop_file: Path) -> None:
    group = BackupSettingsGroup()
    qtbot.addWidget(group)
    group.encrypt.setChecked(True)
    group.password.setText("tea time")
    group.again.setText("tea tiem")
    assert group.back_up_now() is None
    assert "differ" in group.status.text()
    group.again.setText("tea time")
    with qtbot.waitSignal(group.backed_up, timeout=10000) as done:
        group.back_up_now()
    assert done.args[0].info.encrypted
    assert backups.backup_settings().encrypt
    assert auto.session_password() == "tea time"


def test_keep_counts_are_saved(qtbot: QtBot, shop_file: Path) -> None:
    group = BackupSettingsGroup()
    qtbot.addWidget(group)
    group.keep["daily"].setValue(10)
    group.folder.setText(str(shop_file.parent / "usb"))
    assert group.save()
    saved = backups.backup_settings()
    assert (saved.keep.daily, saved.folder) == (10, str(shop_file.parent / "usb"))


def test_status_bar_label(qtbot: QtBot, shop_file: Path) -> None:
    now = datetime(2026, 6, 10, 12, 0)
    assert last_backup_text(None, now) == ("No backup yet", True)
    assert last_backup_text(datetime(2026, 6, 9, 21, 5), now) == (
        "Last backup: 09-06-2026 21:05",
        False,
    )
    text, warn = last_backup_text(now - timedelta(days=9), now)
    assert warn and text.endswith("older than 7 days")
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "status.backup")
    assert label.text() == "No backup yet"
    assert "b36b00" in label.styleSheet()
    assert window.auto_backup is not None
    window.auto_backup.back_up_if_due()
    qtbot.waitUntil(lambda: label.text().startswith("Last backup: "), timeout=10000)
    assert label.styleSheet() == ""


def test_missing_folder_is_said_once(qtbot: QtBot, shop_file: Path) -> None:
    backups.save_backup_settings(backups.BackupSettings(str(shop_file.parent / "usb")))
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    assert window.auto_backup is not None
    window.auto_backup.tell(backups.back_up().note)
    assert "is not there" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.auto_backup.tell(backups.back_up(now=datetime.now() + timedelta(seconds=2)).note)
    assert window.statusBar().currentMessage() == ""


def test_closing_the_window_backs_up(qtbot: QtBot, shop_file: Path) -> None:
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    window.close()
    made = list((shop_file.parent / "backups").glob("shop-backup-*"))
    assert len(made) == 1
    assert backups.last_backup_at() is not None
    # the audit chain's last entry, anchored outside the file at the backup and on closing
    from vyapar_lite.db import audit_seal, database
    from vyapar_lite.services import audit_anchors

    last_id, last_hash = audit_seal.tail(database)
    anchors = audit_anchors.read_log(audit_anchors.app_log(shop_file))
    assert [(a.why, a.entry, a.hash) for a in anchors] == [
        ("backup", last_id, last_hash),
        ("closing", last_id, last_hash),
    ]
    beside = audit_anchors.read_log(
        shop_file.parent / "backups" / "shop.vyapar-audit-anchors.jsonl"
    )
    assert [(a.why, a.entry) for a in beside] == [("backup", last_id)]


def test_restore_dialog_lists_and_checks_the_password(qtbot: QtBot, shop_file: Path) -> None:
    plain = backups.back_up(now=datetime(2026, 6, 1, 20, 0)).info
    secret = backups.back_up(password="pass word", now=datetime(2026, 6, 2, 20, 0)).info
    dialog = RestoreDialog([shop_file.parent / "backups"])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "02-06-2026 20:00"
    assert dialog.table.item(0, 1).text() == "(encrypted)"  # its name is secret too
    assert "once its password is typed" in dialog.table.item(0, 2).text()
    assert dialog.table.item(0, 3).text() == "Yes"
    assert dialog.table.item(1, 1).text() == "Test Traders"
    assert "customer" in dialog.table.item(1, 2).text()  # "1 customer", never "1 customers"
    assert "1 customers" not in dialog.table.item(1, 2).text()
    dialog.show()
    assert dialog.password.isVisible()
    dialog.password.setText("wrong")
    dialog.accept()
    assert dialog.result() == 0
    assert "password is wrong" in dialog.message.text()
    dialog.password.setText("pass word")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.chosen() == (secret.path, "pass word")
    dialog.table.selectRow(1)
    assert not dialog.password.isVisible()
    assert dialog.chosen() == (plain.path, "pass word")


def test_restore_reopens_the_app_on_the_backup(qtbot: QtBot, shop_file: Path) -> None:
    make_customer("Before The Backup")
    backup = backups.back_up().info.path
    close_data_file()
    session = ShopSession()
    assert session.start(shop_file)
    make_customer("After The Backup")
    assert "After The Backup" in names()
    assert session.window is not None
    session.window.restore_requested.emit(backup, "")
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert current_path() == shop_file
    assert "After The Backup" not in names()
    assert "Before The Backup" in names()
    assert "Restored the backup" in session.window.statusBar().currentMessage()
    assert list(shop_file.parent.glob("shop.before-restore-*.vyapar"))


@pytest.mark.parametrize("on_usb", [False, True])
def test_a_damaged_file_offers_the_newest_good_backup(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, on_usb: bool
) -> None:
    make_customer("Safe In The Backup")
    if on_usb:  # the settings naming the USB folder are in the damaged file: remembered outside
        backups.back_up(tmp_path / "usb")
        folders.remember(shop_file, tmp_path / "usb")
    else:
        backups.back_up()
    close_data_file()
    conn = sqlite3.connect(shop_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sale_order_line'")
    page = int(root.fetchone()[0])  # a table nothing reads at start: the background check finds it
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    with open(shop_file, "r+b") as f:
        f.seek(page_size * (page - 1))
        f.write(b"\xff" * page_size)
    offered: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        button = box.findChild(QPushButton, "openError.restore")
        offered.append(box.text())
        assert button is not None
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    session = ShopSession()
    assert session.start(shop_file)
    qtbot.waitUntil(lambda: bool(offered) and session.window is not None, timeout=10000)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert "is damaged" in offered[0]
    assert "Safe In The Backup" in names()


def test_encrypted_automatic_backup_waits_for_the_password(qtbot: QtBot, shop_file: Path) -> None:
    backups.save_backup_settings(backups.BackupSettings(encrypt=True))
    window = MainWindow(shop_file)
    qtbot.addWidget(window)
    assert window.auto_backup is not None
    window.auto_backup.back_up_if_due()
    assert "waiting for the backup password" in window.statusBar().currentMessage()
    assert not window.auto_backup.running
    auto.set_session_password("the password")
    window.auto_backup.back_up_if_due()
    qtbot.waitUntil(lambda: backups.last_backup_at() is not None, timeout=10000)
    qtbot.waitUntil(lambda: not window.auto_backup.running, timeout=10000)
    assert next((shop_file.parent / "backups").glob("*.vyapar-enc"))
