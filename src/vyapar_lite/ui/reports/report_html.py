"""The rich-text parts of a printed report: the shop's header, the report's name, period and
details, and notes. Pure string building over the HTML subset QTextDocument understands (see
`ui/sales/invoice_html`); the tables are `printout.Table`s, drawn by `report_print`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.ui.language import PRINT_FONT_CSS
from vyapar_lite.ui.reports.printout import Html, Printout, Table
from vyapar_lite.ui.sales.print_rows import shop_lines

FONT_PT = 8
BOXED = "border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'"
FOOTER = "This is a computer generated report."


def e(text: str) -> str:
    return escape(text, quote=True)


def document(body: Sequence[str]) -> str:
    return (
        f"<html><body style='font-family:{PRINT_FONT_CSS}; font-size:{FONT_PT}pt'>"
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


def note(text: str) -> Html:
    """A small grey line (the footer note)."""
    return Html(document([f"<p style='font-size:7pt; color:#555555'>{e(text)}</p>"]))


def heading(text: str, detail: str = "") -> Html:
    """A bold line above a table, with an optional plain remark after it."""
    rest = f" {e(detail)}" if detail else ""
    return Html(document([f"<p style='font-size:9pt'><b>{e(text)}</b>{rest}</p>"]))


def report_printout(
    shop: ShopProfile | None,
    title: str,
    period: tuple[str, str],
    body: Sequence[Html | Table],
    *,
    details: Sequence[tuple[str, str]] = (),
    landscape: bool = False,
    generated: datetime | None = None,
) -> Printout:
    """A whole report: shop header, title, `period` (("Period", "01-04-2026 to 30-06-2026")
    or ("As of", ...)) and details, then `body` (tables, notes)."""
    when = (generated or datetime.now()).strftime("%d-%m-%Y %H:%M")
    labels = [(_tr(label), value) for label, value in (period, *details)]
    generated_at = (_tr(QT_TRANSLATE_NOOP("report_printout", "Generated")), when)
    top = Html(document([shop_header(shop, title), facts([*labels, generated_at])]))
    return Printout(title, [top, *body, note(FOOTER)], landscape)


# the period labels the pages pass (translated by `report_printout`, as are the titles)
PERIOD_LABELS = (
    QT_TRANSLATE_NOOP("report_printout", "Period"),
    QT_TRANSLATE_NOOP("report_printout", "As of"),
    QT_TRANSLATE_NOOP("report_printout", "Return period"),
    # and the details' labels (ageing's bands, the customers a report was filtered to)
    QT_TRANSLATE_NOOP("report_printout", "Bands"),
    QT_TRANSLATE_NOOP("report_printout", "Customers"),
)


def _tr(label: str) -> str:
    """A printout's label in the screens' language (one with no entry prints as it is)."""
    return QCoreApplication.translate("report_printout", label)
