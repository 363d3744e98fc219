"""GSTR-3B's outward side for a month or a quarter: Table 3.1 (a), (b), (c), (e) and Table 3.2
(inter-state supplies to unregistered persons by place of supply), added up from GSTR-1's
tables; Excel, print and PDF. It says plainly that inward supplies (3.1 (d), Table 4) are not
covered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain import gst
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.gstr3b import COMPOSITION_NOTE, export_gstr3b
from vyapar_lite.services import document_parties
from vyapar_lite.services.returns import gstr3b
from vyapar_lite.services.returns.gstr1 import Amounts
from vyapar_lite.services.returns.gstr3b import INWARD_NOT_COVERED, REVERSE_CHARGE, ROWS, Gstr3b
from vyapar_lite.services.returns.period import ReturnPeriod
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.reports.return_period import ReturnPeriodPicker, period_label
from vyapar_lite.ui.tasks import Progress


@dataclass(frozen=True)
class Row31:
    table: str  # "3.1 (a)"
    nature: str
    amounts: Amounts


def said(english: str) -> str:
    """One of the returns' marked words ("gst_returns": services.returns.gstr3b, this page) in
    the screens' language; table numbers and codes (3.1 (a), B2B, HSN) stay as they are."""
    return QCoreApplication.translate("gst_returns", english)


def rows_31(r: Gstr3b) -> list[Row31]:
    out = []
    for key, amounts in r.table_31.items():
        table, _, nature = said(ROWS[key]).partition(") ")
        out.append(Row31(table + ")", nature, amounts))
    return out


COLUMNS: tuple[Column[Row31], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Table"), lambda r: r.table, "text", 65, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Nature of supplies"), lambda r: r.nature, "text", 420),
    Column(
        QT_TRANSLATE_NOOP("columns", "Taxable value"), lambda r: r.amounts.taxable, "money", 130
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Integrated tax"), lambda r: r.amounts.igst, "money", 120),
    Column(QT_TRANSLATE_NOOP("columns", "Central tax"), lambda r: r.amounts.cgst, "money", 110),
    Column(QT_TRANSLATE_NOOP("columns", "State/UT tax"), lambda r: r.amounts.sgst, "money", 110),
    Column(QT_TRANSLATE_NOOP("columns", "Cess"), lambda r: r.amounts.cess, "money", 80),
)
PLACE_HEADERS = (
    QT_TRANSLATE_NOOP("gst_returns", "Supplies made to"),
    QT_TRANSLATE_NOOP("gst_returns", "Place of supply"),
    QT_TRANSLATE_NOOP("gst_returns", "Taxable value"),
    QT_TRANSLATE_NOOP("gst_returns", "Integrated tax"),
)
UNREGISTERED = QT_TRANSLATE_NOOP("gst_returns", "Unregistered persons")
COMPOSITION = QT_TRANSLATE_NOOP("gst_returns", "Composition taxable persons")


def totals(r: Gstr3b) -> list[str]:
    t = sum(r.table_31.values(), Amounts())
    return ["", "", *(money(a) for a in (t.taxable, t.igst, t.cgst, t.sgst, t.cess))]


def place_rows(r: Gstr3b) -> list[list[str]]:
    rows = [(said(UNREGISTERED), p) for p in r.unregistered]
    rows += [(said(COMPOSITION), p) for p in r.composition]
    return [[who, _state(p.place), money(p.taxable), money(p.igst)] for who, p in rows]


def _state(code: str) -> str:
    name = gst.STATES.get(code, "")
    return f"{code}-{name}" if name else code


def table_32_html(r: Gstr3b) -> str:
    """Table 3.2 as a small table (or a line saying there are none)."""
    rows = place_rows(r)
    if not rows:
        return QCoreApplication.translate(
            "gst_returns",
            "<b>3.2</b> Inter-state supplies to unregistered persons and composition dealers: "
            "none in the period.",
        )
    head = "".join(f"<th align='left'>&nbsp;{h.e(said(x))}&nbsp;</th>" for x in PLACE_HEADERS)
    body = "".join(
        "<tr>" + "".join(f"<td>&nbsp;{h.e(c)}&nbsp;</td>" for c in row) + "</tr>" for row in rows
    )
    heading = QCoreApplication.translate(
        "gst_returns",
        "<b>3.2</b> Of the supplies in 3.1 (a), inter-state supplies by place of supply",
    )
    return f"{heading}<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{body}</table>"


