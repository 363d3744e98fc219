"""The Items screen: the list, with the item form, the stock dialog and Excel over it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QVBoxLayout, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import items
from vyapar_lite.ui.excel_transfer import ExcelTransfer
from vyapar_lite.ui.items.item_excel import ITEMS
from vyapar_lite.ui.items.item_form import ItemForm
from vyapar_lite.ui.items.item_list_page import ItemListPage
from vyapar_lite.ui.items.stock_dialog import StockDialog


class ItemsScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.items")
        self.list_page = ItemListPage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        self.list_page.open_item.connect(self.edit_item)
        self.list_page.new_item.connect(self.new_item)
        self.list_page.adjust_stock.connect(self.adjust_stock)
        self.list_page.toggle_active.connect(self.toggle_active)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_item)
        self.excel = ExcelTransfer(ITEMS, self)
        self.list_page.import_button.clicked.connect(self.excel.choose_and_import)
        self.list_page.export_button.clicked.connect(self.excel.choose_and_export)
        self.excel.imported.connect(lambda _result: self.list_page.refresh())

    def showEvent(self, event: QShowEvent) -> None:
        """Stock moves with every sale and return: show today's figures each time."""
        self.list_page.refresh()
        super().showEvent(event)

    def new_item(self) -> ItemForm:
        form = ItemForm(parent=self)
        form.saved.connect(self._changed)
        form.open()
        return form

    def edit_item(self, code: str) -> ItemForm:
        form = ItemForm(code, parent=self)
        form.saved.connect(self._changed)
        form.open()
        return form

    def show_kept(self, kind: str, payload: dict[str, Any]) -> bool:
        """Show an item form kept from the last session (a new item, or changes to one)."""
        return kind == "item" and ItemForm.reopen(payload, self.new_item, self.edit_item)

    def adjust_stock(self, code: str) -> StockDialog:
        dialog = StockDialog(code, parent=self)
        dialog.saved.connect(self._changed)
        dialog.open()
        return dialog

    def toggle_active(self, code: str) -> None:
        record = items.get_item(code)
        try:
            if record.is_active:
                reason, ok = QInputDialog.getText(
                    self,
                    QCoreApplication.translate("items_screen", "Deactivate item"),
                    QCoreApplication.translate(
                        "items_screen",
                        "{name} will be hidden from new invoices and kept on old ones and "
                        "in reports.\nReason (optional):",
                    ).format(name=record.details.name),
                )
                if not ok:
                    return
                items.set_active(code, False, reason=reason)
            else:
                items.set_active(code, True)
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("items_screen", "Not changed"), str(exc)
            )
            return
        self.list_page.refresh()

    def _changed(self, _code: str) -> None:
        self.list_page.refresh()
