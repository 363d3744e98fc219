"""The customer list: search as you type, filters, sorting, and keys to open or add a customer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import categories
from vyapar_lite.services.customer_list import CustomerFilter
from vyapar_lite.ui.list_page import ListTable, SearchListPage
from vyapar_lite.ui.sales.labels import label as word_label
from vyapar_lite.ui.tablemodels.customer_table import COLUMNS, CustomerTableModel

CustomerTable = ListTable  # Enter opens the selected customer; typing goes on with the search


class CustomerListPage(SearchListPage):
    """`open_customer(code)` asks to show a customer; `new_customer()` asks for the form."""

    open_customer = Signal(str)
    new_customer = Signal()
    min_typed = 3  # 1-2 letters match most of a big shop: search them on Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "customers",
            QT_TRANSLATE_NOOP("list_page", "Customers"),
            ("customer", "customers"),
            CustomerTableModel(),
            placeholder=QT_TRANSLATE_NOOP(
                "list_page", "Search code, name, phone or GSTIN: 3 letters, or Enter  (Ctrl+F)"
            ),
            widths=(80, 240, 110, 110, 90, 110, 130, 70),
            parent=parent,
        )
        self.row_opened.connect(self.open_customer)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("customers.filter.type")
        self.type_filter.addItem(QCoreApplication.translate("customer_list_page", "All types"), "")
        for kind in CUSTOMER_TYPES:
            self.type_filter.addItem(word_label(kind), kind)  # the app's words, translated
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("customers.filter.category")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("customers.filter.status")
        for label, value in (
            (QT_TRANSLATE_NOOP("filters", "Active"), "active"),
            (QT_TRANSLATE_NOOP("filters", "Inactive"), "inactive"),
            (QT_TRANSLATE_NOOP("filters", "All"), "all"),
        ):
            self.status_filter.addItem(QCoreApplication.translate("filters", label), value)
        self.dues_filter = QCheckBox(QCoreApplication.translate("customer_list_page", "Has dues"))
        self.dues_filter.setObjectName("customers.filter.dues")
        self.new_button = QPushButton(
            QCoreApplication.translate("customer_list_page", "New customer")
        )
        self.new_button.setObjectName("customers.new")
        self.new_button.setToolTip(QCoreApplication.translate("customer_list_page", "Ctrl+N"))
        self.new_button.clicked.connect(self.new_customer)
        self.import_button = QPushButton(
            QCoreApplication.translate("customer_list_page", "Import…")
        )
        self.import_button.setObjectName("customers.import")
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "customer_list_page", "Add customers from an Excel file (template: customers.xlsx)"
            )
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("customer_list_page", "Export…")
        )
        self.export_button.setObjectName("customers.export")
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "customer_list_page", "Write every customer to an Excel file"
            )
        )
        for combo in (self.type_filter, self.category_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.dues_filter.toggled.connect(self.apply_filter)
        for widget in (
            self.type_filter,
            self.category_filter,
            self.status_filter,
            self.dues_filter,
            self.new_button,
        ):
            self.top.addWidget(widget)
        self.bottom.addWidget(self.import_button)
        self.bottom.addWidget(self.export_button)
        self.reload_categories()
        self.show_count()

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            search=self.search.text(),
            customer_type=str(self.type_filter.currentData() or ""),
            category=str(self.category_filter.currentData() or ""),
            status=str(self.status_filter.currentData() or "active"),
            has_dues=self.dues_filter.isChecked(),
        )

    def refresh(self) -> None:
        """Reload after a change (a saved or deactivated customer)."""
        self.reload_categories()
        super().refresh()

    def reload_categories(self) -> None:
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(
            QCoreApplication.translate("customer_list_page", "All categories"), ""
        )
        for category in categories.list_categories():
            self.category_filter.addItem(category.name, category.name)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))
        self.category_filter.blockSignals(False)


__all__ = ["COLUMNS", "CustomerListPage", "CustomerTable"]
