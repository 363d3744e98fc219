"""The expense voucher form: date, head (Rent, Wages, ... or the shop's own), amount, paid
from, description, and optionally the supplier's GST bill (GSTIN, bill number and date, taxable
value and tax at up to three rates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.expense import GST_RATES_BP, TaxAtRate, rate_text
from vyapar_lite.services import expenses
from vyapar_lite.ui.language import head_name
from vyapar_lite.ui.money.drawer import keep_or_select_drawer
from vyapar_lite.ui.money.money_form import MoneyForm, fill_accounts
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

RATE_ROWS = 3


class TaxRows(QWidget):
    """Taxable value, CGST, SGST and IGST at up to three rates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, header in enumerate(("Rate", "Taxable value", "CGST", "SGST", "IGST")):
            grid.addWidget(QLabel(header), 0, column)
        self.rows: list[tuple[QComboBox, MoneyEdit, MoneyEdit, MoneyEdit, MoneyEdit]] = []
        for n in range(RATE_ROWS):
            rate = QComboBox()
            rate.setObjectName(f"money.expense.rate{n}")
            for bp in GST_RATES_BP:
                rate.addItem(rate_text(bp), bp)
            rate.setCurrentIndex(GST_RATES_BP.index(1800))
            edits = tuple(MoneyEdit(f"{name} at row {n + 1}") for name in
                          ("taxable value", "cgst", "sgst", "igst"))  # fmt: skip
            for column, edit in enumerate(edits, start=1):
                edit.setObjectName(f"money.expense.{edit.field.split()[0]}{n}")
                grid.addWidget(edit, n + 1, column)
            grid.addWidget(rate, n + 1, 0)
            self.rows.append((rate, *edits))  # type: ignore[arg-type]

    def taxes(self) -> list[TaxAtRate]:
        found = []
        for rate, taxable, cgst, sgst, igst in self.rows:
            if any(e.text().strip() for e in (taxable, cgst, sgst, igst)):
                found.append(TaxAtRate(int(rate.currentData()), taxable.paise(), cgst.paise(),
                                       sgst.paise(), igst.paise()))  # fmt: skip
        return found

    def clear(self) -> None:
        for _rate, *edits in self.rows:
            for edit in edits:
                edit.clear()


class ExpenseForm(MoneyForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("expense", parent)
        self.expense_date = DateEdit()
        self.add("date", QCoreApplication.translate("expense_form", "Date"), self.expense_date)
        self.head = QComboBox()
        head_row = QWidget()
        row = QHBoxLayout(head_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.head, 1)
        self.new_head = QPushButton(QCoreApplication.translate("expense_form", "New head…"))
        self.new_head.setObjectName("money.expense.new_head")
        self.new_head.clicked.connect(self._add_head)
        row.addWidget(self.new_head)
        self.add("head", QCoreApplication.translate("expense_form", "Head"), head_row)
        self.head.setObjectName("money.expense.head_choice")
        self.amount = MoneyEdit("amount")
        self.add("amount", QCoreApplication.translate("expense_form", "Amount (₹)"), self.amount)
        self.account = QComboBox()
        self.add("paid from", QCoreApplication.translate("expense_form", "Paid from"), self.account)
        self.description = QLineEdit()
        self.description.setPlaceholderText(
            QCoreApplication.translate("expense_form", "e.g. May rent, Raju's wages")
        )
        self.add(
            "description",
            QCoreApplication.translate("expense_form", "Description"),
            self.description,
        )
        self.gst_bill = QCheckBox(
            QCoreApplication.translate(
                "expense_form", "A supplier's GST bill (for the accountant's input tax)"
            )
        )
        self.gst_bill.setObjectName("money.expense.gst_bill")
        self.form.addRow("", self.gst_bill)
        self.gstin = QLineEdit()
        self.gstin.setMaxLength(15)
        self.add(
            "supplier gstin",
            QCoreApplication.translate("expense_form", "Supplier GSTIN"),
            self.gstin,
        )
        self.supplier = QLineEdit()
        self.add(
            "supplier name", QCoreApplication.translate("expense_form", "Supplier"), self.supplier
        )
        self.bill_number = QLineEdit()
        self.add(
            "bill number",
            QCoreApplication.translate("expense_form", "Bill number"),
            self.bill_number,
        )
        self.bill_date = DateEdit(self.expense_date.date_value())
        self.add(
            "bill date", QCoreApplication.translate("expense_form", "Bill date"), self.bill_date
        )
        self.taxes = TaxRows()
        self.add(
            "taxable value", QCoreApplication.translate("expense_form", "Tax by rate"), self.taxes
        )
        self.gst_bill.toggled.connect(self._show_bill)
        self.expense_date.dateChanged.connect(
            self.bill_date.setDate
        )  # a bill is usually paid the day it comes
        self.refresh()
        self._show_bill(False)

    def refresh(self) -> None:
        """Heads and accounts as they are now (a head or an account may have been added)."""
        current = self.head.currentData()
        self.head.clear()
        for head in expenses.heads():  # the app's own heads in the screens' language
            self.head.addItem(head_name(head), head)
        if current:
            self.head.setCurrentIndex(max(self.head.findData(current), 0))
        chosen = self.account.currentData()
        fill_accounts(self.account)
        keep_or_select_drawer(self.account, chosen)  # else paid from this PC's cash drawer

    def _show_bill(self, on: bool) -> None:
        for field in (
            "supplier gstin",
            "supplier name",
            "bill number",
            "bill date",
            "taxable value",
        ):
            box = self.boxes[field]
            box.setVisible(on)
            label = self.form.labelForField(box)
            if label is not None:
                label.setVisible(on)

    def _add_head(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("expense_form", "New expense head"),
            QCoreApplication.translate("expense_form", "Name of the head:"),
        )
        if not ok:
            return
        try:
            added = expenses.add_head(name)
        except ValidationError as e:
            self.boxes["head"].set_error(str(e))
            return
        self.refresh()
        self.head.setCurrentIndex(max(self.head.findData(added), 0))

    def post(self) -> str:
        bill = None
        if self.gst_bill.isChecked():
            bill = expenses.GstBill(
                self.gstin.text(),
                self.bill_number.text(),
                self.bill_date.date_value(),
                self.supplier.text(),
                self.taxes.taxes(),
            )
        draft = expenses.ExpenseDraft(
            self.expense_date.date_value(),
            str(self.head.currentData() or self.head.currentText()),
            self.amount.paise(),
            int(self.account.currentData() or 0),
            self.description.text(),
            bill,
        )
        return expenses.post_expense(draft).number

    def clear(self) -> None:
        self.amount.clear()
        self.description.clear()
        self.gstin.clear()
        self.supplier.clear()
        self.bill_number.clear()
        self.taxes.clear()
        self.gst_bill.setChecked(False)
