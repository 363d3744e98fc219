"""A customer's statement as printed: the shop's header, the customer and the period, every line
with its running balance between the balance brought forward and the closing balance, the
supplier side and the net for a customer who is also a supplier, and the ageing of what is owed
at the foot. The screen's table uses the same columns (`COLUMNS`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services.ageing import AgeingRow
from vyapar_lite.services.statement import SideSummary, Statement, StatementLine
from vyapar_lite.ui.language import customer_name, stored_text
from vyapar_lite.ui.reports import printout
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.printout import Html, Printout, Table
from vyapar_lite.ui.reports.report_text import Column, balance, day, money
from vyapar_lite.ui.sales.labels import balance_text

TITLE = QT_TRANSLATE_NOOP("statement_printout", "STATEMENT OF ACCOUNT")
BROUGHT_FORWARD = "brought_forward"  # the kind of the first row: the balance before the period
COLUMNS: tuple[Column[StatementLine], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: r.entry_date, "date", 88),
    Column(QT_TRANSLATE_NOOP("columns", "Type"), lambda r: line_kind(r.type_label), "text", 150),
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda r: r.doc_number, "text", 140, whole=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Description"),
        lambda r: stored_text(r.description),
        "text",
        260,
    ),
    Column(  # a cheque, UPI id or their bill's number: shown whole, as the numbers
        QT_TRANSLATE_NOOP("columns", "Reference"),
        lambda r: stored_text(r.reference),
        "text",
        130,
        whole=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Debit"), lambda r: r.debit, "amount", 105),
    Column(QT_TRANSLATE_NOOP("columns", "Credit"), lambda r: r.credit, "amount", 105),
    Column(QT_TRANSLATE_NOOP("columns", "Balance"), lambda r: r.balance, "balance", 125),
)
NOTE = QT_TRANSLATE_NOOP(
    "statement_printout",
    "This is a computer generated statement. Dr: the amount is owed to the shop; "
    "Cr: the shop holds it (an advance, or what the shop owes a supplier).",
)


def brought_forward(statement: Statement) -> StatementLine:
    """The first row: the balance before the period."""
    return StatementLine(
        statement.start,
        BROUGHT_FORWARD,
        "Brought forward",
        "",
        QCoreApplication.translate("statement_kinds", "Balance before the period"),
        "",
        0,
        0,
        statement.opening,
        "",
    )


# what the statements (services.statement, services.supplier_side) add to a line's kind
CANCELLED = QT_TRANSLATE_NOOP("statement_kinds", "{kind} (cancelled)")
BOUNCED = QT_TRANSLATE_NOOP("statement_kinds", "{kind} (bounced)")
_BROUGHT_FORWARD = QT_TRANSLATE_NOOP("statement_kinds", "Brought forward")


def line_kind(english: str) -> str:
    """A statement line's kind ("Invoice", "Purchase bill (cancelled)") in the screens'
    language: the services' words are marked in the "statement_kinds" context."""
    for suffix, template in ((" (cancelled)", CANCELLED), (" (bounced)", BOUNCED)):
        if english.endswith(suffix):
            kind = QCoreApplication.translate("statement_kinds", english.removesuffix(suffix))
            return QCoreApplication.translate("statement_kinds", template).format(kind=kind)
    return QCoreApplication.translate("statement_kinds", english)


def _tr(english: str) -> str:
    """The printed statement's words in the screens' language (context "statement_printout";
    the line kinds' words are the statements' own, "statement_kinds")."""
    return QCoreApplication.translate("statement_printout", english)


def _kind(english: str) -> str:
    return QCoreApplication.translate("statement_kinds", english)


def line_style(line: StatementLine) -> str:
    if line.kind == BROUGHT_FORWARD:
        return "bold"
    return {"cancelled": "muted", "reversal": "reversal"}.get(line.status, "")


def period_text(statement: Statement) -> str:
    return QCoreApplication.translate("statement_page", "{start} to {end}").format(
        start=day(statement.start), end=day(statement.end)
    )


def totals(total_debit: int, total_credit: int, closing: int, label: str) -> list[str]:
    """The totals row under the lines: debits, credits and the closing balance."""
    return ["", "", "", label, "", money(total_debit), money(total_credit), balance(closing)]


