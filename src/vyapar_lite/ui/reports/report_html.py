"""Reports as HTML for Qt's rich text (QTextDocument), to print or save as a PDF: the shop's
header, the report's name and period, its table (the same columns and cell texts as the screen,
from `report_text`) and totals. Pure string building; `report_print` lays it out on paper.

Keep to the HTML subset QTextDocument understands (see `ui/sales/invoice_html`). The table's
header row is a `<thead>`, which Qt repeats at the top of every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from html import escape
from typing import TypeVar

from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.ui.reports.report_text import Column
from vyapar_lite.ui.sales.print_rows import shop_lines

RowT = TypeVar("RowT")
GREY = "#eeeeee"
TOTAL_BG = "#e4eaf2"
TABLE = "border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'"
STYLE_CSS = {
    "muted": "color:#777777",
    "reversal": "color:#b00020; font-style:italic",
    "bold": "font-weight:bold",
    "advance": "color:#1b6e20",
    "overdue": "color:#b00020",
}
FOOTER = "This is a computer generated report."


def e(text: str) -> str:
    return escape(text, quote=True)


def document(body: Sequence[str], *, font_pt: int = 8) -> str:
    return (
        f"<html><body style='font-family:\"DejaVu Sans\", sans-serif; font-size:{font_pt}pt'>"
        + "".join(body)
        + "</body></html>"
    )


def shop_header(shop: ShopProfile | None, title: str) -> str:
    """The shop's name and address lines, centred, then the report's title."""
    name = shop.name if shop else ""
    lines = "<br>".join(e(line) for line in shop_lines(shop))
    return (
        f"<p align='center' style='font-size:15pt; font-weight:bold'>{e(name)}</p>"
        f"<p align='center' style='font-size:8pt'>{lines}</p>"
        f"<p align='center' style='font-size:12pt; font-weight:bold'>{e(title)}</p>"
    )


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """`label: value` lines as a borderless two-column table."""
    rows = "".join(
        f"<tr><td>{e(label)}&nbsp;&nbsp;</td><td><b>{e(value)}</b></td></tr>"
        for label, value in pairs
    )
    return f"<table cellpadding='1' cellspacing='0'>{rows}</table>"


def table(
    columns: Sequence[Column[RowT]],
    rows: Iterable[RowT],
    *,
    style: Callable[[RowT], str] | None = None,
    first: Sequence[tuple[Sequence[str], str]] = (),
    totals: Sequence[str] = (),
    last: Sequence[tuple[Sequence[str], str]] = (),
) -> str:
    """The report's table: a header row, `first` rows (cells, style), one row per record,
    a shaded totals row and `last` rows (such as the closing balance)."""
    cells = [
        f"align='{'right' if c.is_number else 'left'}'"
        + (" style='white-space:nowrap'" if c.nowrap else "")
        for c in columns
    ]
    head = "".join(
        f"<th bgcolor='{GREY}' {a}"
        + (f" width='{c.paper}%'" if c.paper else "")
        + f">{e(c.header)}</th>"
        for c, a in zip(columns, cells, strict=True)
    )
    parts = [f"<table {TABLE}><thead><tr>{head}</tr></thead>"]
    for texts, how in first:
        parts.append(_row(texts, cells, how))
    for record in rows:
        parts.append(_row([c.text(record) for c in columns], cells, style(record) if style else ""))
    if totals:
        parts.append(_row(totals, cells, "bold", background=TOTAL_BG))
    for texts, how in last:
        parts.append(_row(texts, cells, how, background=TOTAL_BG))
    parts.append("</table>")
    return "".join(parts)


def _row(texts: Sequence[str], cells: Sequence[str], how: str, *, background: str = "") -> str:
    """One table row; `cells` are each column's attributes (alignment, no wrapping)."""
    css = STYLE_CSS.get(how, "")
    shade = f" bgcolor='{background}'" if background else ""
    tds = "".join(
        f"<td {a}{shade}>" + (f"<span style='{css}'>{e(t)}</span>" if css and t else e(t)) + "</td>"
        for t, a in zip(texts, cells, strict=False)
    )
    return f"<tr>{tds}</tr>"


def report_html(
    shop: ShopProfile | None,
    title: str,
    period: tuple[str, str],
    body: Sequence[str],
    *,
    details: Sequence[tuple[str, str]] = (),
    generated: datetime | None = None,
) -> str:
    """A whole report: shop header, title, `period` (("Period", "01-04-2026 to 30-06-2026")
    or ("As of", ...)) and details, then `body` (tables, notes)."""
    when = (generated or datetime.now()).strftime("%d-%m-%Y %H:%M")
    return document(
        [
            shop_header(shop, title),
            facts([period, *details, ("Generated", when)]),
            "<br>",
            *body,
            f"<p style='font-size:7pt; color:#555555'>{e(FOOTER)}</p>",
        ]
    )
