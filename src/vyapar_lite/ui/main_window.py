"""The main window: navigation on the left, one screen at a time on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QRect, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from vyapar_lite import APP_NAME, __version__
from vyapar_lite.db.store import DataLocation
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vyapar_lite.ui.backups.auto import AutoBackup
    from vyapar_lite.ui.help.help_window import HelpWindow

# Each screen is imported and built the first time it is shown, so the window opens fast.
Screen = tuple[str, str, Callable[[], QWidget]]

log = logging.getLogger(__name__)
GEOMETRY_SETTING = "main_window/geometry"
MAXIMISE_UP_TO = 1600  # px: a first start on a screen this wide or narrower opens maximised
NAV_POINTS = 11  # the navigation list's font size
NAV_PADDING = 8  # px around each title
NAV_SPARE = 16  # px beyond the longest title (a scroll bar on a short screen)


def _customers() -> QWidget:
    from vyapar_lite.ui.customers.customers_screen import CustomersScreen

    return CustomersScreen()


def _items() -> QWidget:
    from vyapar_lite.ui.items.items_screen import ItemsScreen

    return ItemsScreen()


def _sales() -> QWidget:
    from vyapar_lite.ui.sales.sales_screen import SalesScreen

    return SalesScreen()


def _payments() -> QWidget:
    from vyapar_lite.ui.payments.payments_screen import PaymentsScreen

    return PaymentsScreen()


def _money() -> QWidget:
    from vyapar_lite.ui.money.money_screen import MoneyScreen

    return MoneyScreen()


def _reports() -> QWidget:
    from vyapar_lite.ui.reports.reports_screen import ReportsScreen

    return ReportsScreen()


def _dashboard() -> QWidget:
    from vyapar_lite.ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage()


def _audit() -> QWidget:
    from vyapar_lite.ui.audit.audit_screen import AuditScreen

    return AuditScreen()


def _settings() -> QWidget:
    from vyapar_lite.ui.settings.settings_page import SettingsPage

    return SettingsPage()


def _screens() -> list[Screen]:
    return [
        ("dashboard", QT_TRANSLATE_NOOP("main_window", "Dashboard"), _dashboard),
        ("customers", QT_TRANSLATE_NOOP("main_window", "Customers"), _customers),
        ("items", QT_TRANSLATE_NOOP("main_window", "Items"), _items),
        ("sales", QT_TRANSLATE_NOOP("main_window", "Sales"), _sales),
        ("payments", QT_TRANSLATE_NOOP("main_window", "Payments"), _payments),
        ("reports", QT_TRANSLATE_NOOP("main_window", "Reports"), _reports),
        ("audit", QT_TRANSLATE_NOOP("main_window", "Audit"), _audit),
        ("settings", QT_TRANSLATE_NOOP("main_window", "Settings"), _settings),
        (
            "money",
            QT_TRANSLATE_NOOP("main_window", "Money"),
            _money,
        ),  # last: Ctrl+1 … Ctrl+8 stay put
    ]


class Pages(Mapping[str, QWidget]):
    """The screens by key; a screen is built when first asked for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.keys)

    def __len__(self) -> int:
        return len(self._window.keys)


