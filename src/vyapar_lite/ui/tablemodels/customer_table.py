"""The customer list as a lazily loaded table over `services.customer_list` (see `paged_table`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import customer_list
from vyapar_lite.services.customer_list import CustomerFilter, CustomerRow
from vyapar_lite.ui.language import customer_name
from vyapar_lite.ui.sales.labels import label
from vyapar_lite.ui.tablemodels.paged_table import CODE_ROLE, RIGHT, PagedTableModel

__all__ = ["CODE_ROLE", "COLUMNS", "CustomerTableModel"]

COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("columns", "Code")),
    ("name", QT_TRANSLATE_NOOP("columns", "Name")),
    ("phone", QT_TRANSLATE_NOOP("columns", "Phone")),
    ("city", QT_TRANSLATE_NOOP("columns", "City")),
    ("customer_type", QT_TRANSLATE_NOOP("columns", "Type")),
    ("category", QT_TRANSLATE_NOOP("columns", "Category")),
    ("balance", QT_TRANSLATE_NOOP("columns", "Balance")),
    ("is_active", QT_TRANSLATE_NOOP("columns", "Status")),
)


class CustomerTableModel(PagedTableModel[CustomerRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            COLUMNS,
            customer_list.count,
            customer_list.page,
            CustomerFilter(),
            sort_key="name",
            parent=parent,
        )

    def display(self, row: CustomerRow, key: str) -> str:
        if key == "balance":
            if row.balance < 0:
                return QCoreApplication.translate("customer_table", "{amount} advance").format(
                    amount=format_money(-row.balance)
                )
            return format_money(row.balance)
        if key == "customer_type":
            return label(row.customer_type)
        if key == "is_active":
            return (
                QCoreApplication.translate("customer_table", "Active")
                if row.is_active
                else QCoreApplication.translate("customer_table", "Inactive")
            )
        if key == "name":
            return customer_name(row.name, row.code)
        return str(getattr(row, key))

    def row_data(self, row: CustomerRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "balance":
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.is_active:
                return QColor("#888888")
            if key == "balance" and row.balance < 0:
                return QColor("#1b6e20")  # an advance: the shop holds their money
        return None
