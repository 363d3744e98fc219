"""Customer insights: the segments (best customers, loyal, slow payers, dormant, by type, by
category) with their parameters, the list, and "Send reminder…" for the customers chosen (or
everyone listed). Export, print and PDF come from the report page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.report_workbook import Kind
from vyapar_lite.exports.segments import COLUMNS, export_segment
from vyapar_lite.services import segment_settings, shop
from vyapar_lite.services.segment_report import (
    REMINDER_KIND,
    SEGMENTS,
    TITLES,
    Segment,
    SegmentRequest,
    work_out,
)
from vyapar_lite.services.segment_settings import SegmentSettings
from vyapar_lite.ui.language import counted, shown
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, balance, day, money
from vyapar_lite.ui.tasks import Progress
from vyapar_lite.ui.widgets import DateEdit

_SCREEN_KIND = {Kind.TEXT: "text", Kind.DATE: "date", Kind.MONEY: "money", Kind.COUNT: "count"}
ALL_GROUPS = "Every group"
# the segments' names (services.segment_report.SEGMENTS) and the workbook's column headers
# (exports.segments.COLUMNS), marked so the screen shows them translated (Column.title)
SEGMENT_WORDS = (
    QT_TRANSLATE_NOOP("insights_page", "Best customers"),
    QT_TRANSLATE_NOOP("insights_page", "Loyal customers"),
    QT_TRANSLATE_NOOP("insights_page", "Slow payers"),
    QT_TRANSLATE_NOOP("insights_page", "Dormant customers"),
    QT_TRANSLATE_NOOP("insights_page", "Customers by type"),
    QT_TRANSLATE_NOOP("insights_page", "Customers by category"),
    QT_TRANSLATE_NOOP("insights_page", "Every group"),
    QT_TRANSLATE_NOOP("insights_page", "of the last"),
)
HEADER_WORDS = (
    QT_TRANSLATE_NOOP("columns", "Net sales"),
    QT_TRANSLATE_NOOP("columns", "Invoices"),
    QT_TRANSLATE_NOOP("columns", "Last purchase"),
    QT_TRANSLATE_NOOP("columns", "Months bought"),
    QT_TRANSLATE_NOOP("columns", "Of months"),
    QT_TRANSLATE_NOOP("columns", "Terms (days)"),
    QT_TRANSLATE_NOOP("columns", "Avg days to pay"),
    QT_TRANSLATE_NOOP("columns", "Avg days late"),
    QT_TRANSLATE_NOOP("columns", "Overdue now"),
    QT_TRANSLATE_NOOP("columns", "Overdue owed"),
    QT_TRANSLATE_NOOP("columns", "Days since"),
    QT_TRANSLATE_NOOP("columns", "Lifetime sales"),
    QT_TRANSLATE_NOOP("columns", "Group"),
    QT_TRANSLATE_NOOP("columns", "Customers"),
    QT_TRANSLATE_NOOP("columns", "Active"),
    QT_TRANSLATE_NOOP("columns", "Bought"),
)


def _said(english: str) -> str:
    return QCoreApplication.translate("insights_page", english)


def summary_line(result: Segment) -> str:
    """The line above the table: the segment, its period and its parameters in the screens'
    language (the parameters come from services as Messages)."""
    title = _said(TITLES[result.request.segment])
    if result.layout == "members":
        title = f"{title}: {result.request.group}"
    when = (
        QCoreApplication.translate("insights_page", "as of {day}").format(day=day(result.end))
        if result.start is None
        else QCoreApplication.translate("insights_page", "{start} to {end}").format(
            start=day(result.start), end=day(result.end)
        )
    )
    facts = " · ".join(shown(value) for _label, value in result.details)
    hint = (
        QCoreApplication.translate("insights_page", " · double-click a group for its customers")
        if result.layout == "groups"
        else ""
    )
    return QCoreApplication.translate(
        "insights_page", "<b>{title}</b> · {when} · {facts}{hint}"
    ).format(title=title, when=when, facts=facts, hint=hint)


# Which parameters each segment uses.
_USES = {
    "best": {"period", "top"},
    "loyal": {"as_of", "months"},
    "slow": {"period", "days_late"},
    "dormant": {"as_of", "days"},
    "type": {"period", "group"},
    "category": {"period", "group"},
}


def columns(layout: str) -> tuple[Column[Any], ...]:
    """The screen's columns for a segment layout (the workbook's, in pixels)."""
    return tuple(
        Column(
            c.header,
            c.value,
            "balance" if c.balance else _SCREEN_KIND[c.kind],
            max(c.width * 7, 60),
        )
        for c in COLUMNS[layout]
    )


def totals(segment: Segment) -> list[str]:
    """The count under the name (the group for groups), SUMs under the summed columns."""
    groups = segment.layout == "groups"
    label_at = 0 if groups else 1
    cells = []
    for index, c in enumerate(COLUMNS[segment.layout]):
        if index == label_at:
            cells.append(counted(segment.count, "group" if groups else "customer"))
        elif c.total:
            total = sum(int(c.value(r)) for r in segment.rows)
            shown = balance(total) if c.balance else money(total)
            cells.append(shown if c.kind is Kind.MONEY else f"{total:,}")
        else:
            cells.append("")
    return cells


def _spin(name: str, low: int, high: int, value: int, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(f"report.insights.{name}")
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setToolTip(tip)
    return spin


class InsightsPage(ReportPage[Segment]):
    key = "insights"
    title = QT_TRANSLATE_NOOP("reports", "Customer insights")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "Best, loyal, slow-paying and dormant customers; customers by type and category."
    )
    stretch_column = 1

    def __init__(
        self, parent: QWidget | None = None, *, open_reminders: Callable[..., Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.open_reminders = open_reminders or self._reminder_dialog
        kept = segment_settings.get()
        self.segment = QComboBox()
        self.segment.setObjectName("report.insights.segment")
        for key, label in SEGMENTS:
            self.segment.addItem(_said(label), key)
        self.period = PeriodInputs("report.insights.period")
        self.as_of = DateEdit()
        self.as_of.setObjectName("report.insights.as_of")
        self.as_of_label = QLabel(QCoreApplication.translate("insights_page", "As of"))
        self.top = _spin(
            "top",
            0,
            10_000,
            50,
            QCoreApplication.translate(
                "insights_page", "How many of the best customers (0: everyone)"
            ),
        )
        months, days = segment_settings.MAX_MONTHS, segment_settings.MAX_DAYS
        self.months = _spin(
            "months",
            1,
            months,
            kept.loyal_months,
            QCoreApplication.translate(
                "insights_page", "Look back this many months (this one too)"
            ),
        )
        self.min_months = _spin(
            "min_months",
            1,
            months,
            kept.loyal_min_months,
            QCoreApplication.translate("insights_page", "Bought in at least this many of them"),
        )
        self.days = _spin(
            "days",
            1,
            days,
            kept.dormant_days,
            QCoreApplication.translate(
                "insights_page", "Dormant: nothing bought for this many days"
            ),
        )
        self.days_late = _spin(
            "days_late",
            0,
            days,
            kept.slow_days_late,
            QCoreApplication.translate("insights_page", "Slow payer: average days after due date"),
        )
        self.group = QComboBox()
        self.group.setObjectName("report.insights.group")
        self.group.addItem(_said(ALL_GROUPS), "")
        self.keep_button = QPushButton(QCoreApplication.translate("insights_page", "Keep these"))
        self.keep_button.setObjectName("report.insights.keep")
        self.keep_button.setToolTip(
            QCoreApplication.translate(
                "insights_page", "Use these months and days every time (for the whole shop)"
            )
        )
        self.keep_button.clicked.connect(self.keep_settings)
        self.remind_button = QPushButton(
            QCoreApplication.translate("insights_page", "Send reminder…")
        )
        self.remind_button.setObjectName("report.insights.remind")
        self.remind_button.setToolTip(
            QCoreApplication.translate(
                "insights_page", "To the customers selected in the list (or everyone listed)"
            )
        )
        self.remind_button.clicked.connect(self.send_reminders)
        self.add_input(QCoreApplication.translate("insights_page", "Segment"), self.segment)
        self.add_input("", self.period)
        self.add_input("", self.as_of_label)
        self.add_input("", self.as_of)
        self._labelled: dict[str, list[QWidget]] = {}
        for key, label, widget in (
            ("top", QCoreApplication.translate("insights_page", "Top"), self.top),
            ("months", QCoreApplication.translate("insights_page", "Bought in"), self.min_months),
            ("months", _said("of the last"), self.months),
            (
                "days",
                QCoreApplication.translate("insights_page", "No purchase for (days)"),
                self.days,
            ),
            (
                "days_late",
                QCoreApplication.translate("insights_page", "Days late on average"),
                self.days_late,
            ),
            ("group", QCoreApplication.translate("insights_page", "Group"), self.group),
        ):
            caption = QLabel(label)
            self.filters.addWidget(caption)
            self.filters.addWidget(widget)
            self._labelled.setdefault(key, []).extend([caption, widget])
        self._labelled["months"].append(
            QLabel(QCoreApplication.translate("insights_page", "months"))
        )
        self.filters.insertWidget(
            self.filters.indexOf(self.months) + 1, self._labelled["months"][-1]
        )
        self.filters.addWidget(self.keep_button)
        self.filters.addStretch(1)
        self.filters.addWidget(self.remind_button)
        self.segment.currentIndexChanged.connect(self._segment_changed)
        self.segment.activated.connect(lambda _i: self.load())
        self.group.activated.connect(lambda _i: self.load())
        self.table.doubleClicked.connect(lambda index: self._open_group(index.row()))
        self._segment_changed()

    # --- inputs -------------------------------------------------------------------------------

    @property
    def segment_key(self) -> str:
        return str(self.segment.currentData())

    def choose(self, key: str, group: str = "") -> None:
        """Pick a segment (and a group of a type/category segment); the caller shows it."""
        self.segment.setCurrentIndex(self.segment.findData(key))
        if group:
            if self.group.findData(group) < 0:
                self.group.addItem(group, group)
            self.group.setCurrentIndex(self.group.findData(group))

    def _segment_changed(self) -> None:
        uses = _USES[self.segment_key]
        self.period.setVisible("period" in uses)
        self.as_of_label.setVisible("as_of" in uses)
        self.as_of.setVisible("as_of" in uses)
        for key, widgets in self._labelled.items():
            for widget in widgets:
                widget.setVisible(key in uses)
        self.keep_button.setVisible(bool(uses & {"months", "days", "days_late"}))
        self.group.clear()
        self.group.addItem(_said(ALL_GROUPS), "")

    def settings(self) -> SegmentSettings:
        return SegmentSettings(
            self.months.value(), self.min_months.value(), self.days.value(), self.days_late.value()
        )

    def keep_settings(self) -> None:
        try:
            segment_settings.save(self.settings())
        except ValidationError as exc:
            self.show_message(str(exc))
            return
        self.load()

    # --- the report ---------------------------------------------------------------------------

    def columns(self) -> Sequence[Column[Any]]:
        return columns("best")

    def request(self) -> SegmentRequest:
        start, end = self.period.period()
        if "as_of" in _USES[self.segment_key]:
            start = end = self.as_of.date_value()
        s = self.settings()
        segment_settings.check(s)
        return SegmentRequest(
            self.segment_key,
            start,
            end,
            months=s.loyal_months,
            min_months=s.loyal_min_months,
            days=s.dormant_days,
            days_late=s.slow_days_late,
            group=str(self.group.currentData() or ""),
            limit=self.top.value() or None,
        )

    def fetch(self, request: SegmentRequest, progress: Progress) -> Segment:
        return work_out(request)

    def display(self, result: Segment) -> None:
        self.stretch_column = 0 if result.layout == "groups" else 1  # the name fills the width
        self.set_columns(columns(result.layout))
        noun = "group" if result.layout == "groups" else "customer"
        self.show_rows(
            ListSource(result.rows), totals=totals(result), count=counted(result.count, noun)
        )
        self.summary.setText(summary_line(result))
        if result.layout == "groups":
            self.group.clear()
            self.group.addItem(_said(ALL_GROUPS), "")
            for row in result.rows:
                self.group.addItem(row.name, row.name)
        self.remind_button.setEnabled(result.has_customers and result.count > 0)

    def _open_group(self, row: int) -> None:
        result = self.result
        if result is None or result.layout != "groups" or not 0 <= row < result.count:
            return
        self.group.setCurrentIndex(self.group.findData(result.rows[row].name))
        self.load()

    def write(self, result: Segment, path: Path, progress: Progress) -> int:
        return export_segment(path, result, progress=progress)

    def printout(self, result: Segment, progress: Progress) -> Printout:
        period = (
            ("As of", day(result.end))
            if result.start is None
            else ("Period", f"{day(result.start)} to {day(result.end)}")
        )
        return h.report_printout(
            shop.get_profile(),
            QCoreApplication.translate("report_printout", "Customer insights: {title}").format(
                title=result.title
            ),
            period,
            [printout.table(columns(result.layout), result.rows, totals=totals(result))],
            details=result.details,
            landscape=self.landscape,
        )

    def file_name(self, result: Segment) -> str:
        return f"{result.title.replace(':', ' -')} {day(result.end)}"

    # --- reminders ----------------------------------------------------------------------------

    def chosen_codes(self) -> list[str]:
        """The codes of the rows selected, or of every row listed when none is."""
        result = self.result
        if result is None or not result.has_customers:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        picked = [result.rows[r] for r in rows if 0 <= r < result.count] or result.rows
        return [row.code for row in picked]

    def send_reminders(self) -> None:
        codes = self.chosen_codes()
        if codes and self.result is not None:
            kind = REMINDER_KIND.get(self.result.request.segment, "payment")
            self.open_reminders(codes, kind)

    def _reminder_dialog(self, codes: list[str], kind: str) -> None:
        from vyapar_lite.ui.customers.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(codes, kind=kind, parent=self)
        dialog.exec()
