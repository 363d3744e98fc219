"""The Dashboard: today's and this month's sales and takings, what customers owe, who is overdue
or over their limit, low stock, the last backup, and three charts.

The figures come from `services.dashboard` on a worker thread each time the screen is shown (or
F5), so a big shop never holds up the window; the charts (QtCharts) are built once the first
figures arrive. Every card says what it opens: pressing it emits `open_requested(target)`, and
`ui.dashboard.links` takes the shopkeeper to the report or screen behind it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.ui.backups.last_backup_words import last_backup_text
from vyapar_lite.ui.first_paint import after_paint

if TYPE_CHECKING:
    from vyapar_lite.services.dashboard import Dashboard
    from vyapar_lite.ui.dashboard.charts import DashboardCharts
    from vyapar_lite.ui.tasks import Progress, Task

# (card, what it opens, caption); the value is filled in by `_values`
CARDS: tuple[tuple[str, str, str], ...] = (
    ("sales_today", "register_today", QT_TRANSLATE_NOOP("dashboard", "Sales today")),
    ("sales_month", "register_month", QT_TRANSLATE_NOOP("dashboard", "Sales this month")),
    ("received_today", "payments", QT_TRANSLATE_NOOP("dashboard", "Received today")),
    ("received_month", "payments", QT_TRANSLATE_NOOP("dashboard", "Received this month")),
    ("last_backup", "backups", QT_TRANSLATE_NOOP("dashboard", "Backups")),
    ("receivable", "balances", QT_TRANSLATE_NOOP("dashboard", "Customers owe")),
    ("overdue", "ageing", QT_TRANSLATE_NOOP("dashboard", "Overdue")),
    ("overdue_customers", "outstanding", QT_TRANSLATE_NOOP("dashboard", "Customers overdue")),
    ("over_limit", "over_limit", QT_TRANSLATE_NOOP("dashboard", "Over their credit limit")),
    ("low_stock", "low_stock", QT_TRANSLATE_NOOP("dashboard", "Items low on stock")),
    ("cash_in_hand", "money_book", QT_TRANSLATE_NOOP("dashboard", "Cash in hand")),
    ("in_the_bank", "money_book", QT_TRANSLATE_NOOP("dashboard", "In the bank")),
    ("spent_today", "expenses", QT_TRANSLATE_NOOP("dashboard", "Expenses today")),
)
PER_ROW = 5
CARD = "QCommandLinkButton { font-size: 13pt; }"
WARN = "QCommandLinkButton { font-size: 13pt; color: #b00020; }"


def _values(d: Dashboard, now: datetime) -> dict[str, tuple[str, bool]]:
    """card -> (value text, warn)."""
    return {
        "sales_today": (format_money(d.sales_today), False),
        "sales_month": (format_money(d.sales_month), False),
        "received_today": (format_money(d.received_today), False),
        "received_month": (format_money(d.received_month), False),
        "last_backup": _backup_card(d.last_backup_at, now),
        "receivable": (format_money(d.receivable), False),
        "overdue": (format_money(d.overdue), d.overdue > 0),
        "overdue_customers": (f"{d.overdue_customers:,}", d.overdue_customers > 0),
        "over_limit": (f"{d.over_limit_customers:,}", d.over_limit_customers > 0),
        "low_stock": (f"{d.low_stock_items:,}", d.low_stock_items > 0),
        "cash_in_hand": (format_money(d.cash_in_hand), d.cash_in_hand < 0),
        "in_the_bank": (format_money(d.in_the_bank), d.in_the_bank < 0),
        "spent_today": (format_money(d.spent_today), False),
    }


def _backup_card(last: datetime | None, now: datetime) -> tuple[str, bool]:
    text, stale = last_backup_text(last, now)
    return text.removeprefix("Last backup: "), stale


class DashboardPage(QWidget):
    open_requested = Signal(str)  # a target of CARDS, or "register_year" / "ageing" / "insights"
    loaded = Signal(object)  # the Dashboard shown

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.dashboard")
        self.today = today  # tests fix the date; None: the computer's date at each load
        self.task: Task | None = None
        self.shown: Dashboard | None = None
        self.last_backup: datetime | None = None  # as the status bar last said
        self.backup_since_load = False
        self.held = False  # the window's first look: the shop's file is not open yet
        self.asked_while_held = False
        self.title = QLabel(QCoreApplication.translate("dashboard_page", "<h2>Dashboard</h2>"))
        self.as_of = QLabel()
        self.as_of.setObjectName("dashboard.asOf")
        self.refresh_button = QPushButton(
            QCoreApplication.translate("dashboard_page", "Refresh  (F5)")
        )
        self.refresh_button.setObjectName("dashboard.refresh")
        self.refresh_button.clicked.connect(self.load)
        QShortcut(QKeySequence("F5"), self, self.load)  # not Qt.Key: its enums cost 0.02 s
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.as_of, 1)
        head.addWidget(self.refresh_button)

        self.cards: dict[str, QCommandLinkButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, (key, target, english) in enumerate(CARDS):
            caption = QCoreApplication.translate("dashboard", english)
            card = QCommandLinkButton("…", caption)
            card.setObjectName(f"dashboard.{key}")
            card.setIcon(QIcon())
            card.setStyleSheet(CARD)
            card.setToolTip(
                QCoreApplication.translate("dashboard_page", "{caption}: open the {0}").format(
                    QCoreApplication.translate("dashboard", _OPENS[target]), caption=caption
                )
            )
            card.clicked.connect(lambda _checked=False, t=target: self.open_requested.emit(t))
            self.cards[key] = card
            grid.addWidget(card, n // PER_ROW, n % PER_ROW)
        for column in range(PER_ROW):
            grid.setColumnStretch(column, 1)

        self.charts_row = QHBoxLayout()
        self.charts: DashboardCharts | None = None
        self.message = QLabel()
        self.message.setObjectName("dashboard.message")
        self.message.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(self.charts_row, 1)
        scroll = QScrollArea()  # a small window scrolls rather than squeezing the cards
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Figures move with every sale: fresh ones each time the screen is shown, worked out
        # once it is painted, so the worker (its imports hold Python's lock) does not slow the
        # first paint (issue 21).
        after_paint(self, self.load)

    def hold(self) -> None:
        """Figures wait: shown at the window's first look, before the shop's file is open
        (`MainWindow.show_first_look`, issue 21)."""
        self.held = True

    def release(self) -> None:
        """The file is open: figures asked for while held are worked out now."""
        self.held = False
        if self.asked_while_held:
            self.asked_while_held = False
            self.load()

    def load(self) -> Task | None:
        if self.held:
            self.asked_while_held = True
            return None
        if self.task is not None and self.task.running:
            return None
        from vyapar_lite.ui.tasks import run_in_background  # once painted (issue 21)

        today = self.today or date.today()
        self.backup_since_load = False
        self.refresh_button.setEnabled(False)
        self.as_of.setText(QCoreApplication.translate("dashboard_page", "Working out the figures…"))
        self.task = run_in_background(lambda progress: _work_out(today, progress))
        self.task.succeeded.connect(self.show_dashboard)
        self.task.failed.connect(self._failed)
        # The charts (QtCharts, about 0.1 s to import and build) are made when the first
        # figures arrive, not before the first paint: the window shows the shop sooner
        # (issue 21), and they would have had nothing to draw until then.
        return self.task

    def _build_charts(self) -> None:
        if self.charts is None:
            from vyapar_lite.ui.dashboard.charts import DashboardCharts  # QtCharts: on first use

            charts = DashboardCharts()
            charts.open_requested.connect(self.open_requested)
            self.charts_row.addWidget(charts)
            self.charts = charts

    def show_dashboard(self, d: Dashboard) -> None:
        self.refresh_button.setEnabled(True)
        self.message.clear()
        self.as_of.setText(
            QCoreApplication.translate("dashboard_page", "as of {today:%d-%m-%Y}").format(
                today=d.today
            )
        )
        for key, (value, warn) in _values(d, datetime.now()).items():
            self._fill(key, value, warn)
        if self.backup_since_load:  # the worker may have read the time before that backup
            self._fill("last_backup", *_backup_card(self.last_backup, datetime.now()))
        self._build_charts()
        assert self.charts is not None
        self.charts.show_dashboard(d)
        self.shown = d
        self.loaded.emit(d)

    def show_last_backup(self, last: datetime | None) -> None:
        """A backup was taken (or set aside) since the figures were worked out; it also holds
        for figures being worked out now, which may have read the time before it."""
        self.last_backup = last
        self.backup_since_load = True
        if self.shown is not None:
            self._fill("last_backup", *_backup_card(last, datetime.now()))

    def _fill(self, key: str, value: str, warn: bool) -> None:
        card = self.cards[key]
        card.setText(value)
        card.setStyleSheet(WARN if warn else CARD)

    def _failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.as_of.setText("")
        self.message.setText(
            QCoreApplication.translate(
                "dashboard_page", "The figures could not be worked out: {message}"
            ).format(message=message)
        )


def _work_out(today: date, _progress: Progress) -> Dashboard:
    """On the worker: the services (and their imports) stay off the first screen's path."""
    from vyapar_lite.services import dashboard

    return dashboard.dashboard(today)


_OPENS = {
    "register_today": QT_TRANSLATE_NOOP("dashboard", "sales register for today"),
    "register_month": QT_TRANSLATE_NOOP("dashboard", "sales register for this month"),
    "payments": QT_TRANSLATE_NOOP("dashboard", "Payments screen"),
    "backups": QT_TRANSLATE_NOOP("dashboard", "backup settings"),
    "balances": QT_TRANSLATE_NOOP("dashboard", "customer balances report"),
    "ageing": QT_TRANSLATE_NOOP("dashboard", "ageing report"),
    "outstanding": QT_TRANSLATE_NOOP("dashboard", "outstanding invoices report"),
    "over_limit": QT_TRANSLATE_NOOP("dashboard", "customer balances report"),
    "low_stock": QT_TRANSLATE_NOOP("dashboard", "item list, low stock only"),
    "money_book": QT_TRANSLATE_NOOP("dashboard", "cash and bank books"),
    "expenses": QT_TRANSLATE_NOOP("dashboard", "expenses report"),
}
