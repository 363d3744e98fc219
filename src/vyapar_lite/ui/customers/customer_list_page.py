"""The customer list: search as you type, filters, sorting, and keys to open or add a customer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.services import categories
from vyapar_lite.services.customer_list import CustomerFilter
from vyapar_lite.ui.tablemodels.customer_table import COLUMNS, CustomerTableModel

SEARCH_DELAY_MS = 120  # wait for a pause in typing before asking the database


class CustomerTable(QTableView):
    """Enter opens the selected customer; typing letters goes on with the search."""

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


class CustomerListPage(QWidget):
    """`open_customer(code)` asks to show a customer; `new_customer()` asks for the form."""

    open_customer = Signal(str)
    new_customer = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customers.list")
        self.search = QLineEdit()
        self.search.setObjectName("customers.search")
        self.search.setPlaceholderText("Search code, name, phone or GSTIN…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("customers.filter.type")
        self.type_filter.addItem("All types", "")
        for kind in CUSTOMER_TYPES:
            self.type_filter.addItem(kind, kind)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("customers.filter.category")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("customers.filter.status")
        for label, value in (("Active", "active"), ("Inactive", "inactive"), ("All", "all")):
            self.status_filter.addItem(label, value)
        self.dues_filter = QCheckBox("Has dues")
        self.dues_filter.setObjectName("customers.filter.dues")
        self.new_button = QPushButton("New customer")
        self.new_button.setObjectName("customers.new")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_customer)
        self.import_button = QPushButton("Import…")
        self.import_button.setObjectName("customers.import")
        self.import_button.setToolTip("Add customers from an Excel file (template: customers.xlsx)")
        self.export_button = QPushButton("Export…")
        self.export_button.setObjectName("customers.export")
        self.export_button.setToolTip("Write every customer to an Excel file")
        self.model = CustomerTableModel(self)
        self.table = CustomerTable()
        self.table.setObjectName("customers.table")
        self.table.setModel(self.model)
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
        for column, width in enumerate((80, 240, 110, 110, 90, 110, 130, 70)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self._open_row)
        self.table.typed.connect(self._type_into_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("customers.count")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.type_filter, self.category_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.dues_filter.toggled.connect(self.apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Down"), self.search, self._into_table)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.type_filter)
        top.addWidget(self.category_filter)
        top.addWidget(self.status_filter)
        top.addWidget(self.dues_filter)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Customers</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self.reload_categories()
        self._show_count()

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            search=self.search.text(),
            customer_type=str(self.type_filter.currentData() or ""),
            category=str(self.category_filter.currentData() or ""),
            status=str(self.status_filter.currentData() or "active"),
            has_dues=self.dues_filter.isChecked(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()

    def refresh(self) -> None:
        """Reload after a change (a saved or deactivated customer)."""
        self.reload_categories()
        self.model.reload()
        self._show_count()

    def reload_categories(self) -> None:
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem("All categories", "")
        for category in categories.list_categories():
            self.category_filter.addItem(category.name, category.name)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(f"{total:,} customer{'s' if total != 1 else ''}")

    def _open_row(self, row: int) -> None:
        code = self.model.code_at(row)
        if code:
            self.open_customer.emit(code)

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


__all__ = ["COLUMNS", "CustomerListPage"]
