"""One customer's page: who they are, what they owe, their postings, file and change history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain import audit_words, gst
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import customer_history, customers
from vyapar_lite.services.customers import CustomerAccount
from vyapar_lite.ui.audit.audit_screen import audit_word
from vyapar_lite.ui.customers.customer_file_tab import CustomerFileTab
from vyapar_lite.ui.customers.opening_bills_dialog import OpeningBillsDialog
from vyapar_lite.ui.customers.reminder_dialog import ReminderDialog
from vyapar_lite.ui.language import customer_name, stored_text
from vyapar_lite.ui.payments.supplier_panel import SupplierSidePanel
from vyapar_lite.ui.reports.background import last_folder, remember_folder, start_task
from vyapar_lite.ui.sales.customer_documents import CustomerDocumentsTab
from vyapar_lite.ui.sales.labels import balance_text
from vyapar_lite.ui.sales.labels import label as word_label

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CustomerPage(QWidget):
    """Signals: `back` to the list, `edit_requested(code)` for the form, `changed` after edits,
    `statement_requested(code)` for the customer's account statement (on the Reports screen)."""

    back = Signal()
    statement_requested = Signal(str)
    edit_requested = Signal(str)
    changed = Signal()

    data_exported = Signal(Path)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_reminders: Callable[[Sequence[str]], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customers.page")
        self.account: CustomerAccount | None = None
        self.open_reminders = open_reminders or self._reminder_dialog
        self.last_message = ""
        self.back_button = QPushButton(QCoreApplication.translate("customer_page", "← Customers"))
        self.back_button.setObjectName("customer.back")
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("customer.title")
        self.edit_button = QPushButton(QCoreApplication.translate("customer_page", "Edit…"))
        self.edit_button.setObjectName("customer.edit")
        self.edit_button.setToolTip(QCoreApplication.translate("customer_page", "F2"))
        self.edit_button.clicked.connect(self._edit)
        self.statement_button = QPushButton(
            QCoreApplication.translate("customer_page", "Account statement")
        )
        self.statement_button.setObjectName("customer.statement")
        self.statement_button.setToolTip(
            QCoreApplication.translate(
                "customer_page", "This customer's statement, to print or send as a PDF"
            )
        )
        self.statement_button.clicked.connect(self._statement)
        self.remind_button = QPushButton(
            QCoreApplication.translate("customer_page", "Send reminder…")
        )
        self.remind_button.setObjectName("customer.remind")
        self.remind_button.setToolTip(
            QCoreApplication.translate(
                "customer_page", "A payment or win-back message by WhatsApp, e-mail or copy"
            )
        )
        self.remind_button.clicked.connect(self._remind)
        self.opening_button = QPushButton(
            QCoreApplication.translate("customer_page", "Opening bills…")
        )
        self.opening_button.setObjectName("customer.opening_bills")
        self.opening_button.setToolTip(
            QCoreApplication.translate(
                "customer_page",
                "What this customer owed (bill by bill) or had paid ahead before the shop used "
                "the app",
            )
        )
        self.opening_button.clicked.connect(self.open_opening_bills)
        self.opening_dialog: OpeningBillsDialog | None = None
        self.data_button = QPushButton(
            QCoreApplication.translate("customer_page", "Export customer's data…")
        )
        self.data_button.setObjectName("customer.export_data")
        self.data_button.setToolTip(
            QCoreApplication.translate(
                "customer_page",
                "Everything the shop holds on this customer, in one Excel workbook (if they ask)",
            )
        )
        self.data_button.clicked.connect(self._choose_data_file)
        self.active_button = QPushButton()
        self.active_button.setObjectName("customer.active")
        self.active_button.clicked.connect(self._toggle_active)
        QShortcut(QKeySequence("F2"), self, self._edit)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.statement_button)
        top.addWidget(self.remind_button)
        top.addWidget(self.opening_button)
        top.addWidget(self.data_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.active_button)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        left = (
            QT_TRANSLATE_NOOP("customer_page", "Type"),
            QT_TRANSLATE_NOOP("customer_page", "Category"),
            QT_TRANSLATE_NOOP("customer_page", "Phone"),
            QT_TRANSLATE_NOOP("customer_page", "E-mail"),
            QT_TRANSLATE_NOOP("customer_page", "GSTIN"),
            QT_TRANSLATE_NOOP("customer_page", "State"),
            QT_TRANSLATE_NOOP("customer_page", "City"),
        )
        right = (
            QT_TRANSLATE_NOOP("customer_page", "Balance"),
            QT_TRANSLATE_NOOP("customer_page", "Credit limit"),
            QT_TRANSLATE_NOOP("customer_page", "Credit available"),
            QT_TRANSLATE_NOOP("customer_page", "Payment terms"),
            QT_TRANSLATE_NOOP("customer_page", "Loyalty points"),
        )
        for column, names in ((0, left), (2, right)):
            for row, name in enumerate(names):
                value = QLabel()
                value.setObjectName(f"customer.fact.{name}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts[name] = value
                caption = QCoreApplication.translate("customer_page", "{fact}:").format(
                    fact=QCoreApplication.translate("customer_page", name)
                )
                grid.addWidget(QLabel(caption), row, column)
                grid.addWidget(value, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.supplier_side = SupplierSidePanel()  # shown for a customer who is also a supplier
        self.supplier_side.changed.connect(self.refresh)
        self.supplier_side.changed.connect(self.changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customer.tabs")
        self.ledger_table = _table(
            (
                QT_TRANSLATE_NOOP("customer_page", "Date"),
                QT_TRANSLATE_NOOP("customer_page", "Type"),
                QT_TRANSLATE_NOOP("customer_page", "Number"),
                QT_TRANSLATE_NOOP("customer_page", "Description"),
                QT_TRANSLATE_NOOP("customer_page", "Debit"),
                QT_TRANSLATE_NOOP("customer_page", "Credit"),
                QT_TRANSLATE_NOOP("customer_page", "Balance"),
            ),
            stretch=3,
        )
        self.ledger_table.setObjectName("customer.ledger")
        self.file_tab = CustomerFileTab()
        self.file_tab.changed.connect(self.changed)
        self.history_table = _table(
            (
                QT_TRANSLATE_NOOP("customer_page", "When"),
                QT_TRANSLATE_NOOP("customer_page", "Change"),
                QT_TRANSLATE_NOOP("customer_page", "Field"),
                QT_TRANSLATE_NOOP("customer_page", "Before"),
                QT_TRANSLATE_NOOP("customer_page", "After"),
                QT_TRANSLATE_NOOP("customer_page", "Note"),
            ),
            stretch=5,
        )
        self.history_table.setObjectName("customer.history")
        self.documents_tab = CustomerDocumentsTab()
        self.documents_tab.changed.connect(self.refresh)
        self.documents_tab.changed.connect(self.changed)
        self.tabs.addTab(
            self.documents_tab, QCoreApplication.translate("customer_page", "&Transactions")
        )
        self.tabs.addTab(self.ledger_table, QCoreApplication.translate("customer_page", "&Ledger"))
        self.tabs.addTab(self.file_tab, QCoreApplication.translate("customer_page", "&File"))
        self.tabs.addTab(
            self.history_table, QCoreApplication.translate("customer_page", "Change &history")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.supplier_side)
        layout.addWidget(self.tabs, 1)

    def show_customer(self, code: str) -> None:
        self.account = customers.get_customer(code)
        self.refresh()

    def refresh(self) -> None:
        if self.account is None:
            return
        account = self.account = customers.get_customer(self.account.code)
        d = account.details
        status = "" if account.is_active else "  <span style='color:#b00020'>(inactive)</span>"
        self.title.setText(
            QCoreApplication.translate("customer_page", "<h2>{code} · {name}{status}</h2>").format(
                code=account.code, name=customer_name(d.name, account.code), status=status
            )
        )
        state = gst.state_name(d.state_code) if d.state_code else ""
        limit = d.credit_limit
        self.facts["Type"].setText(word_label(d.customer_type))
        self.facts["Category"].setText(d.category or "—")
        self.facts["Phone"].setText(" / ".join(p for p in (d.phone, d.alt_phone) if p) or "—")
        self.facts["E-mail"].setText(d.email or "—")
        self.facts["GSTIN"].setText(
            d.gstin or QCoreApplication.translate("customer_page", "Unregistered")
        )
        self.facts["State"].setText(f"{d.state_code} {state}" if state else "—")
        self.facts["City"].setText(" ".join(p for p in (d.city, d.pin_code) if p) or "—")
        self.facts["Balance"].setText(
            QCoreApplication.translate("customer_page", "<b>{0}</b>").format(
                balance_text(account.balance)
            )
        )
        self.facts["Credit limit"].setText(
            format_money(limit)
            if limit
            else QCoreApplication.translate("customer_page", "No credit limit")
        )
        available = limit - account.balance
        self.facts["Credit available"].setText(
            "—"
            if not limit
            else format_money(available)
            if available >= 0
            else QCoreApplication.translate(
                "customer_page", "<span style='color:#b00020'>Over the limit by {0}</span>"
            ).format(format_money(-available))
        )
        self.facts["Payment terms"].setText(
            QCoreApplication.translate("customer_page", "{payment_terms_days} days").format(
                payment_terms_days=d.payment_terms_days
            )
            if d.payment_terms_days
            else QCoreApplication.translate("customer_page", "Due on the invoice date")
        )
        self.facts["Loyalty points"].setText(f"{account.loyalty_points:,}")
        self.edit_button.setEnabled(True)
        self.active_button.setText(
            QCoreApplication.translate("customer_page", "Reactivate")
            if not account.is_active
            else QCoreApplication.translate("customer_page", "Deactivate…")
        )
        self.active_button.setEnabled(not account.is_cash)
        self.remind_button.setEnabled(not account.is_cash)
        self.opening_button.setEnabled(not account.is_cash)
        self.supplier_side.show_customer(account)
        self._fill_ledger(account.code)
        self.documents_tab.show_customer(account.code)
        self._fill_history(account.code)
        self.file_tab.show_customer(account.code)

    def _fill_ledger(self, code: str) -> None:
        lines = customer_history.ledger(code)
        self.ledger_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                line.entry_date.strftime("%d-%m-%Y"),
                customer_history.KIND_LABELS.get(line.kind, line.kind.title()),
                line.doc_number,
                stored_text(line.description),
                format_money(line.debit, symbol=False) if line.debit else "",
                format_money(line.credit, symbol=False) if line.credit else "",
                balance_text(line.balance),
            )
            _fill_row(self.ledger_table, row, cells, money_from=4)

    def _fill_history(self, code: str) -> None:
        rows: list[tuple[str, ...]] = []
        for change in customer_history.changes(code):
            when = change.at.strftime("%d-%m-%Y %H:%M")
            label = f"{_stored_word(change.action)} {_stored_word(change.record_type)}"
            after = change.after or {}
            before = change.before or {}
            fields = sorted(set(after) | set(before)) or [""]
            if change.action == "create":
                fields = [""]
            for field in fields:
                rows.append(
                    (
                        when,
                        label,
                        audit_word(audit_words.label(field)) if field else "",
                        _plain(before, field),
                        _plain(after, field),
                        stored_text(change.note),
                    )
                )
        self.history_table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            _fill_row(self.history_table, row, cells, money_from=99)

    def _edit(self) -> None:
        if self.account is not None:
            self.edit_requested.emit(self.account.code)

    def _statement(self) -> None:
        if self.account is not None:
            self.statement_requested.emit(self.account.code)

    def _remind(self) -> None:
        if self.account is not None and not self.account.is_cash:
            self.open_reminders([self.account.code])

    def open_opening_bills(self) -> OpeningBillsDialog | None:
        """The Opening bills dialog for this customer (window-modal); the page shows the new
        balance once it is saved."""
        if self.account is None or self.account.is_cash:
            return None
        dialog = self.opening_dialog = OpeningBillsDialog(self.account, parent=self)
        dialog.saved.connect(lambda _items: self.refresh())
        dialog.open()
        return dialog

    def _reminder_dialog(self, codes: Sequence[str]) -> None:
        dialog = ReminderDialog(codes, parent=self)
        dialog.sent.connect(lambda _sent: self.file_tab.reload())
        dialog.exec()

    def data_file_name(self) -> str:
        """The suggested workbook name: the customer's code and name, and today's date."""
        if self.account is None:
            return "Customer data.xlsx"
        name = "".join(ch for ch in self.account.details.name if ch.isalnum() or ch in " .-_")
        return f"{self.account.code} {name.strip()} data {date.today():%d-%m-%Y}.xlsx"

    def _choose_data_file(self) -> None:
        if self.account is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("customer_page", "Export the customer's data to Excel"),
            str(last_folder() / self.data_file_name()),
            "Excel workbook (*.xlsx)",
        )
        if name:
            self.export_data(Path(name))

    def export_data(self, path: Path) -> None:
        """Write everything held on the customer to `path`, off the UI thread."""
        if self.account is None:
            return
        from vyapar_lite.exports.customer_data import export_customer_data
        from vyapar_lite.services.customer_data import customer_data

        code = self.account.code
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        remember_folder(path)
        start_task(
            self,
            QCoreApplication.translate("customer_page", "Exporting {code}'s data").format(
                code=code
            ),
            lambda _progress: (path, export_customer_data(path, customer_data(code))),
            succeeded=self._data_exported,
            failed=lambda message: self._tell(
                QCoreApplication.translate("customer_page", "Export failed"), message
            ),
        )

    def _data_exported(self, answer: tuple[Path, int]) -> None:
        path, count = answer
        self._tell(
            QCoreApplication.translate("customer_page", "Export finished"),
            QCoreApplication.translate(
                "customer_page", "{count:,} records written to {path}."
            ).format(count=count, path=path),
        )
        self.data_exported.emit(path)

    def _tell(self, title: str, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self)
        box.setObjectName("customer.notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _toggle_active(self) -> None:
        account = self.account
        if account is None:
            return
        try:
            if account.is_active:
                reason, ok = QInputDialog.getText(
                    self,
                    QCoreApplication.translate("customer_page", "Deactivate customer"),
                    QCoreApplication.translate(
                        "customer_page",
                        "{name} will be hidden from pickers and kept in reports.\nReason "
                        "(optional):",
                    ).format(name=account.details.name),
                )
                if not ok:
                    return
                customers.set_active(account.code, False, reason=reason)
            else:
                customers.set_active(account.code, True)
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("customer_page", "Not changed"), str(exc)
            )
            return
        self.refresh()
        self.changed.emit()


def _table(headers: tuple[str, ...], *, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("customer_page", header) for header in headers]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill_row(table: QTableWidget, row: int, cells: tuple[str, ...], *, money_from: int) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column >= money_from:
            item.setTextAlignment(_RIGHT)
        table.setItem(row, column, item)


def _plain(values: dict[str, Any], field: str) -> str:
    """A field's value in shop language and the screens' language, as the Audit screen shows
    it ("" when not set)."""
    if not field or values.get(field) is None:
        return ""
    return audit_words.value_text(field, values[field], audit_word)


def _stored_word(stored: str) -> str:
    """An audit row's action or record type in the screens' language ("post sales doc" in
    English, as stored but for the underscores)."""
    shown = audit_word(stored)
    return shown.replace("_", " ") if shown == stored else shown
