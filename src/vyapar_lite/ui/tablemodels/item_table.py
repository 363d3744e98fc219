"""The item list as a lazily loaded table over `services.item_list` (see `paged_table`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import item_list
from vyapar_lite.services.item_list import ItemFilter, ItemRow
from vyapar_lite.ui.tablemodels.paged_table import RIGHT, PagedTableModel

COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("columns", "Code")),
    ("name", QT_TRANSLATE_NOOP("columns", "Name")),
    ("hsn_sac", QT_TRANSLATE_NOOP("columns", "HSN/SAC")),
    ("unit", QT_TRANSLATE_NOOP("columns", "Unit")),
    ("sale_price", QT_TRANSLATE_NOOP("columns", "Price")),
    ("gst_rate_bp", QT_TRANSLATE_NOOP("columns", "GST")),
    ("stock", QT_TRANSLATE_NOOP("columns", "Stock")),
    ("is_active", QT_TRANSLATE_NOOP("columns", "Status")),
)
_NUMBERS = {"sale_price", "gst_rate_bp", "stock"}
LOW_COLOUR = QColor("#b00020")


class ItemTableModel(PagedTableModel[ItemRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            COLUMNS, item_list.count, item_list.page, ItemFilter(), sort_key="name", parent=parent
        )

    def display(self, row: ItemRow, key: str) -> str:
        if key == "sale_price":
            if row.price_includes_tax:
                return QCoreApplication.translate("item_table", "{price} incl. tax").format(
                    price=format_money(row.sale_price)
                )
            return format_money(row.sale_price)
        if key == "gst_rate_bp":
            return format_rate(row.gst_rate_bp)
        if key == "stock":
            if row.stock_milli is None:
                return "—"
            low = " " + QCoreApplication.translate("item_table", "low") if row.low else ""
            return format_qty(row.stock_milli) + low
        if key == "is_active":
            return (
                QCoreApplication.translate("item_table", "Active")
                if row.is_active
                else QCoreApplication.translate("item_table", "Inactive")
            )
        return str(getattr(row, key))

    def row_data(self, row: ItemRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.is_active:
                return QColor("#888888")
            if key == "stock" and row.low:
                return LOW_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and key == "stock" and row.low:
            return QCoreApplication.translate(
                "item_table", "At or below the low-stock level ({level})"
            ).format(level=format_qty(row.low_stock_milli, row.unit))
        return None