class MainWindow(QMainWindow):
    """`open_file_requested` asks the app to switch to another shop file (or a new one), or to
    a shop on a server (a `ServerAddress`)."""

    open_file_requested = Signal(object)
    restore_requested = Signal(Path, str)  # a backup file and its password ('' for none)

    def __init__(
        self, data_file: DataLocation, parent: QWidget | None = None, *, opened: bool = True
    ) -> None:
        """With `opened=False` the window is an empty frame, shown while the file opens (the
        app starts this way, so the shopkeeper sees it at once); `shop_opened()` fills it.
        `data_file` may be a shop on a server (`location`; `data_file` is then its name)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._set_location(data_file)
        self.auto_backup: AutoBackup | None = None
        self.looking = False  # showing the shop's first look: its file is not open yet
        self._help: HelpWindow | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setStyleSheet(
            f"QListWidget {{ font-size: {NAV_POINTS}pt }} "
            f"QListWidget::item {{ padding: {NAV_PADDING}px }}"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self._makers = {key: make for key, _title, make in _screens()}
        self.keys = list(self._makers)
        self._built: dict[str, QWidget] = {}
        self.pages = Pages(self)
        self._build_menus()
        for _key, title, _make in _screens():
            self.stack.addWidget(QWidget())  # stands in until the screen is first shown
            self.nav.addItem(QCoreApplication.translate("main_window", title))
        self.nav.setFixedWidth(self._nav_width())
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.shop_label = QLabel()
        self.shop_label.setObjectName("status.shop")
        self.counter_label = QLabel()  # "· Counter 1": who posts from this window
        self.counter_label.setObjectName("status.counter")
        self.file_label = QLabel(str(data_file))
        self.file_label.setObjectName("status.file")
        self.statusBar().addWidget(self.shop_label)
        self.statusBar().addWidget(self.counter_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self._restore_geometry()
        if opened:
            self.shop_opened(data_file)
        else:
            self.nav.setEnabled(False)
            self.menuBar().setEnabled(False)
            self.show_opening()

    def show_opening(self) -> None:
        """The frame's words while the file opens (and again when it could not be opened)."""
        self.looking = False
        self.shop_label.setText(
            QCoreApplication.translate("main_window", "Opening {name}…").format(
                name=self.data_file.name
            )
        )
        self.setWindowTitle(APP_NAME)

    def take_first_look(self) -> bool:
        """Show the shop in the file this window is for before the file is opened, when
        `db.first_look` finds that it may be (issue 21); True when shown."""
        if not isinstance(self.location, Path):
            return False
        from vyapar_lite.db.first_look import first_look

        name = first_look(self.location)
        if name is None:
            return False
        self.show_first_look(name)
        return True

    def show_first_look(self, name: str) -> None:
        """The shop's name and its first screen, painted before its file is opened
        (`db.first_look`, issue 21). The dashboard holds its figures, and the navigation and
        menus stay off, until `shop_opened`."""
        self.looking = True
        self.shop_label.setText(name)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.nav.setCurrentRow(0)  # builds the dashboard
        hold = getattr(self.page("dashboard"), "hold", None)
        if hold is not None:
            hold()

    def _set_location(self, location: DataLocation) -> None:
        self.location = location
        self.data_file = (
            location if isinstance(location, Path) else Path(location.dbname)
        )  # a server shop: its database's name (what messages and dialogs call the shop)

    def shop_opened(self, data_file: DataLocation) -> None:
        """The shop is open (and set up): show its name and the first screen."""
        self._set_location(data_file)
        self.looking = False
        self.file_label.setText(str(data_file))
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.nav.setCurrentRow(0)
        self.refresh_shop()
        release = getattr(self._built.get("dashboard"), "release", None)
        if release is not None:  # shown at the first look: its figures may come now
            release()
        if self.auto_backup is None:
            from vyapar_lite.ui.backups.auto import AutoBackup  # needs the open shop's services

            self.auto_backup = AutoBackup(self)
            self.auto_backup.last_backup_changed.connect(self._last_backup_changed)

    def page(self, key: str) -> QWidget:
        """The screen for `key`, built (and linked to the screens already built) on first use."""
        built = self._built.get(key)
        if built is not None:
            return built
        index = self.keys.index(key)
        page = self._makers[key]()
        standin = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if standin is not None:
            self.stack.removeWidget(standin)
            standin.deleteLater()
        self._built[key] = page
        self._link(key)
        return page

    def _nav_width(self) -> int:
        """As narrow as its longest title allows, in the language shown: at 1366 px the
        reports need the room (issue 15)."""
        font = QFont(self.nav.font())
        font.setPointSize(NAV_POINTS)
        metrics = QFontMetrics(font)
        texts = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        return widest + 2 * NAV_PADDING + 2 * self.nav.frameWidth() + NAV_SPARE

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(self.keys.index(key))

    def go_to(self, key: str) -> None:
        """Ctrl+1 … Ctrl+9: show the screen, with the keyboard where work starts: Customers
        back on the list with the search selected, Reports in the report's first input."""
        self.show_screen(key)
        page = self.page(key)
        if key == "customers" and hasattr(page, "show_list"):
            page.show_list()
        elif key == "reports" and hasattr(page, "focus_first_input"):
            page.focus_first_input()

    def open_customer(self) -> str:
        """The customer whose page is on show on the Customers screen ("" for none)."""
        if self.current_key() != "customers":
            return ""
        page = self._built.get("customers")
        return page.open_code() if page is not None and hasattr(page, "open_code") else ""

    def _show_row(self, row: int) -> None:
        self.page(self.keys[row])
        self.stack.setCurrentIndex(row)

    def _link(self, key: str) -> None:
        """Connect a new screen with the others that are already built."""
        from vyapar_lite.ui import screen_links

        screen_links.link(self, key, self._built)
        if key == "settings":
            self._link_backups(self._built[key])

    def _link_backups(self, settings: QWidget) -> None:
        from vyapar_lite.ui.settings.settings_page import SettingsPage

        if isinstance(settings, SettingsPage):
            group = settings.backup_settings
            group.restore_chosen.connect(self.restore_requested.emit)
            group.backed_up.connect(self._backed_up)
            group.full_check_failed.connect(self._backed_up)  # the status bar's time moves back

    def _backed_up(self, result: object) -> None:
        if self.auto_backup is not None:
            note = getattr(result, "note", "")
            self.auto_backup.tell(note)
            self.auto_backup.refresh()

    def _last_backup_changed(self, last: object) -> None:
        dashboard = self._built.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "show_last_backup"):
            dashboard.show_last_backup(last)

    def refresh_shop(self) -> None:
        from vyapar_lite.services import shop

        profile = shop.get_profile()
        name = (
            profile.name
            if profile
            else QCoreApplication.translate("main_window", "(shop not set up)")
        )
        self.shop_label.setText(name)
        from vyapar_lite.services import counters

        counter = counters.current()
        self.counter_label.setText(f"· {counter}" if counter else "")
        self.setWindowTitle(f"{name} — {APP_NAME}")

    def _build_menus(self) -> None:
        from vyapar_lite.ui.file_menu import add_file_menu

        add_file_menu(self)
        go_menu = self.menuBar().addMenu(QCoreApplication.translate("main_window", "&Go"))
        for number, (key, title, _make) in enumerate(_screens(), start=1):
            self._action(
                go_menu,
                QCoreApplication.translate("main_window", title),
                QKeySequence(f"Ctrl+{number}"),
                partial(self.go_to, key),
                f"action.go.{key}",
            )
        from vyapar_lite.ui.sales.menu import add_sales_menu

        add_sales_menu(
            self, lambda: self.page("sales"), partial(self.show_screen, "sales"), self.open_customer
        )
        from vyapar_lite.ui.payments.menu import add_payments_menu

        add_payments_menu(
            self,
            lambda: self.page("payments"),
            partial(self.show_screen, "payments"),
            self.open_customer,
        )
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("main_window", "&Help"))
        self._action(
            help_menu,
            QCoreApplication.translate("main_window", "&Keyboard shortcuts for this screen"),
            QKeySequence("F1"),
            self.show_keys,
            "action.help.keys",
        )
        self._action(
            help_menu,
            QCoreApplication.translate("main_window", "&Getting started"),
            None,
            self.show_getting_started,
            "action.help.start",
        )
        help_menu.addSeparator()
        self._action(
            help_menu,
            QCoreApplication.translate("main_window", "&About {app}").format(app=APP_NAME),
            None,
            self._about,
            "action.about",
        )

    def current_key(self) -> str:
        """The key of the screen on show ("dashboard", "customers", …)."""
        return self.keys[max(self.stack.currentIndex(), 0)]

    def help_window(self) -> HelpWindow:
        from vyapar_lite.ui.help.help_window import HelpWindow

        if self._help is None:
            self._help = HelpWindow(self)
        return self._help

    def show_keys(self) -> None:
        """F1: the keys of the screen on show, and those that work everywhere."""
        self.help_window().show_keys(self.current_key())

    def show_getting_started(self) -> None:
        self.help_window().show_getting_started()

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
            # setShortcuts([…]) is setShortcut(…) without building Qt's namespace (0.02 s of
            # the start: setShortcut's overloads, and QKeySequence's copy, go through Qt.Key)
            keys = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcuts([keys])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not built at start (issue 21)

        QMessageBox.about(
            self,
            QCoreApplication.translate("main_window", "About {app}").format(app=APP_NAME),
            QCoreApplication.translate(
                "main_window",
                "<b>{app}</b> {version}<br>Offline bookkeeping for your shop.<br><br>"
                "Data file: {file}",
            ).format(app=APP_NAME, version=__version__, file=self.location),
        )

    def _restore_geometry(self) -> None:
        """Where the window was last time; on the first start, maximised on a laptop-sized
        screen (up to MAXIMISE_UP_TO px wide: 1366×768 is the common one, where 1100×700 hid
        the reports' money columns), else a large window in the middle."""
        saved = QSettings().value(GEOMETRY_SETTING)
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        if room.width() <= MAXIMISE_UP_TO:
            from PySide6.QtCore import Qt  # here: its enums cost 0.02 s of every start

            self.resize(room.size())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        size = QSize(min(1500, room.width() - 100), min(900, room.height() - 80))
        self.resize(size)
        self.move(room.center() - QPoint(size.width() // 2, size.height() // 2))

    def close_without_backup(self) -> None:
        """Close without the closing backup (`--smoke` checks a file; it does not back it up)."""
        self.auto_backup = None
        self.close()

    def offer_kept_drafts(self) -> list[str]:
        """Drafts a session left unsaved (a power cut): offered back, each on its screen."""
        from vyapar_lite.ui.drafts.recovery import offer_kept_drafts

        return offer_kept_drafts(self)

    def may_close(self) -> bool:
        """Quitting with typed work not saved asks about each form, showing it first; Keep (the
        default) leaves the window open on that form."""
        from vyapar_lite.ui.drafts.ask import wants_discard

        for key in ("sales", "payments"):
            page = self._built.get(key)
            for form in getattr(page, "unsaved_work", list)():
                self.show_screen(key)
                page.show_form(form)  # type: ignore[union-attr]
                if not wants_discard(self, form.noun):
                    return False
                form.discard()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        QSettings().setValue(GEOMETRY_SETTING, self.saveGeometry())
        if self.auto_backup is not None:
            # Off the screen first: the closing work below (the dashboard's kept ageing, the
            # backup, the audit anchor) then finishes without holding the shopkeeper. Each is
            # one transaction or a copy renamed into place when whole, so a kill meanwhile
            # loses nothing (tests/scenarios/test_close_kill.py).
            self.hide()
            QApplication.processEvents()
            if "dashboard" in self._built:
                _keep_ageing_for_next_time()
            self.auto_backup.back_up_on_close()
            _anchor_the_audit_trail()
        super().closeEvent(event)


def _anchor_the_audit_trail() -> None:
    """On closing: the audit chain's last entry into the anchor log outside the shop file."""
    from vyapar_lite.services import audit_anchors

    try:
        audit_anchors.anchor_open_shop("closing")
    except Exception:  # closing must never fail on it
        log.warning("could not anchor the audit trail on closing", exc_info=True)


def _keep_ageing_for_next_time() -> None:
    """Save today's ageing as the dashboard worked it out, so the next session's first look need
    not read the whole shop (services/ageing_today.py). Errors are only logged."""
    from vyapar_lite.services import ageing_today

    try:
        ageing_today.save()
    except Exception:
        log.exception("could not keep the ageing for the next session")
