"""A report as a lazily loaded table: rows come a page at a time from the report's source.

A source is what a report service hands back: how many rows there are, and a way to read rows
`offset .. offset+limit-1` (`PagedSource` over a service's paged query, such as the statement's
lines or the outstanding invoices; `ListSource` over rows a service already holds, such as one
row per customer). The model keeps only the rows fetched so far and asks for the next page when
the view scrolls near the end, so a statement of any length opens at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from vyapar_lite.ui.reports.report_text import Column

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
# How a row looks: "" plain, "muted" (a cancelled document), "reversal" (what cancels it),
# "bold" (brought forward, subtotals), "advance" (a customer in advance), "overdue".
STYLE_COLOURS = {
    "muted": "#888888",
    "reversal": "#b00020",
    "advance": "#1b6e20",
    "overdue": "#b00020",
}


class Source(Protocol[RowT_co]):
    @property
    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> Sequence[RowT_co]: ...


class PagedSource(Generic[RowT]):
    """`count` rows read through `read(offset, limit)` (a service's paged query)."""

    def __init__(self, count: int, read: Callable[[int, int], Sequence[RowT]]) -> None:
        self._count = count
        self._read = read

    @property
    def count(self) -> int:
        return self._count

    def page(self, offset: int, limit: int) -> Sequence[RowT]:
        return self._read(offset, limit)


class ListSource(Generic[RowT]):
    """Rows a service already holds (a report with one row per customer)."""

    def __init__(self, rows: Sequence[RowT]) -> None:
        self.rows = rows

    @property
    def count(self) -> int:
        return len(self.rows)

    def page(self, offset: int, limit: int) -> Sequence[RowT]:
        return self.rows[offset : offset + limit]


class ReportModel(QAbstractTableModel, Generic[RowT]):
    """The rows of one report; `set_source` shows a new result, `set_columns` new columns."""

    PAGE = 200

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        *,
        style: Callable[[RowT], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[RowT], ...] = tuple(columns)
        self._style = style
        self._source: Source[RowT] | None = None
        self._rows: list[RowT] = []
        self._total = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # what the screen asks for
    @property
    def total(self) -> int:
        """How many rows the report has (not just the rows fetched so far)."""
        return self._total

    def set_columns(self, columns: Sequence[Column[RowT]]) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self.endResetModel()

    def set_source(self, source: Source[RowT] | None, first: Sequence[RowT] | None = None) -> None:
        """Show `source` (None: nothing); `first` is its first page when already read."""
        self.beginResetModel()
        self._source = source
        self._total = source.count if source is not None else 0
        if source is None:
            self._rows = []
        else:
            self._rows = list(first) if first is not None else list(source.page(0, self.PAGE))
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def fetch_all(self) -> None:
        """Read every row (tests, and small reports)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # Qt's table-model contract
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._source is None:
            return
        more = list(self._source.page(len(self._rows), self.PAGE))
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.is_number else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and not column.is_number:
            return column.text(row) or None  # the whole text of a cut-off description
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            style = self._style(row) if self._style is not None else ""
            if role == Qt.ItemDataRole.FontRole:
                return self._bold if style == "bold" else None
            colour = STYLE_COLOURS.get(style)
            return QColor(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].title  # the tooltip: a header cut to fit (column_fit)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].is_number else LEFT
        return None
