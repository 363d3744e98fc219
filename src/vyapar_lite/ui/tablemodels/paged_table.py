"""A list as a lazily loaded table: rows come from SQL a page at a time.

Search, filters and sorting are done by a list service in SQL (`count(filter)` and
`page(filter, sort=, descending=, offset=, limit=)`); the model keeps only the rows fetched so far
and asks for the next page when the view scrolls near the end. Subclasses say what the columns
are and how a row shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RowT = TypeVar("RowT")


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """`columns` are (sort key, header); each row has a `code`."""

    PAGE = 100

    def __init__(
        self,
        columns: Sequence[tuple[str, str]],
        count: Callable[[Any], int],
        page: Callable[..., list[RowT]],
        first_filter: object,
        *,
        sort_key: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._count = count
        self._page = page
        self._filter = first_filter
        self._sort_key = sort_key
        self._descending = False
        self._rows: list[RowT] = []
        self._total = 0
        self.reload()

    # what a row shows (subclasses)
    def display(self, row: RowT, key: str) -> str:
        return str(getattr(row, key))

    def row_data(self, row: RowT, key: str, role: int) -> Any:
        """Roles other than display and the code; None for "nothing special"."""
        return None

    # what the screen asks for
    @property
    def total(self) -> int:
        """How many rows match the filter (not just the rows fetched so far)."""
        return self._total

    def set_filter(self, new_filter: object) -> None:
        if new_filter != self._filter:
            self._filter = new_filter
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._count(self._filter)
        self._rows = self._fetch(0)
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def code_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return str(getattr(found, "code")) if found is not None else None  # noqa: B009

    # Qt's table-model contract
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._fetch(len(self._rows))
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
        row = self._rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == CODE_ROLE:
            return self.code_at(index.row())
        return self.row_data(row, key, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            # marked QT_TRANSLATE_NOOP("columns", ...) where the columns are listed
            return QCoreApplication.translate("columns", self.columns[section][1])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_key = self.columns[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _fetch(self, offset: int) -> list[RowT]:
        return self._page(
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            offset=offset,
            limit=self.PAGE,
        )
