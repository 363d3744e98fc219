"""The lock screen at start and after the idle time, driven with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from vyapar_lite.db import close_data_file
from vyapar_lite.services import app_lock
from vyapar_lite.ui.lock.idle_lock import IdleLock
from vyapar_lite.ui.lock.lock_dialog import LockDialog
from vyapar_lite.ui.lock.password_dialog import PasswordDialog
from vyapar_lite.ui.settings.app_lock_settings import AppLockSettings
from vyapar_lite.ui.shop_session import ShopSession

PASSWORD = "chai-1234"


@pytest.fixture
def locked_shop(shop_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    app_lock.set_password(PASSWORD)
    monkeypatch.setattr(LockDialog, "SECOND_MS", 1)  # a "5 second" wait takes 5 ms
    return shop_file


def _type(qtbot: QtBot, dialog: LockDialog, text: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, text)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_right_password_unlocks(qtbot: QtBot, locked_shop: Path) -> None:
    dialog = LockDialog()
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_three_wrong_tries_make_the_shopkeeper_wait(qtbot: QtBot, locked_shop: Path) -> None:
    dialog = LockDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "wrong")
    _type(qtbot, dialog, "wrong")
    assert not dialog.waiting and "Try again" in dialog.message.text()
    _type(qtbot, dialog, "wrong")
    assert dialog.waiting
    assert "Wait 5 seconds" in dialog.message.text()
    assert not dialog.password.isEnabled() and not dialog.unlock_button.isEnabled()
    dialog.try_unlock()  # ignored while waiting
    assert dialog.failures == 3
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=2000)
    _type(qtbot, dialog, "wrong again")
    assert "Wait 10 seconds" in dialog.message.text()  # the wait grows
    qtbot.waitUntil(lambda: not dialog.waiting, timeout=2000)
    _type(qtbot, dialog, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_app_locks_after_the_idle_time_and_activity_resets_it(
    qtbot: QtBot, locked_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(IdleLock, "MINUTE_MS", 1000)  # margins a loaded CI machine can keep
    app_lock.set_idle_minutes(1)
    window = QMainWindow()
    secret = QLabel("Sharma Traders owes 1,24,000")
    window.setCentralWidget(secret)
    qtbot.addWidget(window)
    window.show()
    idle = IdleLock(window)
    assert idle.timer.isActive() and idle.timer.interval() == 1000

    qtbot.wait(300)
    qtbot.keyClick(secret, Qt.Key.Key_A)  # someone is using the app: the countdown restarts
    assert idle.timer.remainingTime() > 800
    assert not idle.locked

    qtbot.waitUntil(lambda: idle.locked, timeout=5000)
    assert idle.dialog is not None and idle.dialog.isVisible()
    assert not secret.isVisible()  # nothing of the shop behind the lock screen
    _type(qtbot, idle.dialog, PASSWORD)
    assert not idle.locked and secret.isVisible()
    assert idle.timer.isActive()  # counting again
    idle.stop()


def test_no_idle_lock_without_a_password(qtbot: QtBot, shop_file: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    idle = IdleLock(window)
    idle.lock_now()
    assert not idle.locked and idle.dialog is None
    idle.stop()


def test_the_password_is_asked_when_the_shop_opens(
    qtbot: QtBot, locked_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_data_file()
    asked: list[str] = []

    def answer(dialog: LockDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.password.setText(PASSWORD)
        dialog.try_unlock()
        return int(dialog.result())

    monkeypatch.setattr(LockDialog, "exec", answer)
    session = ShopSession()
    assert session.start(locked_shop)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert asked and session.idle_lock is not None
    session.idle_lock.stop()
    close_data_file()


def test_quitting_the_lock_screen_does_not_open_the_shop(
    qtbot: QtBot, locked_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_data_file()
    monkeypatch.setattr(LockDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    session = ShopSession()
    assert not session.start(locked_shop)
    assert session.window is None


def test_changing_the_password_needs_the_old_one(qtbot: QtBot, locked_shop: Path) -> None:
    dialog = PasswordDialog()
    qtbot.addWidget(dialog)
    dialog.old.setText("not it")
    dialog.new.setText("naya-5678")
    dialog.repeat.setText("naya-5678")
    dialog.save()
    assert "current password is not right" in dialog.message.text()
    assert app_lock.check(PASSWORD)

    dialog.old.setText(PASSWORD)
    dialog.repeat.setText("typo")
    dialog.save()
    assert "not the same" in dialog.message.text()

    dialog.repeat.setText("naya-5678")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert app_lock.check("naya-5678") and not app_lock.check(PASSWORD)


def test_restore_asks_for_the_password(
    qtbot: QtBot, locked_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vyapar_lite.ui import shop_session

    restored: list[Path] = []
    monkeypatch.setattr(
        shop_session, "restored_backup", lambda *args: restored.append(args[1]) or True
    )
    monkeypatch.setattr(LockDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    session = ShopSession()
    session.restore(locked_shop.with_name("backup.vyapar"), "")
    assert restored == []  # refused without the password


def test_a_new_idle_time_counts_from_the_moment_it_is_saved(qtbot: QtBot, shop_file: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = AppLockSettings()
    window.setCentralWidget(settings)
    idle = IdleLock(window)
    default = idle.timer.interval()
    settings.idle.setValue(3)
    assert app_lock.idle_minutes() == 3
    assert idle.timer.isActive()
    assert idle.timer.interval() == 3 * IdleLock.MINUTE_MS != default
    settings.idle.setValue(0)  # never lock
    assert not idle.timer.isActive()
    idle.stop()
