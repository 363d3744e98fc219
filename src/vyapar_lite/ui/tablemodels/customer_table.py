"""The customer list as a lazily loaded table: rows come from SQL a page at a time.

Search, filters and sorting are done by `services.customer_list` in SQL; this model keeps only the
rows fetched so far and asks for the next page when the view scrolls near the end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from vyapar_lite.domain.money import format_money
from vyapar_lite.services import customer_list
from vyapar_lite.services.customer_list import CustomerFilter, CustomerRow

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    ("code", "Code"),
    ("name", "Name"),
    ("phone", "Phone"),
    ("city", "City"),
    ("customer_type", "Type"),
    ("category", "Category"),
    ("balance", "Balance"),
    ("is_active", "Status"),
)
CODE_ROLE = Qt.ItemDataRole.UserRole


class CustomerTableModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = CustomerFilter()
        self._sort_key = "name"
        self._descending = False
        self._rows: list[CustomerRow] = []
        self._total = 0
        self.reload()

    # what the screen asks for
    @property
    def total(self) -> int:
        """How many customers match the filter (not just the rows fetched so far)."""
        return self._total

    def set_filter(self, new_filter: CustomerFilter) -> None:
        if new_filter != self._filter:
            self._filter = new_filter
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = customer_list.count(self._filter)
        self._rows = self._fetch(0)
        self.endResetModel()

    def code_at(self, row: int) -> str | None:
        return self._rows[row].code if 0 <= row < len(self._rows) else None

    # Qt's table-model contract
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

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
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, key)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "balance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.is_active:
                return QColor("#888888")
            if key == "balance" and row.balance < 0:
                return QColor("#1b6e20")  # an advance: the shop holds their money
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][1]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_key = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _fetch(self, offset: int) -> list[CustomerRow]:
        return customer_list.page(
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            offset=offset,
            limit=self.PAGE,
        )


def _display(row: CustomerRow, key: str) -> str:
    if key == "balance":
        if row.balance < 0:
            return f"{format_money(-row.balance)} advance"
        return format_money(row.balance)
    if key == "is_active":
        return "Active" if row.is_active else "Inactive"
    return str(getattr(row, key))
