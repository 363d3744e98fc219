"""Starting the app on a file: first-run set-up, a file that can't be opened, switching files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from vyapar_lite.db import DataFileError, close_data_file, current_path
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import shop
from vyapar_lite.ui import shop_session
from vyapar_lite.ui.settings.setup_dialog import ShopSetupDialog
from vyapar_lite.ui.shop_session import ShopSession


@pytest.fixture(autouse=True)
def _close_after() -> object:
    yield
    close_data_file()


def test_a_new_file_asks_for_the_shop_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: ShopSetupDialog) -> int:
        dialog.form.set_profile(ShopProfile(name="Naya Store", state_code="09"))
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ShopSetupDialog, "exec", fill_and_save)
    session = ShopSession()
    assert session.start(tmp_path / "new.vyapar")
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert session.window.shop_label.text() == "Naya Store"
    profile = shop.get_profile()
    assert profile is not None and profile.state_code == "09"


def test_cancelling_the_setup_closes_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ShopSetupDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    assert not ShopSession().start(tmp_path / "new.vyapar")
    assert current_path() is None
    assert told == [shop_session.setup_cancelled_text(tmp_path / "new.vyapar")]
    assert "Set-up was cancelled" in told[0] and "nothing was saved" in told[0]


def test_a_bad_file_is_explained_and_another_can_be_opened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.vyapar"
    junk.write_text("not a shop")
    good = tmp_path / "good.vyapar"
    shop_session.open_shop(good, demo=True)
    close_data_file()
    told: list[DataFileError] = []

    def ask(_self: ShopSession, exc: DataFileError) -> Path | None:
        told.append(exc)
        return good

    monkeypatch.setattr(ShopSession, "_ask_for_another", ask)
    session = ShopSession()
    assert session.start(junk)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert [e.kind for e in told] == ["not_a_shop"]
    assert "is not a Vyapar Lite shop file" in told[0].message
    assert current_path() == good


def test_switching_to_another_file(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = tmp_path / "a.vyapar", tmp_path / "b.vyapar"
    for path in (first, second):
        shop_session.open_shop(path, demo=True)
        close_data_file()
    session = ShopSession()
    assert session.start(first)
    session.switch(second)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert current_path() == second
    assert session.window.file_label.text() == str(second)


def test_a_file_too_damaged_to_read_the_shop_is_explained(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    path = tmp_path / "shop.vyapar"
    shop_session.open_shop(path, demo=True)
    close_data_file()
    raw = sqlite3.connect(path)
    (page,) = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'shop'").fetchone()
    (page_size,) = raw.execute("PRAGMA page_size").fetchone()
    raw.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + page_size] = bytes((i * 7 + 13) % 256 for i in range(page_size))
    path.write_bytes(data)
    told: list[DataFileError] = []

    def ask(_self: ShopSession, exc: DataFileError) -> Path | None:
        told.append(exc)
        return None

    monkeypatch.setattr(ShopSession, "_ask_for_another", ask)
    assert not ShopSession().start(path)
    assert [e.kind for e in told] == ["damaged"]
    assert "is damaged" in told[0].message
    assert current_path() is None
