"""What a report prints, page layout aside: blocks of HTML (the shop's header, notes) and tables
of plain cell texts. No Qt here: a worker builds the printout from the services, and
`report_print` lays it out on paper.

Tables are not HTML: Qt's rich text lays a table of thousands of rows out in minutes, where
`report_print` draws rows one after the other, the header row again at the top of every page.
The cell texts are the screen's (`report_text.Column`), so paper and screen always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from vyapar_lite.ui.reports.report_text import Column

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Html:
    """A block of rich text (the subset QTextDocument understands)."""

    html: str


@dataclass(frozen=True)
class PrintColumn:
    header: str
    right: bool = False  # numbers are right-aligned
    nowrap: bool = False  # kept on one line (dates, amounts, document numbers)
    share: int = 0  # percent of the page's width; 0: as the texts need


@dataclass(frozen=True)
class PrintRow:
    cells: Sequence[str]
    style: str = ""  # "", "muted", "reversal", "bold", "advance", "overdue" (see report_print)
    shaded: bool = False  # a totals or closing row


@dataclass(frozen=True)
class Table:
    columns: Sequence[PrintColumn]
    rows: Sequence[PrintRow]


@dataclass
class Printout:
    """Blocks printed one after the other; `landscape` for wide tables."""

    title: str
    blocks: list[Html | Table] = field(default_factory=list)
    landscape: bool = False

    def text(self) -> str:
        """Everything printed, as plain-ish text (tests and searching)."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Html):
                parts.append(block.html)
            else:
                parts.append(" | ".join(c.header for c in block.columns))
                parts.extend(" | ".join(row.cells) for row in block.rows)
        return "\n".join(parts)


def print_columns(columns: Sequence[Column[RowT]]) -> list[PrintColumn]:
    return [PrintColumn(c.title, c.is_number, c.nowrap, c.paper) for c in columns]


def table(
    columns: Sequence[Column[RowT]],
    records: Iterable[RowT],
    *,
    style: Callable[[RowT], str] | None = None,
    first: Sequence[tuple[Sequence[str], str]] = (),
    totals: Sequence[str] = (),
    last: Sequence[tuple[Sequence[str], str]] = (),
) -> Table:
    """A report's table: `first` rows (cells, style), one row per record, a shaded totals row
    and shaded `last` rows (such as the closing balance)."""
    rows = [PrintRow(tuple(cells), how) for cells, how in first]
    for record in records:
        rows.append(
            PrintRow(tuple(c.text(record) for c in columns), style(record) if style else "")
        )
    if totals:
        rows.append(PrintRow(tuple(totals), "bold", shaded=True))
    rows.extend(PrintRow(tuple(cells), how, shaded=True) for cells, how in last)
    return Table(print_columns(columns), rows)


def small_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    """A summary table of amounts (first column text, the rest right-aligned numbers), spread
    evenly across the page."""
    columns = [PrintColumn(h, right=i > 0, nowrap=True) for i, h in enumerate(headers)]
    return Table(columns, [PrintRow(tuple(r)) for r in rows])