def statement_printout(
    shop: ShopProfile | None,
    statement: Statement,
    lines: Iterable[StatementLine],
    *,
    ageing: AgeingRow | None = None,
    labels: Sequence[str] = (),
    generated: datetime | None = None,
) -> Printout:
    st = statement
    when = (generated or datetime.now()).strftime("%d-%m-%Y %H:%M")
    blocks: list[Html | Table] = [
        Html(h.document([h.shop_header(shop, _tr(TITLE)), _parties(st, when), "<br>"])),
        _lines(st.start, st.end, lines, side=st),
    ]
    if st.supplier is not None:
        blocks += _supplier(st, st.supplier)
    closing = st.net_closing if st.supplier else st.closing
    blocks.append(
        Html(
            h.document(
                [
                    "<p style='font-size:10pt'><b>"
                    + h.e(
                        QCoreApplication.translate(
                            "statement_printout", "Closing balance on {day}: {balance}"
                        ).format(day=day(st.end), balance=balance_text(closing))
                    )
                    + "</b></p>"
                ]
            )
        )
    )
    if ageing is not None and labels:
        blocks += _ageing(st, ageing, labels)
    blocks.append(h.note(_tr(NOTE)))
    title = QCoreApplication.translate("statement_printout", "Statement {code} {period}").format(
        code=st.code, period=period_text(st)
    )
    return Printout(title, blocks)


def _lines(
    start: date, end: date, lines: Iterable[StatementLine], *, side: Statement | SideSummary
) -> Table:
    """The lines of one side between its balance brought forward and its closing balance."""
    total = QCoreApplication.translate("statement_printout", "Total for the period")
    closing = QCoreApplication.translate("statement_printout", "Closing balance")
    return printout.table(
        COLUMNS,
        lines,
        style=line_style,
        first=[(_balance_cells(start, side.opening, _kind(_BROUGHT_FORWARD),
                               _kind("Balance before the period")), "bold")],
        totals=totals(side.total_debit, side.total_credit, side.closing, total),
        last=[(_balance_cells(end, side.closing, closing), "bold")],
    )  # fmt: skip


def _balance_cells(on: date, amount: int, label: str, description: str = "") -> list[str]:
    return [day(on), label, "", description, "", "", "", balance(amount)]


def _parties(st: Statement, when: str) -> str:
    customer = [f"<b>{h.e(customer_name(st.name, st.code))}</b> ({h.e(st.code)})"]
    customer += [h.e(line) for line in st.address.splitlines() if line.strip()]
    if st.gstin:
        customer.append(
            h.e(
                QCoreApplication.translate("statement_printout", "GSTIN: {gstin}").format(
                    gstin=st.gstin
                )
            )
        )
    if st.phone:
        customer.append(
            h.e(
                QCoreApplication.translate("statement_printout", "Ph {phone}").format(
                    phone=st.phone
                )
            )
        )
    facts = h.facts(
        [
            (QCoreApplication.translate("statement_printout", "Period"), period_text(st)),
            (
                QCoreApplication.translate("statement_printout", "Opening balance"),
                balance(st.opening),
            ),
            (
                QCoreApplication.translate("statement_printout", "Closing balance"),
                balance(st.closing),
            ),
            (QCoreApplication.translate("statement_printout", "Generated"), when),
        ]
    )
    statement_for = h.e(QCoreApplication.translate("statement_printout", "Statement for"))
    return (
        f"<table {h.BOXED}><tr>"
        f"<td width='55%' valign='top'>{statement_for}<br>{'<br>'.join(customer)}</td>"
        f"<td width='45%' valign='top'>{facts}</td>"
        "</tr></table>"
    )


def _supplier(st: Statement, side: SideSummary) -> list[Html | Table]:
    net = f"{balance(st.net_closing)} ({balance_text(st.net_closing)})"
    return [
        h.heading(
            QCoreApplication.translate("statement_printout", "As a supplier"),
            QCoreApplication.translate(
                "statement_printout", "(purchases and payments to them; Cr: the shop owes them)"
            ),
        ),
        _lines(st.start, st.end, side.lines, side=side),
        h.heading(
            QCoreApplication.translate("statement_printout", "Net of both sides: {net}").format(
                net=net
            )
        ),
    ]


def _ageing(st: Statement, row: AgeingRow, labels: Sequence[str]) -> list[Html | Table]:
    bands = [Column(label, str).title for label in labels]  # the ageing page's band words
    headers = ["", *bands, QCoreApplication.translate("statement_printout", "Total due")] + (
        [QCoreApplication.translate("statement_printout", "Advance")] if row.advance else []
    )
    cells = [
        QCoreApplication.translate("statement_printout", "Amount"),
        *(money(a) for a in row.bands),
        money(row.receivable),
    ]
    if row.advance:
        cells.append(money(row.advance))
    return [
        h.heading(
            QCoreApplication.translate(
                "statement_printout", "Ageing of the balance on {day}"
            ).format(day=day(st.end)),
            QCoreApplication.translate("statement_printout", "(days past the due date)"),
        ),
        printout.small_table(headers, [cells]),
    ]
