"""The sales register (day book of sales documents) for a period: every invoice and note with
its taxable value and GST split by rate and supply kind (taxable, nil-rated, exempt, non-GST),
its invoice type and reverse charge, cancelled ones kept (with no amounts) so the number
series is complete; the period's totals by rate underneath."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.services import document_parties, sales_register
from vyapar_lite.services.sales_register import (
    INVOICE_TYPES,
    KIND_LABELS,
    SUPPLY_LABELS,
    RegisterRow,
    RegisterSummary,
)
from vyapar_lite.ui.language import counted, customer_name
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.periods import Period
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import PagedSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money, rate
from vyapar_lite.ui.sales import labels as sales_labels
from vyapar_lite.ui.tasks import Progress

# the register's words (services.sales_register's English), marked for the screens
_WORDS = (
    QT_TRANSLATE_NOOP("register_page", "B2B"),
    QT_TRANSLATE_NOOP("register_page", "B2C large"),
    QT_TRANSLATE_NOOP("register_page", "B2C small"),
    QT_TRANSLATE_NOOP("register_page", "Export"),
    QT_TRANSLATE_NOOP("register_page", "SEZ"),
    QT_TRANSLATE_NOOP("register_page", "Deemed export"),
    QT_TRANSLATE_NOOP("register_page", "Taxable"),
    QT_TRANSLATE_NOOP("register_page", "Nil-rated"),
    QT_TRANSLATE_NOOP("register_page", "Exempt"),
    QT_TRANSLATE_NOOP("register_page", "Non-GST"),
)


def _word(english: str) -> str:
    return QCoreApplication.translate("register_page", english)


def kind_text(row: RegisterRow) -> str:
    """`Invoice`, `Credit note`; `Invoice (cancelled)` for a cancelled one (no amounts),
    `Invoice (imported)` for an imported one whose figures fit no GST slab (rate blank); in the
    screens' language."""
    label = sales_labels.kind_label(row.kind) if row.kind in KIND_LABELS else row.kind
    if row.status != "posted":
        return QCoreApplication.translate("register_page", "{kind} (cancelled)").format(kind=label)
    if row.marked_imported:
        return QCoreApplication.translate("register_page", "{kind} (imported)").format(kind=label)
    return label


def type_text(row: RegisterRow) -> str:
    """The document and its invoice type, ` · RCM` on reverse charge, and first the supply kind
    of a nil-rated, exempt or non-GST row (what shows when the column is narrow):
    `Invoice · B2B`, `Credit note · B2C small`, `Invoice · B2B · RCM`,
    `Exempt: Invoice · B2C small`; `Invoice (cancelled)`. The workbook has the invoice type,
    reverse charge and supply kind as columns of their own."""
    if row.status != "posted":
        return kind_text(row)
    parts = [kind_text(row), _word(INVOICE_TYPES[row.invoice_type])]
    if row.reverse_charge:
        parts.append("RCM")
    text = " · ".join(parts)
    return text if row.rated else f"{_word(row.supply_label)}: {text}"


COLUMNS: tuple[Column[RegisterRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: r.doc_date, "date", 88),
    Column(QT_TRANSLATE_NOOP("columns", "Type"), type_text, "text", 130),
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda r: r.number, "text", 135, whole=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Customer"),
        lambda r: customer_name(r.customer_name, r.customer_code),
        "text",
        150,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "GSTIN"), lambda r: r.customer_gstin, "text", 125, whole=True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Place of supply"), lambda r: r.place_of_supply, "text", 110
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Against"), lambda r: r.against, "text", 115, whole=True),
    # no rate on a nil-rated, exempt or non-GST row: never a misleading "0%" (the Type says which)
    Column(
        QT_TRANSLATE_NOOP("columns", "Rate"), lambda r: r.rate_bp if r.rated else None, "rate", 55
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Taxable"),
        lambda r: r.taxable if r.status == "posted" else None,
        "money",
        105,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "CGST"), lambda r: r.cgst, "amount", 90),
    Column(QT_TRANSLATE_NOOP("columns", "SGST/UTGST"), lambda r: r.sgst, "amount", 90),
    Column(QT_TRANSLATE_NOOP("columns", "IGST"), lambda r: r.igst, "amount", 90),
    Column(QT_TRANSLATE_NOOP("columns", "Round-off"), lambda r: r.other, "amount", 80),
    Column(
        QT_TRANSLATE_NOOP("columns", "Value"),
        lambda r: r.value if r.status == "posted" else None,
        "money",
        110,
    ),
)
# Tax payable by the recipient on reverse-charge lines (s.9(3) CGST Act) is no output tax: on
# screen it is in the summary line and the by-rate table, per row in the Excel export, so the
# row table keeps within a 1366-px screen.


@dataclass(frozen=True)
class RegisterResult:
    summary: RegisterSummary
    first: list[RegisterRow]


def totals(summary: RegisterSummary) -> list[str]:
    n = summary.net
    return [
        "", "", counted(n.documents, "document"), "", "", "", "", "",
        money(n.taxable), money(n.cgst), money(n.sgst), money(n.igst), money(n.other),
        money(n.value),
    ]  # fmt: skip


