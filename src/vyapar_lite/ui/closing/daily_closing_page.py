"""The daily closing screen: the cash the books expect, the drawer counted note by note, the
difference posted as short/excess with its reason, and the day closed (services.daily_closing).

The day's figures are worked out off the UI thread (`tasks.run_in_background`); closing is one
service call. A closed day shows what was counted, read-only.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import daily_closing, money_accounts
from vyapar_lite.services.daily_closing import CashDay
from vyapar_lite.ui import tasks
from vyapar_lite.ui.closing.denominations import DenominationCount
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.money.account_names import shown_name
from vyapar_lite.ui.money.drawer import keep_or_select_drawer
from vyapar_lite.ui.widgets import DateEdit, FieldBox

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHORT_COLOUR = "#b00020"
EXCESS_COLOUR = "#1b5e20"


def _money(paise: int) -> str:
    return format_money(paise) if paise else ""


class DailyClosingPage(QWidget):
    loaded = Signal(object)  # the CashDay on show, once its figures are filled in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyClosing")
        self.day: CashDay | None = None
        self._task: tasks.Task | None = None

        self.account = QComboBox()
        self.account.setObjectName("closing.account")
        self.on = DateEdit(date.today())
        self.on.setObjectName("closing.date")
        self.on.setMaximumDate(self.on.date())
        self.status = QLabel()
        self.status.setObjectName("closing.status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        self.account_label = QLabel(
            QCoreApplication.translate("daily_closing_page", "Cash account")
        )
        top.addWidget(self.account_label)
        top.addWidget(self.account)
        top.addSpacing(16)
        top.addWidget(QLabel(QCoreApplication.translate("daily_closing_page", "Day")))
        top.addWidget(self.on)
        top.addSpacing(16)
        top.addWidget(self.status, 1)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("closing.movements")
        self.table.setHorizontalHeaderLabels(
            [
                "",
                QCoreApplication.translate("daily_closing_page", "Cash in"),
                QCoreApplication.translate("daily_closing_page", "Cash out"),
                QCoreApplication.translate("daily_closing_page", "Entries"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.expected = QLabel()
        self.expected.setObjectName("closing.expected")
        self.expected.setStyleSheet("font-size: 14pt; font-weight: bold;")
        books = QGroupBox(
            QCoreApplication.translate("daily_closing_page", "What the books expect in the drawer")
        )
        books_column = QVBoxLayout(books)
        books_column.addWidget(self.table, 1)
        books_column.addWidget(self.expected)
        self.counted_line = QLabel()
        self.counted_line.setObjectName("closing.counted")
        books_column.addWidget(self.counted_line)

        self.counter = DenominationCount()
        self.counter.changed.connect(self._show_difference)
        self.difference = QLabel()
        self.difference.setObjectName("closing.difference")
        self.difference.setStyleSheet("font-size: 13pt;")
        self.reason = QLineEdit()
        self.reason.setObjectName("closing.reason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("daily_closing_page", "Why the cash is short or excess")
        )
        self.reason_box = FieldBox("closing.reason", self.reason)
        self.close_button = QPushButton(
            QCoreApplication.translate("daily_closing_page", "Close the day")
        )
        self.close_button.setObjectName("closing.close")
        self.close_button.clicked.connect(self.close_day)
        self.message = QLabel()
        self.message.setObjectName("closing.message")
        self.message.setWordWrap(True)
        count = QGroupBox(QCoreApplication.translate("daily_closing_page", "Count the drawer"))
        count_column = QVBoxLayout(count)
        count_column.addWidget(self.counter)
        count_column.addSpacing(8)
        count_column.addWidget(self.difference)
        count_column.addWidget(
            QLabel(QCoreApplication.translate("daily_closing_page", "Reason for a difference"))
        )
        count_column.addWidget(self.reason_box)
        count_column.addWidget(self.close_button)
        count_column.addWidget(self.message)
        count_column.addStretch(1)

        middle = QHBoxLayout()
        middle.addWidget(books, 3)
        middle.addWidget(count, 2)
        page = QVBoxLayout(self)
        page.addLayout(top)
        page.addLayout(middle, 1)

        self.account.currentIndexChanged.connect(self.reload)
        self.on.dateChanged.connect(self.reload)
        self._fill_accounts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.on.setMaximumDate(QDate.currentDate())  # the app may have stayed open overnight
        self._fill_accounts()  # a counter's drawer may have been added meanwhile
        self.reload()

    def _fill_accounts(self) -> None:
        """The cash accounts (one per counter, if the shop keeps several): the one chosen stays
        chosen, else this PC's drawer (`ui.money.drawer`)."""
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        for account in money_accounts.accounts(kind="cash"):
            self.account.addItem(shown_name(account.name), account.id)
        keep_or_select_drawer(self.account, chosen)
        self.account.blockSignals(False)
        self.account.setVisible(self.account.count() > 1)
        self.account_label.setVisible(self.account.count() > 1)

    def account_id(self) -> int | None:
        value = self.account.currentData()
        return int(value) if value is not None else None

    def reload(self, *_args: object) -> None:
        """Work out the day's figures off the UI thread."""
        on, account_id = self.on.date_value(), self.account_id()
        self.status.setText(
            QCoreApplication.translate("daily_closing_page", "Working out the day's cash…")
        )
        self.close_button.setEnabled(False)
        task = tasks.run_in_background(
            lambda _progress: daily_closing.cash_day(on, account_id=account_id)
        )
        task.succeeded.connect(self._show_day)
        task.failed.connect(self.status.setText)
        self._task = task

    def _show_day(self, day: CashDay) -> None:
        if (day.on, day.account_id) != (self.on.date_value(), self.account_id() or day.account_id):
            return  # the day or account changed while this was worked out
        self.day = day
        opening = QCoreApplication.translate("daily_closing_page", "Opening cash")
        rows: list[tuple[str, int, int, int]] = [(opening, max(day.opening, 0), 0, 0)]
        if day.opening < 0:
            below = QCoreApplication.translate("daily_closing_page", "Opening cash (below nothing)")
            rows[0] = (below, 0, -day.opening, 0)
        rows += [(shown(m.label), m.received, m.paid, m.count) for m in day.movements]
        self.table.setRowCount(len(rows))
        for index, (label, got, out, n) in enumerate(rows):
            cells = [label, format_money(got) if got or not index else "", _money(out)]
            cells.append(str(n) if n else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(index, column, item)
        self.expected.setText(
            QCoreApplication.translate("daily_closing_page", "Expected in the drawer: {0}").format(
                format_money(day.expected)
            )
        )
        self.counted_line.setText("")
        if day.closing is not None:
            short = day.closing.difference < 0
            posted = (
                (
                    QCoreApplication.translate(
                        "daily_closing_page", ": {amount} short posted to the cash book"
                    )
                    if short
                    else QCoreApplication.translate(
                        "daily_closing_page", ": {amount} excess posted to the cash book"
                    )
                ).format(amount=format_money(abs(day.closing.difference)))
                if day.closing.difference
                else QCoreApplication.translate("daily_closing_page", ", as the books expected")
            )
            self.counted_line.setText(
                QCoreApplication.translate("daily_closing_page", "Counted {0}{posted}").format(
                    format_money(day.closing.counted), posted=posted
                )
            )
        closing = day.closing
        closed = closing is not None or (day.last_closed is not None and day.on <= day.last_closed)
        self.counter.set_read_only(closed)
        self.reason.setReadOnly(closed)
        self.close_button.setEnabled(not closed)
        self.reason_box.set_error(None)
        self.message.clear()
        if closing is not None:
            self.counter.set_count(closing.count)
            self.reason.setText(closing.reason)
            self.status.setText(
                QCoreApplication.translate(
                    "daily_closing_page",
                    "Closed at {closed_at:%H:%M on %d-%m-%Y}: counted {0}. Cash "
                    "documents dated this day need the owner's password.",
                ).format(format_money(closing.counted), closed_at=closing.closed_at)
            )
        elif closed:
            assert day.last_closed is not None
            self.counter.clear()
            self.status.setText(
                QCoreApplication.translate(
                    "daily_closing_page", "Cash is closed up to {last_closed:%d-%m-%Y}."
                ).format(last_closed=day.last_closed)
            )
        else:
            self.counter.clear()
            self.reason.clear()
            last = " " + (
                QCoreApplication.translate(
                    "daily_closing_page", "Last closed: {last_closed:%d-%m-%Y}."
                ).format(last_closed=day.last_closed)
                if day.last_closed
                else QCoreApplication.translate("daily_closing_page", "No day closed yet.")
            )
            self.status.setText(
                QCoreApplication.translate(
                    "daily_closing_page", "{on:%d-%m-%Y} is open.{last}"
                ).format(on=day.on, last=last)
            )
        self._show_difference(self._counted())
        self.loaded.emit(day)

    def _counted(self) -> int:
        try:
            return self.counter.count().total
        except ValidationError:
            return -1

    def _show_difference(self, counted: int) -> None:
        if self.day is None or counted < 0:
            self.difference.setText("")
            return
        if counted == 0 and self.day.closing is None:
            self.difference.setStyleSheet("font-size: 13pt;")
            self.difference.setText(
                QCoreApplication.translate(
                    "daily_closing_page", "Type the notes counted: the difference shows here"
                )
            )
            return
        expected = self.day.expected
        if self.day.closing is not None:
            expected = self.day.closing.expected
        diff = counted - expected
        if diff == 0:
            self.difference.setStyleSheet("font-size: 13pt;")
            self.difference.setText(
                QCoreApplication.translate("daily_closing_page", "The count matches the books")
            )
            return
        word = "Short" if diff < 0 else "Excess"
        colour = SHORT_COLOUR if diff < 0 else EXCESS_COLOUR
        self.difference.setStyleSheet(f"font-size: 13pt; color: {colour}; font-weight: bold;")
        self.difference.setText(
            QCoreApplication.translate("daily_closing_page", "{word} by {0}").format(
                format_money(abs(diff)), word=word
            )
        )

    def close_day(self) -> None:
        if self.day is None:
            return
        try:
            day = daily_closing.close_day(
                self.day.on,
                self.counter.count(),
                reason=self.reason.text(),
                account_id=self.day.account_id,
            )
        except ValidationError as exc:
            self.reason_box.set_error(exc.for_field("reason"))
            others = [e.message for e in exc.errors if e.field != "reason"]
            self.message.setStyleSheet(f"color: {SHORT_COLOUR};")
            self.message.setText("\n".join(others))
            return
        self._show_day(day)
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate("daily_closing_page", "{on:%d-%m-%Y} is closed.").format(
                on=day.on
            )
        )

    def show_previous_day(self) -> None:
        self.on.set_date(self.on.date_value() - timedelta(days=1))
