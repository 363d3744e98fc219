"""A customer's statement as printed: the shop's header, the customer and the period, every line
with its running balance between the balance brought forward and the closing balance, the
supplier side and the net for a customer who is also a supplier, and the ageing of what is owed
at the foot. The screen's table uses the same columns (`COLUMNS`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services.ageing import AgeingRow
from vyapar_lite.services.statement import SideSummary, Statement, StatementLine
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.report_text import Column, balance, day, money
from vyapar_lite.ui.sales.labels import balance_text

TITLE = "STATEMENT OF ACCOUNT"
BROUGHT_FORWARD = "brought_forward"  # the kind of the first row: the balance before the period
COLUMNS: tuple[Column[StatementLine], ...] = (
    Column("Date", lambda r: r.entry_date, "date", 88, paper=10),
    Column("Type", lambda r: r.type_label, "text", 150, paper=10),
    Column("Number", lambda r: r.doc_number, "text", 140, whole=True, paper=14),
    Column("Description", lambda r: r.description, "text", 260, paper=23),
    Column("Reference", lambda r: r.reference, "text", 130, paper=18),
    Column("Debit", lambda r: r.debit, "amount", 105, paper=8),
    Column("Credit", lambda r: r.credit, "amount", 105, paper=8),
    Column("Balance", lambda r: r.balance, "balance", 125, paper=8),
)


def brought_forward(statement: Statement) -> StatementLine:
    """The first row: the balance before the period."""
    return StatementLine(
        statement.start,
        BROUGHT_FORWARD,
        "Brought forward",
        "",
        "Balance before the period",
        "",
        0,
        0,
        statement.opening,
        "",
    )


def line_style(line: StatementLine) -> str:
    if line.kind == BROUGHT_FORWARD:
        return "bold"
    return {"cancelled": "muted", "reversal": "reversal"}.get(line.status, "")


def period_text(statement: Statement) -> str:
    return f"{day(statement.start)} to {day(statement.end)}"


def totals(total_debit: int, total_credit: int, closing: int, label: str) -> list[str]:
    """The totals row under the lines: debits, credits and the closing balance."""
    return ["", "", "", label, "", money(total_debit), money(total_credit), balance(closing)]


def statement_html(
    shop: ShopProfile | None,
    statement: Statement,
    lines: Iterable[StatementLine],
    *,
    ageing: AgeingRow | None = None,
    labels: Sequence[str] = (),
    generated: datetime | None = None,
) -> str:
    st = statement
    when = (generated or datetime.now()).strftime("%d-%m-%Y %H:%M")
    body = [
        h.shop_header(shop, TITLE),
        _parties(st, when),
        "<br>",
        h.table(
            COLUMNS,
            lines,
            style=line_style,
            first=[([c.text(brought_forward(st)) for c in COLUMNS], "bold")],
            totals=totals(st.total_debit, st.total_credit, st.closing, "Total for the period"),
            last=[(_closing_cells(st.end, st.closing, "Closing balance"), "bold")],
        ),
    ]
    if st.supplier is not None:
        body += _supplier(st, st.supplier)
    body.append(
        f"<p style='font-size:10pt'><b>Closing balance on {h.e(day(st.end))}: "
        f"{h.e(balance_text(st.net_closing if st.supplier else st.closing))}</b></p>"
    )
    if ageing is not None and labels:
        body.append(_ageing(st, ageing, labels))
    body.append(
        "<p style='font-size:7pt; color:#555555'>This is a computer generated statement. "
        "Dr: the amount is owed to the shop; Cr: the shop holds it (an advance).</p>"
    )
    return h.document(body)


def _closing_cells(on: date, closing: int, label: str) -> list[str]:
    return [day(on), label, "", "", "", "", "", balance(closing)]


def _parties(st: Statement, when: str) -> str:
    customer = [f"<b>{h.e(st.name)}</b> ({h.e(st.code)})"]
    customer += [h.e(line) for line in st.address.splitlines() if line.strip()]
    if st.gstin:
        customer.append(f"GSTIN: {h.e(st.gstin)}")
    if st.phone:
        customer.append(f"Ph {h.e(st.phone)}")
    facts = h.facts(
        [
            ("Period", period_text(st)),
            ("Opening balance", balance(st.opening)),
            ("Closing balance", balance(st.closing)),
            ("Generated", when),
        ]
    )
    return (
        f"<table {h.TABLE}><tr>"
        f"<td width='55%' valign='top'>Statement for<br>{'<br>'.join(customer)}</td>"
        f"<td width='45%' valign='top'>{facts}</td>"
        "</tr></table>"
    )


def _supplier(st: Statement, side: SideSummary) -> list[str]:
    return [
        "<p style='font-size:10pt'><b>As a supplier</b> (purchases and payments to them; "
        "Cr: the shop owes them)</p>",
        h.table(
            COLUMNS,
            side.lines,
            style=line_style,
            first=[(_closing_cells(st.start, side.opening, "Brought forward"), "bold")],
            totals=totals(side.total_debit, side.total_credit, side.closing, "Total"),
            last=[(_closing_cells(st.end, side.closing, "Closing balance"), "bold")],
        ),
        f"<p><b>Net of both sides: {h.e(balance(st.net_closing))}</b> "
        f"({h.e(balance_text(st.net_closing))})</p>",
    ]


def _ageing(st: Statement, row: AgeingRow, labels: Sequence[str]) -> str:
    heads = [*labels, "Total due"] + (["Advance"] if row.advance else [])
    cells = [money(a) for a in row.bands] + [money(row.receivable)]
    if row.advance:
        cells.append(money(row.advance))
    head = "".join(f"<th bgcolor='{h.GREY}' align='right'>{h.e(x)}</th>" for x in heads)
    tds = "".join(f"<td align='right'>{h.e(c)}</td>" for c in cells)
    return (
        f"<p><b>Ageing of the balance on {h.e(day(st.end))}</b> (days past the due date)</p>"
        f"<table {h.TABLE}><tr>{head}</tr><tr>{tds}</tr></table>"
    )
