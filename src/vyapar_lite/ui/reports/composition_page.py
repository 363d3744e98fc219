"""The composition scheme's quarterly turnover and tax for CMP-08, for a financial year."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from vyapar_lite.domain.invoice import financial_year
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.composition_return import export_composition_return
from vyapar_lite.services import composition_return, shop
from vyapar_lite.services.composition_return import CompositionReport, QuarterRow
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money, rate
from vyapar_lite.ui.tasks import Progress

YEARS_SHOWN = 4

# the quarters' names (services.composition_return.QUARTERS), marked for the screen
QUARTER_WORDS = (
    QT_TRANSLATE_NOOP("composition_page", "April-June"),
    QT_TRANSLATE_NOOP("composition_page", "July-September"),
    QT_TRANSLATE_NOOP("composition_page", "October-December"),
    QT_TRANSLATE_NOOP("composition_page", "January-March"),
)
COLUMNS: tuple[Column[QuarterRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("columns", "Quarter"),
        lambda r: QCoreApplication.translate("composition_page", r.quarter),
        "text",
        140,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "From"), lambda r: r.start, "date", 88),
    Column(QT_TRANSLATE_NOOP("columns", "To"), lambda r: r.end, "date", 88),
    Column(
        QT_TRANSLATE_NOOP("columns", "Bills and notes"), lambda r: f"{r.documents:,}", "text", 100
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Taxable turnover"), lambda r: r.taxable_turnover, "money", 130
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Exempt / nil / non-GST"),
        lambda r: r.exempt_turnover,
        "money",
        150,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Rate"), lambda r: r.rate_bp, "rate", 60),
    Column(QT_TRANSLATE_NOOP("columns", "Central tax"), lambda r: r.central_tax, "money", 110),
    Column(QT_TRANSLATE_NOOP("columns", "State/UT tax"), lambda r: r.state_tax, "money", 110),
    Column(QT_TRANSLATE_NOOP("columns", "Tax payable"), lambda r: r.tax, "money", 110),
)


def totals(report: CompositionReport) -> list[str]:
    central = sum(r.central_tax for r in report.rows)
    state = sum(r.state_tax for r in report.rows)
    return [
        QCoreApplication.translate("composition_page", "Year"), "", "", "",
        money(report.taxable_turnover), money(report.exempt_turnover), "",
        money(central), money(state), money(report.tax),
    ]  # fmt: skip


class CompositionPage(ReportPage[CompositionReport]):
    key = "composition"
    title = QT_TRANSLATE_NOOP("reports", "Composition (CMP-08)")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "Each quarter's turnover billed under the composition scheme and the tax on it."
    )
    landscape = True

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.year = QComboBox()
        self.year.setObjectName("report.composition.year")
        start = int(financial_year(today or date.today())[:4])
        for first in range(start, start - YEARS_SHOWN, -1):
            self.year.addItem(financial_year(date(first, 4, 1)))
        self.add_input(QCoreApplication.translate("composition_page", "Financial year"), self.year)
        self.year.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[QuarterRow]]:
        return COLUMNS

    def request(self) -> str:
        return self.year.currentText()

    def fetch(self, request: str, progress: Progress) -> CompositionReport:
        return composition_return.composition_report(request)

    def display(self, result: CompositionReport) -> None:
        self.show_rows(
            ListSource(result.rows),
            totals=totals(result),
            count=QCoreApplication.translate("composition_page", "4 quarters"),
        )
        rate_text = (
            rate(result.rate_bp)
            if result.rate_bp
            else QCoreApplication.translate("composition_page", "not set (Settings › Shop)")
        )
        self.summary.setText(
            QCoreApplication.translate(
                "composition_page",
                "{fin_year} · composition rate {rate_text} · taxable turnover "
                "<b>{0}</b> · tax <b>{1}</b>",
            ).format(
                money(result.taxable_turnover),
                money(result.tax),
                fin_year=result.fin_year,
                rate_text=rate_text,
            )
        )

    def write(self, result: CompositionReport, path: Path, progress: Progress) -> int:
        return export_composition_return(path, result, progress=progress)

    def printout(self, result: CompositionReport, progress: Progress) -> Printout:
        first, last = result.rows[0], result.rows[-1]
        return h.report_printout(
            shop.get_profile(),
            QCoreApplication.translate(
                "report_printout", "Composition scheme: quarterly turnover and tax (CMP-08)"
            ),
            ("Period", f"{day(first.start)} to {day(last.end)}"),
            [printout.table(COLUMNS, result.rows, totals=totals(result))],
            landscape=self.landscape,
        )

    def file_name(self, result: CompositionReport) -> str:
        return f"CMP-08 {result.fin_year}"
