"""Outstanding invoices as of a date, of one customer or of all: what each invoice and debit
note still owes and how many days it is overdue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.outstanding import export_outstanding
from vyapar_lite.services import outstanding, shop
from vyapar_lite.services.outstanding import OutstandingInvoice, OutstandingSummary
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.inputs import ReportCustomerPicker, ScopeFilters
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import PagedSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.sales.labels import kind_label
from vyapar_lite.ui.tasks import Progress
from vyapar_lite.ui.widgets import DateEdit

COLUMNS: tuple[Column[OutstandingInvoice], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Code"), lambda r: r.customer_code, "text", 80, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Customer"), lambda r: r.customer_name, "text", 190),
    Column(QT_TRANSLATE_NOOP("columns", "Type"), lambda r: kind_label(r.kind), "text", 90),
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda r: r.number, "text", 140, whole=True),
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: r.doc_date, "date", 88),
    Column(QT_TRANSLATE_NOOP("columns", "Due date"), lambda r: r.due_date, "date", 88),
    Column(QT_TRANSLATE_NOOP("columns", "Total"), lambda r: r.total, "money", 105),
    Column(QT_TRANSLATE_NOOP("columns", "Paid"), lambda r: r.paid, "amount", 100),
    Column(QT_TRANSLATE_NOOP("columns", "Credit notes"), lambda r: r.credited, "amount", 100),
    Column(QT_TRANSLATE_NOOP("columns", "Outstanding"), lambda r: r.outstanding, "money", 110),
    Column(QT_TRANSLATE_NOOP("columns", "Days overdue"), lambda r: r.days_overdue, "days", 95),
)


@dataclass(frozen=True)
class OutstandingRequest:
    as_of: date
    scope: CustomerScope
    who: str  # in words, for the printout


@dataclass(frozen=True)
class OutstandingResult:
    request: OutstandingRequest
    summary: OutstandingSummary
    first: list[OutstandingInvoice]


def totals(s: OutstandingSummary) -> list[str]:
    return [
        "", counted(s.count, "invoice"), "", "", "", "",
        money(s.total), money(s.paid), money(s.credited), money(s.outstanding), "",
    ]  # fmt: skip


class OutstandingPage(ReportPage[OutstandingResult]):
    key = "outstanding"
    title = QT_TRANSLATE_NOOP("reports", "Outstanding invoices")
    blurb = QT_TRANSLATE_NOOP(
        "reports",
        "Invoices, debit notes and opening bills that still owe something, oldest due first.",
    )
    landscape = True
    stretch_column = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = ReportCustomerPicker("report.outstanding.customer")
        self.customer.setMinimumWidth(300)
        self.customer.edit.setPlaceholderText(
            QCoreApplication.translate(
                "outstanding_page", "All customers (or type a name, code, phone…)"
            )
        )
        self.all_button = QPushButton(
            QCoreApplication.translate("outstanding_page", "All customers")
        )
        self.all_button.setObjectName("report.outstanding.all")
        self.all_button.clicked.connect(self._all_customers)
        self.as_of = DateEdit()
        self.as_of.setObjectName("report.outstanding.as_of")
        self.scope_filters = ScopeFilters("report.outstanding.filter")
        self.add_input(QCoreApplication.translate("outstanding_page", "Customer"), self.customer)
        self.add_input("", self.all_button)
        self.add_input(QCoreApplication.translate("outstanding_page", "As of"), self.as_of)
        self.filters.addWidget(self.scope_filters)
        self.filters.addStretch(1)
        self.customer.chosen.connect(lambda _code: self.load())

    def show_customer(self, code: str) -> None:
        if self.customer.set_code(code):
            self.load()

    def _all_customers(self) -> None:
        self.customer.clear()
        self.load()

    def columns(self) -> Sequence[Column[OutstandingInvoice]]:
        return COLUMNS

    def row_style(self, row: OutstandingInvoice) -> str:
        return "overdue" if row.days_overdue > 0 else ""

    def request(self) -> OutstandingRequest:
        code = self.customer.code()
        scope = self.scope_filters.scope(code)
        who = (
            self.customer.edit.text()
            if code
            else QCoreApplication.translate("outstanding_page", "All customers")
        )
        described = self.scope_filters.description()
        return OutstandingRequest(
            self.as_of.date_value(), scope, f"{who} · {described}" if described else who
        )

    def fetch(self, request: OutstandingRequest, progress: Progress) -> OutstandingResult:
        summary = outstanding.outstanding_summary(request.as_of, request.scope)
        first = outstanding.outstanding_page(
            request.as_of, request.scope, offset=0, limit=self.model.PAGE
        )
        return OutstandingResult(request, summary, first)

    def display(self, result: OutstandingResult) -> None:
        r, s = result.request, result.summary
        self.show_rows(
            PagedSource(
                s.count,
                lambda o, n: outstanding.outstanding_page(r.as_of, r.scope, offset=o, limit=n),
            ),
            result.first,
            totals=totals(s),
            count=QCoreApplication.translate("outstanding_page", "{0} still owe something").format(
                counted(s.count, "invoice")
            ),
        )
        self.summary.setText(
            QCoreApplication.translate(
                "outstanding_page",
                "{who} · as of {0} · <b>{1} outstanding</b> on {2} (billed {3}, "
                "paid {4}, credit notes {5}). Overdue invoices are in red.",
            ).format(
                day(r.as_of),
                money(s.outstanding),
                counted(s.count, "invoice"),
                money(s.total),
                money(s.paid),
                money(s.credited),
                who=r.who,
            )
        )

    def write(self, result: OutstandingResult, path: Path, progress: Progress) -> int:
        r = result.request
        return export_outstanding(path, result.summary, r.scope, progress=progress)

    def printout(self, result: OutstandingResult, progress: Progress) -> Printout:
        r = result.request
        rows = outstanding.iter_outstanding(r.as_of, r.scope)
        return h.report_printout(
            shop.get_profile(),
            QCoreApplication.translate("report_printout", "Outstanding invoices"),
            ("As of", day(r.as_of)),
            [printout.table(COLUMNS, rows, style=self.row_style, totals=totals(result.summary))],
            details=[("Customers", r.who)],
            landscape=self.landscape,
        )

    def file_name(self, result: OutstandingResult) -> str:
        r = result.request
        code = r.scope.customer_code.replace("/", "-")
        return f"Outstanding {code + ' ' if code else ''}{day(r.as_of)}"

    def document_number(self, row: OutstandingInvoice) -> str:
        return row.number