def notes_html(r: Gstr3b) -> str:
    rcm = r.reverse_charge
    reverse = QCoreApplication.translate(
        "gst_returns", "{what}: taxable value <b>{taxable}</b> (tax on it {tax})."
    ).format(what=h.e(said(REVERSE_CHARGE)), taxable=money(rcm.taxable), tax=money(rcm.tax))
    composition = QCoreApplication.translate("gst_returns", "{note}.").format(
        note=h.e(said(COMPOSITION_NOTE))
    )
    return (
        f"{reverse}<br>{composition}<br>"
        f"<span style='color:#b00020'><b>{h.e(said(INWARD_NOT_COVERED))}</b></span>"
    )


class Gstr3bPage(ReportPage[Gstr3b]):
    key = "gstr3b"
    title = QT_TRANSLATE_NOOP("reports", "GSTR-3B")
    blurb = QT_TRANSLATE_NOOP(
        "reports",
        "Outward supplies for a month or quarter: Tables 3.1 and 3.2, from GSTR-1's tables.",
    )
    landscape = True
    stretch_column = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = ReturnPeriodPicker("report.gstr3b.period")
        self.add_input(QCoreApplication.translate("gstr3b_page", "Return period"), self.period)
        self.period.changed.connect(self.load)

    def columns(self) -> Sequence[Column[Row31]]:
        return COLUMNS

    def request(self) -> ReturnPeriod:
        return self.period.period()

    def fetch(self, request: ReturnPeriod, progress: Progress) -> Gstr3b:
        return gstr3b.gstr3b(request)

    def display(self, result: Gstr3b) -> None:
        self.show_rows(
            ListSource(rows_31(result)),
            totals=totals(result),
            count=QCoreApplication.translate("gst_returns", "Table 3.1"),
        )
        p = result.period
        self.summary.setText(
            QCoreApplication.translate(
                "gstr3b_page", "{0} ({1} to {2}) · 3.1 (a) taxable <b>{3}</b> · tax <b>{4}</b>"
            ).format(
                h.e(period_label(p)),
                day(p.start),
                day(p.end),
                money(result.outward.taxable),
                money(result.outward.tax),
            )
        )
        self.foot.setText(table_32_html(result) + "<br>" + notes_html(result))
        self.foot.setVisible(True)

    def write(self, result: Gstr3b, path: Path, progress: Progress) -> int:
        return export_gstr3b(path, result, progress=progress)

    def printout(self, result: Gstr3b, progress: Progress) -> Printout:
        p = result.period
        return h.report_printout(
            document_parties.shop_for_period(p.start, p.end),
            QCoreApplication.translate(
                "report_printout", "GSTR-3B: outward supplies (Tables 3.1 and 3.2)"
            ),
            (
                QCoreApplication.translate("gstr3b_page", "Return period"),
                QCoreApplication.translate("gstr3b_page", "{period} ({start} to {end})").format(
                    period=period_label(p), start=day(p.start), end=day(p.end)
                ),
            ),
            [
                printout.table(COLUMNS, rows_31(result), totals=totals(result)),
                h.heading(
                    "3.2",
                    QCoreApplication.translate(
                        "gst_returns",
                        "inter-state supplies to unregistered persons and composition",
                    ),
                ),
                printout.small_table([said(x) for x in PLACE_HEADERS], place_rows(result)),
                h.note(f"{said(REVERSE_CHARGE)}: {money(result.reverse_charge.taxable)}"),
                h.note(said(INWARD_NOT_COVERED)),
            ],
            landscape=self.landscape,
        )

    def file_name(self, result: Gstr3b) -> str:
        return f"GSTR-3B {result.period.label}"
