"""A list screen: search as you type, filters, a lazily loaded table, and keys to open a row.

`SearchListPage` lays out a title, a top row (the search box, then whatever filters and buttons
the screen adds to `top`), the table, and a bottom row (the count, then the screen's buttons in
`bottom`). Enter in the search box opens the only match or steps into the table; letters typed in
the table go on with the search; Ctrl+F goes back to the search box.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.ui.language import counted
from vyapar_lite.ui.tablemodels.paged_table import PagedTableModel

SEARCH_DELAY_MS = 120  # wait for a pause in typing before asking the database


class ListTable(QTableView):
    """Enter opens the selected row; typing letters goes on with the search."""

    open_requested = Signal(int)
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        text = event.text()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if plain and text and text.isprintable() and not text.isspace():
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


class SearchListPage(QWidget):
    """`row_opened(code)` when a row is opened (double-click, Enter). Subclasses give
    `current_filter()` and may add widgets to `top` and `bottom`."""

    row_opened = Signal(str)

    def __init__(
        self,
        key: str,
        title: str,
        noun: tuple[str, str],  # ("customer", "customers")
        model: PagedTableModel[Any],
        *,
        placeholder: str,
        widths: Sequence[int],
        stretch: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}.list")
        self.noun = noun
        self.search = QLineEdit()
        self.search.setObjectName(f"{key}.search")
        self.search.setPlaceholderText(QCoreApplication.translate("list_page", placeholder))
        self.search.setClearButtonEnabled(True)
        self.model = model
        model.setParent(self)
        self.table = ListTable()
        self.table.setObjectName(f"{key}.table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self._open_row)
        self.table.typed.connect(self._type_into_search)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{key}.count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._open_first)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Down"), self.search, self._into_table)
        self.top = QHBoxLayout()
        self.top.addWidget(self.search, 1)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate("list_page", "<h2>{title}</h2>").format(
                    title=QCoreApplication.translate("list_page", title)
                )
            )
        )
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.bottom)

    def current_filter(self) -> object:
        raise NotImplementedError

    # As-you-type searching starts at this many characters (Enter searches any text at once):
    # a big shop's lists answer one or two letters with tens of thousands of matches.
    min_typed = 1

    def _typed(self, text: str) -> None:
        if 0 < len(text.strip()) < self.min_typed:
            self._timer.stop()
            self.count_label.setText(
                QCoreApplication.translate(
                    "list_page",
                    "Type {min_typed} characters to search as you type, or press Enter",
                ).format(min_typed=self.min_typed)
            )
            return
        self._timer.start()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self.show_count()

    def refresh(self) -> None:
        """Reload after a change (a saved or deactivated record)."""
        self.model.reload()
        self.show_count()

    def show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(counted(total, self.noun[0]))

    def selected_code(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.code_at(index.row()) if index.isValid() else None

    def _open_row(self, row: int) -> None:
        code = self.model.code_at(row)
        if code:
            self.row_opened.emit(code)

    def _open_first(self) -> None:
        """Enter in the search box: open the only match, or step into the list."""
        self.apply_filter()
        if self.model.total == 1:
            self._open_row(0)
        else:
            self._into_table()

    def _type_into_search(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)

    def _into_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, 0, QModelIndex()))
