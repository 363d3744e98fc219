"""The HSN summary of a period (GSTR-1 table 12): quantity, taxable value and tax by HSN/SAC,
unit code and rate, B2B and B2C apart; Excel, print and PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.hsn_summary import export_hsn_summary
from vyapar_lite.services import document_parties
from vyapar_lite.services.returns.gstr1 import SERVICE_UQC
from vyapar_lite.services.returns.hsn_summary import HsnLine, HsnSummary, hsn_summary
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.periods import Period
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.tasks import Progress

COLUMNS: tuple[Column[HsnLine], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Tab"), lambda r: r.tab_label, "text", 45, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "HSN/SAC"), lambda r: r.row.hsn, "text", 80, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Description"), lambda r: r.row.description, "text", 190),
    Column(QT_TRANSLATE_NOOP("columns", "UQC"), lambda r: r.row.uqc, "text", 50, whole=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Quantity"),
        lambda r: None if r.row.uqc == SERVICE_UQC else r.row.qty_milli,
        "qty",
        90,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Rate"), lambda r: r.row.rate_bp, "rate", 55),
    Column(QT_TRANSLATE_NOOP("columns", "Taxable"), lambda r: r.row.amounts.taxable, "money", 115),
    Column(QT_TRANSLATE_NOOP("columns", "IGST"), lambda r: r.row.amounts.igst, "money", 100),
    Column(QT_TRANSLATE_NOOP("columns", "CGST"), lambda r: r.row.amounts.cgst, "money", 95),
    Column(QT_TRANSLATE_NOOP("columns", "SGST/UTGST"), lambda r: r.row.amounts.sgst, "money", 95),
    Column(QT_TRANSLATE_NOOP("columns", "Cess"), lambda r: r.row.amounts.cess, "money", 70),
    Column(QT_TRANSLATE_NOOP("columns", "Total value"), lambda r: r.row.value, "money", 120),
)


def totals(summary: HsnSummary) -> list[str]:
    t = summary.total
    return [
        "", "", "", "", "", "",
        money(t.taxable), money(t.igst), money(t.cgst), money(t.sgst), money(t.cess),
        money(summary.value),
    ]  # fmt: skip


TAB_HEADERS = (
    QT_TRANSLATE_NOOP("columns", "Tab"),
    QT_TRANSLATE_NOOP("columns", "Rows"),
    QT_TRANSLATE_NOOP("columns", "Taxable"),
    "IGST",
    "CGST",
    "SGST/UTGST",
    QT_TRANSLATE_NOOP("columns", "Cess"),
)


def tab_headers() -> list[str]:
    return [QCoreApplication.translate("columns", x) for x in TAB_HEADERS]


def tab_rows(summary: HsnSummary) -> list[list[str]]:
    """Each tab's totals: what GSTR-1's table 12 B2B and B2C tabs add up to."""
    out = []
    for tab, label in (("b2b", "B2B"), ("b2c", "B2C")):
        t = summary.tab_total(tab)
        rows = len(getattr(summary, tab))
        out.append(
            [label, f"{rows:,}", *(money(a) for a in (t.taxable, t.igst, t.cgst, t.sgst, t.cess))]
        )
    return out


class HsnPage(ReportPage[HsnSummary]):
    key = "hsn"
    title = QT_TRANSLATE_NOOP("reports", "HSN summary")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "Quantity, taxable value and tax by HSN/SAC and unit (GSTR-1 table 12)."
    )
    landscape = True
    stretch_column = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.hsn.period")
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[HsnLine]]:
        return COLUMNS

    def request(self) -> Period:
        return self.period.period()

    def fetch(self, request: Period, progress: Progress) -> HsnSummary:
        start, end = request
        return hsn_summary(start, end)

    def display(self, result: HsnSummary) -> None:
        lines = result.lines
        self.show_rows(ListSource(lines), totals=totals(result), count=counted(len(lines), "row"))
        t = result.total
        self.summary.setText(
            QCoreApplication.translate(
                "hsn_page",
                "{0} to {1} · B2B {2:,} and B2C {3:,} rows · Taxable <b>{4}</b> · "
                "GST <b>{5}</b> (credit notes taken off)",
            ).format(
                day(result.start),
                day(result.end),
                len(result.b2b),
                len(result.b2c),
                money(t.taxable),
                money(t.tax),
            )
        )
        self.foot.setText(_tabs_html(result))
        self.foot.setVisible(bool(lines))

    def write(self, result: HsnSummary, path: Path, progress: Progress) -> int:
        return export_hsn_summary(path, result, progress=progress)

    def printout(self, result: HsnSummary, progress: Progress) -> Printout:
        return h.report_printout(
            document_parties.shop_for_period(result.start, result.end),
            QCoreApplication.translate(
                "report_printout", "HSN-wise summary of outward supplies (GSTR-1 table 12)"
            ),
            ("Period", f"{day(result.start)} to {day(result.end)}"),
            [
                printout.table(COLUMNS, result.lines, totals=totals(result)),
                h.heading(
                    QCoreApplication.translate("hsn_page", "By tab"),
                    QCoreApplication.translate(
                        "hsn_page", "(B2B: buyers with a GSTIN; B2C: the rest)"
                    ),
                ),
                printout.small_table(tab_headers(), tab_rows(result)),
            ],
            landscape=self.landscape,
        )

    def file_name(self, result: HsnSummary) -> str:
        return f"HSN summary {day(result.start)} to {day(result.end)}"


def _tabs_html(summary: HsnSummary) -> str:
    head = "".join(f"<th align='right'>&nbsp;{h.e(x)}&nbsp;</th>" for x in tab_headers())
    body = "".join(
        "<tr>" + "".join(f"<td align='right'>&nbsp;{h.e(c)}&nbsp;</td>" for c in row) + "</tr>"
        for row in tab_rows(summary)
    )
    title = QCoreApplication.translate(
        "hsn_page", "<b>By tab</b> (B2B: buyers with a GSTIN; B2C: the rest, exports included)"
    )
    return f"{title}<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{body}</table>"
