"""The main window: navigation, shortcuts, status bar, kept geometry, and --smoke."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from vyapar_lite import APP_NAME, ORG_NAME, locations
from vyapar_lite.ui.main_window import MainWindow

SRC = Path(__file__).resolve().parents[2] / "src"


def make_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_shows_shop_and_file(qtbot: QtBot, shop_file: Path) -> None:
    window = make_window(qtbot, shop_file)
    assert window.findChild(QLabel, "status.shop").text() == "Test Traders"
    assert window.findChild(QLabel, "status.file").text() == str(shop_file)
    assert window.windowTitle() == f"Test Traders — {APP_NAME}"


def test_navigation_and_shortcuts(qtbot: QtBot, shop_file: Path) -> None:
    window = make_window(qtbot, shop_file)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Dashboard", "Customers", "Items", "Sales", "Payments", "Reports", "Audit", "Settings",
        "Money",
    ]  # fmt: skip

    window.nav.setCurrentRow(6)
    assert window.stack.currentWidget().objectName() == "page.audit"
    window.nav.setCurrentRow(7)
    assert window.stack.currentWidget().objectName() == "page.settings"

    go_items = window.findChild(QAction, "action.go.items")
    assert go_items.shortcut().toString() == "Ctrl+3"
    go_items.trigger()
    assert window.stack.currentWidget().objectName() == "page.items"

    go_sales = window.findChild(QAction, "action.go.sales")
    assert go_sales.shortcut().toString() == "Ctrl+4"
    go_sales.trigger()
    assert window.stack.currentWidget().objectName() == "page.sales"
    new_invoice = window.findChild(QAction, "action.sales.new_invoice")
    assert new_invoice.shortcut().toString() == "Ctrl+I"


def test_saving_settings_updates_the_status_bar(qtbot: QtBot, shop_file: Path) -> None:
    window = make_window(qtbot, shop_file)
    settings = window.pages["settings"]
    settings.form.edits["name"].setText("New Name Stores")  # type: ignore[attr-defined]
    settings.save()  # type: ignore[attr-defined]
    assert window.shop_label.text() == "New Name Stores"


def test_window_geometry_is_kept(qtbot: QtBot, shop_file: Path) -> None:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    window = make_window(qtbot, shop_file)
    window.resize(780, 560)
    window.close()
    assert QSettings().value("main_window/geometry") is not None
    again = make_window(qtbot, shop_file)
    assert (again.width(), again.height()) == (780, 560)


def test_default_data_folder_matches_qt(qtbot: QtBot) -> None:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(qt_folder) == locations.app_data_dir()


def run_smoke(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**__import__("os").environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "vyapar_lite", "--smoke", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_smoke_on_a_new_file_and_on_the_demo_shop(tmp_path: Path) -> None:
    new = run_smoke("--data", str(tmp_path / "new.vyapar"))
    assert new.returncode == 0, new.stderr
    assert "smoke ok" in new.stdout and "(shop not set up)" in new.stdout

    demo = run_smoke("--demo", "--data", str(tmp_path / "demo.vyapar"))
    assert demo.returncode == 0, demo.stderr
    assert "Sharma General Store" in demo.stdout


def test_smoke_fails_with_the_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk.vyapar"
    junk.write_text("this is not a shop file")
    result = run_smoke("--data", str(junk))
    assert result.returncode == 1
    assert "not a Vyapar Lite shop file" in result.stderr
    assert "Traceback" not in result.stderr
