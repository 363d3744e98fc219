"""Ageing of receivables as of a date: what each customer owes, split by how many days past its
due date (the shop's bands, which the shopkeeper can change here), advances shown apart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from vyapar_lite.domain.ageing import AgeingBands, parse_bands
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.ageing import export_ageing
from vyapar_lite.services import ageing, shop
from vyapar_lite.services.ageing import AgeingReport, AgeingRow
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import ScopeFilters
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, balance, day, money
from vyapar_lite.ui.tasks import Progress
from vyapar_lite.ui.widgets import DateEdit

SHOW = (
    (QT_TRANSLATE_NOOP("ageing_page", "Owing or in advance"), "nonzero"),
    (QT_TRANSLATE_NOOP("ageing_page", "Owing only"), "receivable"),
    (QT_TRANSLATE_NOOP("ageing_page", "Every customer"), "all"),
)
# Type and category are filters here (and columns in the workbook): the bands need the room.
_INFO: tuple[Column[AgeingRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Code"), lambda r: r.code, "text", 72, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "text", 180),
    Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city, "text", 90),
)
_END: tuple[Column[AgeingRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Receivable"), lambda r: r.receivable, "amount", 105),
    Column(QT_TRANSLATE_NOOP("columns", "Advance"), lambda r: r.advance, "amount", 90),
    Column(QT_TRANSLATE_NOOP("columns", "Balance"), lambda r: r.balance, "balance", 115),
)


def _band(index: int) -> Callable[[AgeingRow], int]:
    return lambda row: row.bands[index]


# the first band's header (domain.ageing.NOT_DUE), shown translated like every column's
_NOT_DUE = QT_TRANSLATE_NOOP("columns", "Not due")


def ageing_columns(labels: Sequence[str]) -> tuple[Column[AgeingRow], ...]:
    """The customer, a column per band ("Not due" first), then receivable, advance, balance."""
    bands = tuple(Column(label, _band(i), "amount", 88) for i, label in enumerate(labels))
    return _INFO + bands + _END


def totals(report: AgeingReport) -> list[str]:
    return [
        "", counted(report.count, "customer"), "",
        *(money(t) for t in report.band_totals),
        money(report.total_receivable), money(report.total_advance), balance(report.total_balance),
    ]  # fmt: skip


@dataclass(frozen=True)
class AgeingRequest:
    as_of: date
    scope: CustomerScope
    bands: AgeingBands
    show: str
    filters: str  # in words, for the printout


@dataclass(frozen=True)
class AgeingResult:
    request: AgeingRequest
    report: AgeingReport


class AgeingPage(ReportPage[AgeingResult]):
    key = "ageing"
    title = QT_TRANSLATE_NOOP("reports", "Ageing of receivables")
    blurb = QT_TRANSLATE_NOOP("reports", "What customers owe, by days past the due date.")
    landscape = True
    stretch_column = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of = DateEdit()
        self.as_of.setObjectName("report.ageing.as_of")
        self.bands = QLineEdit(ageing.get_bands().text())
        self.bands.setObjectName("report.ageing.bands")
        self.bands.setToolTip(
            QCoreApplication.translate(
                "ageing_page",
                "Days past the due date where each band ends, for example 30, 60, 90 gives "
                "0-30, 31-60, 61-90 and Over 90 (amounts not yet due have a column of their own)",
            )
        )
        self.bands.setMaximumWidth(140)
        self.bands.returnPressed.connect(self.load)
        self.save_bands_button = QPushButton(
            QCoreApplication.translate("ageing_page", "Keep these bands")
        )
        self.save_bands_button.setObjectName("report.ageing.save_bands")
        self.save_bands_button.setToolTip(
            QCoreApplication.translate(
                "ageing_page", "Use these bands every time (for the whole shop)"
            )
        )
        self.save_bands_button.clicked.connect(self.save_bands)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("report.ageing.show_filter")
        for label, value in SHOW:
            self.show_filter.addItem(QCoreApplication.translate("ageing_page", label), value)
        self.scope_filters = ScopeFilters("report.ageing.filter")
        self.add_input(QCoreApplication.translate("ageing_page", "As of"), self.as_of)
        self.add_input(QCoreApplication.translate("ageing_page", "Bands (days)"), self.bands)
        self.add_input("", self.save_bands_button)
        self.add_input("", self.show_filter)
        self.filters.addWidget(self.scope_filters)
        self.filters.addStretch(1)

    def save_bands(self) -> None:
        """Keep the bands typed as the shop's own, and show the report with them."""
        try:
            kept = ageing.save_bands(parse_bands(self.bands.text()))
        except ValidationError as exc:
            self.show_message(str(exc))
            return
        self.bands.setText(kept.text())
        self.load()

    def columns(self) -> Sequence[Column[AgeingRow]]:
        return ageing_columns(AgeingBands().labels)

    def row_style(self, row: AgeingRow) -> str:
        return "advance" if row.advance else ""

    def request(self) -> AgeingRequest:
        return AgeingRequest(
            self.as_of.date_value(),
            self.scope_filters.scope(),
            parse_bands(self.bands.text()),
            str(self.show_filter.currentData()),
            self.scope_filters.description(),
        )

    def fetch(self, request: AgeingRequest, progress: Progress) -> AgeingResult:
        report = ageing.ageing(
            request.as_of,
            request.scope,
            bands=request.bands,
            show=request.show,
            progress=progress,
        )
        return AgeingResult(request, report)

    def display(self, result: AgeingResult) -> None:
        report = result.report
        self.set_columns(ageing_columns(report.labels))
        self.show_rows(
            ListSource(report.rows),
            totals=totals(report),
            count=counted(report.count, "customer"),
        )
        not_due = report.band_totals[0] if report.band_totals else 0
        self.summary.setText(
            QCoreApplication.translate(
                "ageing_page",
                "As of {0} · bands {1} days past due · <b>Receivable {2}</b>, of "
                "which overdue {3} · Advances {4} (shown apart, in green) · Net "
                "{5}",
            ).format(
                day(report.as_of),
                report.bands.text(),
                money(report.total_receivable),
                money(report.total_receivable - not_due),
                money(report.total_advance),
                balance(report.total_balance),
            )
        )

    def write(self, result: AgeingResult, path: Path, progress: Progress) -> int:
        return export_ageing(path, result.report, progress=progress)

    def printout(self, result: AgeingResult, progress: Progress) -> Printout:
        report = result.report
        details = [
            (
                "Bands",
                QCoreApplication.translate("ageing_page", "days past the due date: {bands}").format(
                    bands=report.bands.text()
                ),
            )
        ]
        if result.request.filters:
            details.append(("Customers", result.request.filters))
        columns = ageing_columns(report.labels)
        return h.report_printout(
            shop.get_profile(),
            QCoreApplication.translate("report_printout", "Ageing of receivables"),
            ("As of", day(report.as_of)),
            [printout.table(columns, report.rows, style=self.row_style, totals=totals(report))],
            details=details,
            landscape=self.landscape,
        )

    def file_name(self, result: AgeingResult) -> str:
        return f"Ageing {day(result.report.as_of)}"
