"""The main window: navigation on the left, one screen at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from vyapar_lite import APP_NAME, __version__
from vyapar_lite.services import shop
from vyapar_lite.ui.customers.customers_screen import CustomersScreen
from vyapar_lite.ui.later_page import ComingLaterPage
from vyapar_lite.ui.settings.settings_page import SettingsPage

Screen = tuple[str, str, Callable[[], QWidget]]


def _screens() -> list[Screen]:
    return [
        (
            "dashboard",
            "Dashboard",
            lambda: ComingLaterPage(
                "dashboard",
                "Dashboard",
                "Today's sales, money received, what customers owe and who is overdue.",
            ),
        ),
        ("customers", "Customers", CustomersScreen),
        (
            "sales",
            "Sales",
            lambda: ComingLaterPage(
                "sales", "Sales", "Sale orders and GST sales invoices, returns and credit notes."
            ),
        ),
        (
            "payments",
            "Payments",
            lambda: ComingLaterPage(
                "payments",
                "Payments",
                "Receipts by cash, UPI, bank and cheque, advances, and cheque bounces.",
            ),
        ),
        (
            "reports",
            "Reports",
            lambda: ComingLaterPage(
                "reports",
                "Reports",
                "Statements, balances, ageing and the sales register, exported to Excel.",
            ),
        ),
        ("settings", "Settings", SettingsPage),
    ]


class MainWindow(QMainWindow):
    """`open_file_requested` asks the app to switch to another shop file (or a new one)."""

    open_file_requested = Signal(Path)

    def __init__(self, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_file = data_file
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt } QListWidget::item { padding: 8px }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.pages: dict[str, QWidget] = {}
        self._build_menus()
        for key, title, make in _screens():
            page = make()
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(title)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        settings_page = self.pages["settings"]
        customers_screen = self.pages["customers"]
        if isinstance(settings_page, SettingsPage) and isinstance(
            customers_screen, CustomersScreen
        ):
            settings_page.profile_saved.connect(self.refresh_shop)
            settings_page.customer_settings.changed.connect(customers_screen.list_page.refresh)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.shop_label = QLabel()
        self.shop_label.setObjectName("status.shop")
        self.file_label = QLabel(str(data_file))
        self.file_label.setObjectName("status.file")
        self.statusBar().addWidget(self.shop_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.nav.setCurrentRow(0)
        self.refresh_shop()
        self._restore_geometry()

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def refresh_shop(self) -> None:
        profile = shop.get_profile()
        name = profile.name if profile else "(shop not set up)"
        self.shop_label.setText(name)
        self.setWindowTitle(f"{name} — {APP_NAME}")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(
            file_menu,
            "&Open shop file…",
            QKeySequence.StandardKey.Open,
            self._choose_file,
            "action.open",
        )
        self._action(file_menu, "New shop &file…", None, self._choose_new_file, "action.new_file")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close, "action.quit")
        go_menu = self.menuBar().addMenu("&Go")
        for number, (key, title, _make) in enumerate(_screens(), start=1):
            self._action(
                go_menu,
                title,
                QKeySequence(f"Ctrl+{number}"),
                partial(self.show_screen, key),
                f"action.go.{key}",
            )
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, f"&About {APP_NAME}", None, self._about, "action.about")

    def _action(
        self,
        menu: QWidget,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            "Open shop file",
            str(self.data_file.parent),
            "Vyapar Lite shop (*.vyapar);;All files (*)",
        )
        if name:
            self.open_file_requested.emit(Path(name))

    def _choose_new_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            "New shop file",
            str(self.data_file.parent / "new-shop.vyapar"),
            "Vyapar Lite shop (*.vyapar)",
        )
        if name:
            self.open_file_requested.emit(Path(name))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Offline bookkeeping for your shop.<br><br>"
            f"Data file: {self.data_file}",
        )

    def _restore_geometry(self) -> None:
        saved = QSettings().value("main_window/geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        self.resize(1100, 700)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
