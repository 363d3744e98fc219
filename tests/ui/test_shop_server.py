"""File › Connect to a shop server…: the address asked and checked field by field, the server
reached off the UI thread, its password asked when it wants one (kept in memory only), the
counter named at the first connection, and the server reopened at the next start (issue 18).

The server tests run on the session's throwaway cluster (`pg_cluster.py`)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from pg_cluster import Cluster
from vyapar_lite import app
from vyapar_lite.db import DataFileError, close_data_file, open_data_file
from vyapar_lite.db.connection import current_server
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.db.store import ServerAddress
from vyapar_lite.services import counters, shop
from vyapar_lite.services.sample_shop import SHOP
from vyapar_lite.ui.counters import names as counter_names
from vyapar_lite.ui.counters.counter_dialog import CounterNameDialog
from vyapar_lite.ui.server import passwords, remembered
from vyapar_lite.ui.server.connect_dialog import ConnectDialog
from vyapar_lite.ui.server.password_dialog import PasswordDialog
from vyapar_lite.ui.shop_session import ShopSession

PASSWORD = "s3cret-ledger"


@pytest.fixture(autouse=True)
def _clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No password file, no PGPASSWORD, nothing remembered from another test."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass.conf"))
    for key in (remembered.LAST_SERVER_SETTING, counter_names.NAMES_SETTING):
        QSettings().remove(key)
    passwords.forget_all()
    yield
    close_data_file()
    for key in (remembered.LAST_SERVER_SETTING, counter_names.NAMES_SETTING):
        QSettings().remove(key)
    passwords.forget_all()


def _server_shop(cluster: Cluster) -> ServerAddress:
    """A set-up shop on the server (its profile saved), closed."""
    address = cluster.new_shop()
    open_data_file(address)
    shop.save_profile(SHOP)
    close_data_file()
    return address


def _fill(dialog: ConnectDialog, host: str, port: str, dbname: str, user: str) -> None:
    values = {"host": host, "port": port, "dbname": dbname, "user": user}
    for name, text in values.items():
        dialog.edits[name].setText(text)
    dialog.try_accept()


def _name_counter(monkeypatch: pytest.MonkeyPatch, offered: list[str], name: str = "") -> None:
    def answer(dialog: CounterNameDialog) -> int:
        offered.append(dialog.field.text())
        if name:
            dialog.field.setText(name)
        dialog.try_accept()
        return int(dialog.result())

    monkeypatch.setattr(CounterNameDialog, "exec", answer)


def test_the_address_is_checked_field_by_field(qtbot: QtBot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["port"].text() == "5432"
    _fill(dialog, "", "99999", "my shop", "a@b")
    assert dialog.address is None
    qtbot.wait(50)
    dialog.grab().save("/tmp/srvgui-connect.png")
    assert "server PC's name or IP address" in dialog.boxes["host"].error.text()
    assert "from 1 to 65535" in dialog.boxes["port"].error.text()
    assert "no spaces" in dialog.boxes["dbname"].error.text()
    assert "no spaces" in dialog.boxes["user"].error.text()
    _fill(dialog, "192.168.1.10", "5433", "sharma_store", "counter1")
    assert dialog.address == ServerAddress("counter1", "192.168.1.10", 5433, "sharma_store")
    assert not dialog.boxes["host"].error.isVisible()


def test_connecting_from_the_file_menu_opens_the_server_shop_and_names_the_counter(
    qtbot: QtBot, shop_server: Cluster, shop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = _server_shop(shop_server)
    session = ShopSession()
    assert session.start(shop_path)
    assert session.window is not None
    assert session.window.counter_label.text() == f"· {counter_names.default_name()}"

    def connect(dialog: ConnectDialog) -> int:
        _fill(dialog, address.host, str(address.port), address.dbname, address.user)
        return int(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", connect)
    offered: list[str] = []
    _name_counter(monkeypatch, offered)
    action = session.window.findChild(QAction, "action.connect_server")
    assert action.text() == "&Connect to a shop server…"
    action.trigger()

    window = session.window
    assert window is not None
    assert current_server() == address
    assert offered == ["Counter 1"]
    assert counters.current() == "Counter 1"
    assert window.counter_label.text() == "· Counter 1"
    assert window.shop_label.text() == SHOP.name
    assert window.file_label.text() == address.url
    named = AuditEntry.get(AuditEntry.record_type == "counter")
    assert (named.action, named.record_label, named.counter) == ("name", "Counter 1", "Counter 1")
    assert QSettings().value(remembered.LAST_SERVER_SETTING) == address.url
    assert counter_names.remembered(address) == "Counter 1"
    window.statusBar().grab().save("/tmp/srvgui-status.png")

    # the next start reopens the server, and does not ask the counter's name again
    assert app.data_path(argparse.Namespace(data=None, demo=False)) == address
    session.switch(shop_path)
    assert session.window is not None
    assert QSettings().value(remembered.LAST_SERVER_SETTING) is None
    session.switch(address)
    assert offered == ["Counter 1"] and counters.current() == "Counter 1"
    assert session.window is not None
    qtbot.addWidget(session.window)


def test_a_second_counter_is_offered_the_next_free_name(
    qtbot: QtBot, shop_server: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = _server_shop(shop_server)
    offered: list[str] = []
    _name_counter(monkeypatch, offered)
    session = ShopSession()
    assert session.start(address)
    assert session.window is not None
    qtbot.addWidget(session.window)
    session.window.close()
    close_data_file()
    QSettings().remove(counter_names.NAMES_SETTING)  # another PC: nothing remembered
    _name_counter(monkeypatch, offered, name="Billing desk")
    again = ShopSession()
    assert again.start(address)
    assert again.window is not None
    qtbot.addWidget(again.window)
    assert offered == ["Counter 1", "Counter 2"]
    assert counters.current() == "Billing desk"
    assert counters.names_used() == ["Billing desk", "Counter 1"]


def test_the_password_is_asked_kept_in_memory_and_asked_again_when_wrong(
    qtbot: QtBot, shop_server: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop_server.password_user("clerk", PASSWORD)
    address = shop_server.as_user(_server_shop(shop_server), "clerk")
    answers = iter(["not-it", PASSWORD])
    reasons: list[str] = []

    def answer(dialog: PasswordDialog) -> int:
        reasons.append(dialog.reason.text() if not dialog.reason.isHidden() else "")
        assert dialog.field.echoMode() == dialog.field.EchoMode.Password
        dialog.field.setText(next(answers))
        dialog.show()
        qtbot.wait(50)
        dialog.grab().save(f"/tmp/srvgui-password-{len(reasons)}.png")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PasswordDialog, "exec", answer)
    _name_counter(monkeypatch, [])
    session = ShopSession()
    assert session.start(address)
    assert session.window is not None
    qtbot.addWidget(session.window)

    assert current_server() == address
    assert reasons[0] == ""  # the first time: no password was given at all
    assert 'password authentication failed for user "clerk"' in reasons[1]
    assert passwords.kept(address) == PASSWORD
    QSettings().sync()
    config = Path(QSettings().fileName())
    assert config.is_file() and PASSWORD not in config.read_text(errors="replace")

    # switching away and back in this run: not asked again
    session.window.close()
    close_data_file()
    again = ShopSession()
    assert again.start(address)
    assert again.window is not None
    qtbot.addWidget(again.window)
    assert len(reasons) == 2


@pytest.mark.parametrize("where", ["pgpass.conf", "PGPASSWORD"])
def test_the_password_file_or_pgpassword_is_used_without_asking(
    qtbot: QtBot,
    shop_server: Cluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    shop_server.password_user("clerk", PASSWORD)
    address = shop_server.as_user(_server_shop(shop_server), "clerk")
    if where == "PGPASSWORD":
        monkeypatch.setenv("PGPASSWORD", PASSWORD)
    else:
        pgpass = tmp_path / "pgpass.conf"
        pgpass.write_text(f"*:*:*:clerk:{PASSWORD}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setattr(PasswordDialog, "exec", lambda _d: pytest.fail("asked for the password"))
    _name_counter(monkeypatch, [])
    session = ShopSession()
    assert session.start(address)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert current_server() == address and passwords.kept(address) is None


def test_cancelling_the_password_says_where_to_put_it(
    shop_server: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop_server.password_user("clerk", PASSWORD)
    address = shop_server.as_user(_server_shop(shop_server), "clerk")
    monkeypatch.setattr(PasswordDialog, "exec", lambda _d: 0)
    told: list[DataFileError] = []

    def ask(_self: ShopSession, exc: DataFileError) -> None:
        told.append(exc)

    monkeypatch.setattr(ShopSession, "_ask_for_another", ask)
    assert not ShopSession().start(address)
    assert [e.kind for e in told] == ["password"]
    assert "password file" in told[0].message and current_server() is None


@pytest.mark.parametrize("what", ["no server there", "no such database"])
def test_a_server_that_cannot_be_used_is_explained_in_plain_words(
    shop_server: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    if what == "no server there":
        address = ServerAddress("vyapar", str(tmp_path), 5432, "books")
        says = "could not be reached"
    else:
        address = shop_server.address("no_such_shop")
        says = "has no database named no_such_shop"
    told: list[DataFileError] = []

    def ask(_self: ShopSession, exc: DataFileError) -> None:
        told.append(exc)

    monkeypatch.setattr(ShopSession, "_ask_for_another", ask)
    assert not ShopSession().start(address)
    assert len(told) == 1 and says in told[0].message
    assert "Traceback" not in told[0].message
    assert current_server() is None


def test_the_smoke_check_opens_a_server_shop(
    shop_server: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    address = _server_shop(shop_server)
    args = app.parse_args(["--data", address.url])
    assert app.data_path(args) == address
    assert app.smoke(address, demo=False) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"smoke ok: {address.url} ({SHOP.name})")


def test_a_shop_that_cannot_be_opened_offers_a_shop_server(
    qtbot: QtBot, shop_server: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    address = _server_shop(shop_server)
    junk = tmp_path / "junk.vyapar"
    junk.write_text("not a shop")
    said: list[str] = []

    def click_server(box: QMessageBox) -> int:
        said.append(box.text())
        box.setProperty("clicked", "openError.server")
        return 0

    def clicked(box: QMessageBox) -> QPushButton | None:
        return box.findChild(QPushButton, str(box.property("clicked")))

    monkeypatch.setattr(QMessageBox, "exec", click_server)
    monkeypatch.setattr(QMessageBox, "clickedButton", clicked)

    def connect(dialog: ConnectDialog) -> int:
        _fill(dialog, address.host, str(address.port), address.dbname, address.user)
        return int(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", connect)
    _name_counter(monkeypatch, [])
    session = ShopSession()
    assert session.start(junk)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert len(said) == 1 and "is not a Vyapar Lite shop file" in said[0]
    assert current_server() == address