RATE_HEADERS = (
    QT_TRANSLATE_NOOP("register_page", "GST rate"),
    QT_TRANSLATE_NOOP("register_page", "Taxable"),
    "CGST", "SGST/UTGST", "IGST",
    QT_TRANSLATE_NOOP("register_page", "Total tax"),
    QT_TRANSLATE_NOOP("register_page", "RCM (by recipient)"),
)  # fmt: skip


def rate_headers() -> list[str]:
    return [_word(x) for x in RATE_HEADERS]


def by_rate_rows(summary: RegisterSummary) -> list[list[str]]:
    """The period's totals by GST rate (credit notes taken off), then the part of the 0% that is
    nil-rated, exempt or non-GST (`of which ...`), so none of them reads as a taxable 0%."""
    no_slab = QCoreApplication.translate("register_page", "imported, no slab")
    rows = [
        [rate(bp) if bp is not None else no_slab,
         *(money(a) for a in (t.taxable, t.cgst, t.sgst, t.igst)),
         money(t.cgst + t.sgst + t.igst), money(t.rcm_tax)]
        for bp, t in summary.by_rate.items()
    ]  # fmt: skip
    for kind, t in summary.by_supply.items():
        of_which = QCoreApplication.translate("register_page", "of which {supply}")
        rows.append(
            [of_which.format(supply=_word(SUPPLY_LABELS[kind])), money(t.taxable), "", "", "", ""]
        )
    return rows


def by_rate_html(summary: RegisterSummary) -> str:
    """The totals by rate as a small table, for the screen."""
    head = "".join(f"<th align='right'>&nbsp;{h.e(x)}&nbsp;</th>" for x in rate_headers())
    body = "".join(
        "<tr>" + "".join(f"<td align='right'>&nbsp;{h.e(c)}&nbsp;</td>" for c in row) + "</tr>"
        for row in by_rate_rows(summary)
    )
    title = QCoreApplication.translate(
        "register_page", "<b>By GST rate</b> (credit notes taken off)"
    )
    return f"{title}<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{body}</table>"


class RegisterPage(ReportPage[RegisterResult]):
    key = "register"
    title = QT_TRANSLATE_NOOP("reports", "Sales register")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "Every sales document of a period, with taxable value and GST by rate."
    )
    landscape = True
    stretch_column = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.register.period")
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())

    def columns(self) -> Sequence[Column[RegisterRow]]:
        return COLUMNS

    def row_style(self, row: RegisterRow) -> str:
        return "muted" if row.status != "posted" else ""

    def request(self) -> Period:
        return self.period.period()

    def fetch(self, request: Period, progress: Progress) -> RegisterResult:
        start, end = request
        summary = sales_register.register_summary(start, end)
        first = sales_register.register_page(start, end, offset=0, limit=self.model.PAGE)
        return RegisterResult(summary, first)

    def display(self, result: RegisterResult) -> None:
        s = result.summary
        n = s.net
        self.show_rows(
            PagedSource(
                s.rows,
                lambda o, k: sales_register.register_page(s.start, s.end, offset=o, limit=k),
            ),
            result.first,
            totals=totals(s),
            count=counted(s.rows, "row"),
        )
        self.summary.setText(
            QCoreApplication.translate("register_page", "{start} to {end} · {documents}").format(
                start=day(s.start), end=day(s.end), documents=counted(n.documents, "document")
            )
            + (
                " "
                + QCoreApplication.translate(
                    "register_page", "and {count:,} cancelled (in grey, no amounts)"
                ).format(count=s.cancelled)
                if s.cancelled
                else ""
            )
            + QCoreApplication.translate(
                "register_page",
                " · Taxable <b>{taxable}</b> · GST <b>{gst}</b> · Value <b>{value}</b>",
            ).format(
                taxable=money(n.taxable), gst=money(n.cgst + n.sgst + n.igst), value=money(n.value)
            )
            + (
                QCoreApplication.translate(
                    "register_page", " · Tax payable by recipient (RCM) <b>{tax}</b>"
                ).format(tax=money(n.rcm_tax))
                if n.rcm_tax
                else ""
            )
        )
        self.foot.setText(by_rate_html(s))
        self.foot.setVisible(bool(s.by_rate))

    def write(self, result: RegisterResult, path: Path, progress: Progress) -> int:
        return export_sales_register(path, result.summary, progress=progress)

    def printout(self, result: RegisterResult, progress: Progress) -> Printout:
        s = result.summary
        rows = sales_register.iter_register(s.start, s.end)
        return h.report_printout(
            document_parties.shop_for_period(s.start, s.end),
            QCoreApplication.translate("report_printout", "Sales register (GST)"),
            ("Period", f"{day(s.start)} to {day(s.end)}"),
            [
                printout.table(COLUMNS, rows, style=self.row_style, totals=totals(s)),
                h.heading(
                    QCoreApplication.translate("register_page", "By GST rate"),
                    QCoreApplication.translate("register_page", "(credit notes taken off)"),
                ),
                printout.small_table(rate_headers(), by_rate_rows(s)),
            ],
            landscape=self.landscape,
        )

    def file_name(self, result: RegisterResult) -> str:
        s = result.summary
        return f"Sales register {day(s.start)} to {day(s.end)}"

    def document_number(self, row: RegisterRow) -> str:
        return row.number
