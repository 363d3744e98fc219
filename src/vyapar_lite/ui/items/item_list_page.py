"""The item list: search as you type, active/inactive and low-stock filters, sorting, and the
buttons for a new item, stock, deactivating, and Excel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.item_list import ItemFilter
from vyapar_lite.ui.list_page import SearchListPage
from vyapar_lite.ui.tablemodels.item_table import ItemTableModel


class ItemListPage(SearchListPage):
    """`open_item(code)` asks for an item's form; `new_item()` for a new one; `adjust_stock(code)`
    and `toggle_active(code)` act on the selected item."""

    open_item = Signal(str)
    new_item = Signal()
    adjust_stock = Signal(str)
    toggle_active = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "items",
            QT_TRANSLATE_NOOP("list_page", "Items"),
            ("item", "items"),
            ItemTableModel(),
            placeholder=QT_TRANSLATE_NOOP("list_page", "Search code, name or HSN/SAC…  (Ctrl+F)"),
            widths=(90, 260, 90, 60, 130, 60, 110, 70),
            parent=parent,
        )
        self.row_opened.connect(self.open_item)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("items.filter.status")
        for label, value in (
            (QT_TRANSLATE_NOOP("filters", "Active"), "active"),
            (QT_TRANSLATE_NOOP("filters", "Inactive"), "inactive"),
            (QT_TRANSLATE_NOOP("filters", "All"), "all"),
        ):
            self.status_filter.addItem(QCoreApplication.translate("filters", label), value)
        self.low_filter = QCheckBox(QCoreApplication.translate("item_list_page", "Low stock"))
        self.low_filter.setObjectName("items.filter.low")
        self.low_filter.setToolTip(
            QCoreApplication.translate(
                "item_list_page", "Only items at or below their low-stock level"
            )
        )
        self.new_button = QPushButton(QCoreApplication.translate("item_list_page", "New item"))
        self.new_button.setObjectName("items.new")
        self.new_button.setToolTip(QCoreApplication.translate("item_list_page", "Ctrl+N"))
        self.new_button.clicked.connect(self.new_item)
        self.stock_button = QPushButton(
            QCoreApplication.translate("item_list_page", "Adjust stock…")
        )
        self.stock_button.setObjectName("items.stock")
        self.stock_button.setToolTip(
            QCoreApplication.translate(
                "item_list_page", "Opening stock, or a correction after counting"
            )
        )
        self.active_button = QPushButton(
            QCoreApplication.translate("item_list_page", "Deactivate…")
        )
        self.active_button.setObjectName("items.active")
        self.import_button = QPushButton(QCoreApplication.translate("item_list_page", "Import…"))
        self.import_button.setObjectName("items.import")
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "item_list_page", "Add items from an Excel file (template: items.xlsx)"
            )
        )
        self.export_button = QPushButton(QCoreApplication.translate("item_list_page", "Export…"))
        self.export_button.setObjectName("items.export")
        self.export_button.setToolTip(
            QCoreApplication.translate("item_list_page", "Write every item to an Excel file")
        )
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.low_filter.toggled.connect(self.apply_filter)
        for widget in (self.status_filter, self.low_filter, self.new_button):
            self.top.addWidget(widget)
        for widget in (self.stock_button, self.active_button, self.import_button):
            self.bottom.addWidget(widget)
        self.bottom.addWidget(self.export_button)
        self.stock_button.clicked.connect(lambda: self._on_selected(self.adjust_stock))
        self.active_button.clicked.connect(lambda: self._on_selected(self.toggle_active))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.show_count()
        self._selection_changed()

    def current_filter(self) -> ItemFilter:
        return ItemFilter(
            search=self.search.text(),
            status=str(self.status_filter.currentData() or "active"),
            low_stock=self.low_filter.isChecked(),
        )

    def _on_selected(self, signal: SignalInstance) -> None:
        code = self.selected_code()
        if code:
            signal.emit(code)

    def _selection_changed(self) -> None:
        """Stock only for items that track it; Deactivate or Reactivate as the item is."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.stock_button.setEnabled(row is not None and row.stock_milli is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            QCoreApplication.translate("item_list_page", "Reactivate")
            if row and not row.is_active
            else QCoreApplication.translate("item_list_page", "Deactivate…")
        )
