"""The customer statement: pick a customer and a period; the balance brought forward, every
entry with its running balance, the totals and the closing balance; for a customer who is also
a supplier, that side and the net; the ageing of the balance underneath."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.exports.statement import export_statement
from vyapar_lite.services import ageing, document_parties, statement
from vyapar_lite.services.ageing import AgeingRow
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.services.statement import Statement, StatementLine
from vyapar_lite.ui.language import counted, customer_name
from vyapar_lite.ui.reports import column_fit, table_widths
from vyapar_lite.ui.reports import statement_printout as sp
from vyapar_lite.ui.reports.column_fit import Want
from vyapar_lite.ui.reports.inputs import PeriodInputs, ReportCustomerPicker
from vyapar_lite.ui.reports.printout import Printout
from vyapar_lite.ui.reports.report_model import ListSource, PagedSource, ReportModel
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, balance, day, money
from vyapar_lite.ui.reports.totals_row import TotalsRow
from vyapar_lite.ui.sales.labels import balance_text
from vyapar_lite.ui.tasks import Progress


@dataclass(frozen=True)
class StatementRequest:
    code: str
    start: date
    end: date


@dataclass(frozen=True)
class StatementResult:
    statement: Statement
    first: Sequence[StatementLine]  # the first page, brought forward included
    ageing: AgeingRow | None  # the customer's ageing at the period's end
    labels: tuple[str, ...]  # the ageing columns


def _total_words() -> str:
    return QCoreApplication.translate("statement_page", "Total · closing")


def statement_rows(st: Statement, offset: int, limit: int) -> Sequence[StatementLine]:
    """Rows of the screen's table: the balance brought forward, then the statement's lines (a
    page read as tuples; each `StatementLine` made when the model takes it)."""
    if offset == 0:
        rest = statement.statement_lines(st, offset=0, limit=max(limit - 1, 0))
        return [sp.brought_forward(st), *rest]
    return statement.statement_lines(st, offset=offset - 1, limit=limit)


class StatementPage(ReportPage[StatementResult]):
    key = "statement"
    title = QT_TRANSLATE_NOOP("reports", "Customer statement")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "Everything on a customer's account for a period, with the running balance."
    )
    load_when_shown = False  # it needs a customer first
    stretch_column = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = ReportCustomerPicker("report.statement.customer")
        self.customer.setMinimumWidth(320)
        self.period = PeriodInputs("report.statement.period")
        self.add_input(QCoreApplication.translate("statement_page", "Customer"), self.customer)
        self.add_input("", self.period)
        self.customer.chosen.connect(lambda code: self.load() if code else None)
        self.period.preset.activated.connect(
            lambda _i: self.load() if self.customer.code() else None
        )
        self.supplier_title = QLabel()
        self.supplier_title.setObjectName("report.statement.supplier")
        self.supplier_model: ReportModel[StatementLine] = ReportModel(
            sp.COLUMNS, style=sp.line_style, parent=self
        )
        self.supplier_table = QTableView()
        self.supplier_table.setObjectName("report.statement.supplier.table")
        self.supplier_table.setModel(self.supplier_model)
        self.supplier_table.verticalHeader().hide()
        self.supplier_table.setMaximumHeight(200)
        self.supplier_totals = TotalsRow(self.supplier_table, "report.statement.supplier.totals")
        self.supplier_box = QWidget()
        box = QVBoxLayout(self.supplier_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(0)
        for widget in (self.supplier_title, self.supplier_table, self.supplier_totals):
            box.addWidget(widget)
        self.supplier_box.hide()
        self.body.addWidget(self.supplier_box)
        self.table.horizontalHeader().sectionResized.connect(
            lambda i, _o, new: self.supplier_table.setColumnWidth(i, new)
        )

    def open_statement(self, code: str, start: date | None = None, end: date | None = None) -> None:
        """Show `code`'s statement (for the period given, or the one chosen)."""
        if start is not None and end is not None:
            self.period.set_period(start, end)
        self.customer.blockSignals(True)
        found = self.customer.set_code(code)
        self.customer.blockSignals(False)
        if found:
            self.load()

    # --- the report ---------------------------------------------------------------------------

    def columns(self) -> Sequence[Column[StatementLine]]:
        return sp.COLUMNS

    def row_style(self, row: StatementLine) -> str:
        return sp.line_style(row)

    def request(self) -> StatementRequest:
        code = self.customer.code()
        if not code:
            raise ValidationError(
                FieldError(
                    "customer",
                    Message(QT_TRANSLATE_NOOP("messages", "Choose a customer first")),
                )
            )
        start, end = self.period.period()
        return StatementRequest(code, start, end)

    def fetch(self, request: StatementRequest, progress: Progress) -> StatementResult:
        st = statement.open_statement(request.code, request.start, request.end)
        first = statement_rows(st, 0, self.model.PAGE)
        scope = CustomerScope(customer_code=st.code)
        aged = ageing.ageing(st.end, scope, show="all")
        row = aged.rows[0] if aged.rows else None
        return StatementResult(st, first, row, aged.labels)

    def display(self, result: StatementResult) -> None:
        st = result.statement
        self.show_rows(
            PagedSource(st.line_count + 1, lambda o, n: statement_rows(st, o, n)),
            result.first,
            totals=sp.totals(st.total_debit, st.total_credit, st.closing, _total_words()),
            count=counted(st.line_count, "entry"),
        )
        phone_word = QCoreApplication.translate("statement_page", "Ph")
        contact = " · ".join(
            p
            for p in (
                st.address.replace("\n", ", "),
                f"{phone_word} {st.phone}" if st.phone else "",
                f"GSTIN {st.gstin}" if st.gstin else "",
            )
            if p
        )
        self.summary.setText(
            f"<b>{customer_name(st.name, st.code)}</b> ({st.code})"
            + (f" · {contact}" if contact else "")
            + "<br>"
            + QCoreApplication.translate(
                "statement_page",
                "{period} · Opening {opening} · Debits {debits} · Credits {credits} · "
                "<b>Closing {closing}</b> ({closing_text})",
            ).format(
                period=sp.period_text(st),
                opening=balance(st.opening),
                debits=money(st.total_debit),
                credits=money(st.total_credit),
                closing=balance(st.closing),
                closing_text=balance_text(st.closing),
            )
        )
        self._show_supplier(st)
        foot = []
        if result.ageing is not None:
            bands = " · ".join(
                f"{Column(label, str).title} {money(amount)}"  # the ageing page's band words
                for label, amount in zip(result.labels, result.ageing.bands, strict=True)
            )
            ageing_on = QCoreApplication.translate("statement_page", "<b>Ageing on {day}</b>: ")
            foot.append(ageing_on.format(day=day(st.end)) + bands)
            if result.ageing.advance:
                held = QCoreApplication.translate("statement_page", "Advance held {amount}")
                foot.append(held.format(amount=money(result.ageing.advance)))
        self.foot.setText(" &nbsp;·&nbsp; ".join(foot))
        self.foot.setVisible(bool(foot))

    def _show_supplier(self, st: Statement) -> None:
        side = st.supplier
        self.supplier_box.setVisible(side is not None)
        if side is None:
            self.supplier_model.set_source(None)
            return
        self.supplier_title.setText(
            QCoreApplication.translate(
                "statement_page",
                "<b>As a supplier</b>: opening {0}, closing {1} · <b>Net of both "
                "sides {2}</b> ({3})",
            ).format(
                balance(side.opening),
                balance(side.closing),
                balance(st.net_closing),
                balance_text(st.net_closing),
            )
        )
        self.supplier_model.set_source(ListSource(list(side.lines)))
        self.supplier_totals.set_totals(
            sp.totals(side.total_debit, side.total_credit, side.closing, _total_words()),
            [c.is_number for c in sp.COLUMNS],
        )
        self.fit_columns()  # the columns as wide as either side needs ("Their bill G-77")
        for index in range(len(sp.COLUMNS)):
            self.supplier_table.setColumnWidth(index, self.table.columnWidth(index))
        self.supplier_totals.follow_table()

    def column_wants(self) -> list[Want]:
        """The supplier side's table shares the customer side's column widths: each column as
        wide as either side needs, so neither side's references or money are cut."""
        ours = super().column_wants()
        side = getattr(self, "supplier_model", None)  # None: still being built (ReportPage)
        if side is None or not side.rowCount():
            return ours
        theirs = table_widths.wants(
            self.supplier_table, sp.COLUMNS, self.supplier_totals.totals.values
        )
        return column_fit.either(ours, theirs)

    def write(self, result: StatementResult, path: Path, progress: Progress) -> int:
        return export_statement(path, result.statement, progress=progress)

    def printout(self, result: StatementResult, progress: Progress) -> Printout:
        st = result.statement
        return sp.statement_printout(
            document_parties.shop_for_period(st.start, st.end),
            st,
            statement.iter_statement_lines(st),
            ageing=result.ageing,
            labels=result.labels,
        )

    def file_name(self, result: StatementResult) -> str:
        st = result.statement
        code = st.code.replace("/", "-")
        return f"Statement {code} {day(st.start)} to {day(st.end)}"

    def document_number(self, row: StatementLine) -> str:
        return "" if row.kind == sp.BROUGHT_FORWARD else row.doc_number
