"""Money accounts: every account with its balance, adding a bank account or a Cash counter,
which account each payment mode's money reaches, and moving what "Bank (not yet set)" holds to
a real bank in bulk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import money_accounts, money_setup
from vyapar_lite.services.money_accounts import MODE_WORDS
from vyapar_lite.ui.language import said, stored_text
from vyapar_lite.ui.money.account_names import shown_label
from vyapar_lite.ui.money.money_form import MoneyForm, fill_accounts
from vyapar_lite.ui.sales.labels import mode_label
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class NewAccountForm(MoneyForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("account", parent)
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("accounts_panel", "Bank account"), "bank")
        self.kind.addItem(QCoreApplication.translate("accounts_panel", "Cash counter"), "cash")
        self.add("kind", QCoreApplication.translate("accounts_panel", "Kind"), self.kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            QCoreApplication.translate("accounts_panel", "e.g. SBI current account")
        )
        self.add("name", QCoreApplication.translate("accounts_panel", "Name"), self.name)
        self.digits = QLineEdit()
        self.digits.setMaxLength(6)
        self.add(
            "account digits",
            QCoreApplication.translate("accounts_panel", "Account no. (last digits)"),
            self.digits,
        )
        self.ifsc = QLineEdit()
        self.ifsc.setMaxLength(11)
        self.add("ifsc", QCoreApplication.translate("accounts_panel", "IFSC"), self.ifsc)
        self.opening = MoneyEdit("opening balance")
        self.add(
            "opening balance",
            QCoreApplication.translate("accounts_panel", "Opening balance (₹)"),
            self.opening,
        )
        self.opening_date = DateEdit()
        self.add(
            "opening date", QCoreApplication.translate("accounts_panel", "As of"), self.opening_date
        )
        self.save_button.setText(QCoreApplication.translate("accounts_panel", "Add account"))
        self.kind.currentIndexChanged.connect(self._bank_fields)

    def _bank_fields(self, _index: int) -> None:
        """A Cash counter has no account number or IFSC."""
        bank = self.kind.currentData() == "bank"
        for field in ("account digits", "ifsc"):
            box = self.boxes[field]
            box.setVisible(bank)
            label = self.form.labelForField(box)
            if label is not None:
                label.setVisible(bank)

    def post(self) -> str:
        opening = self.opening.paise()
        account = money_setup.add_account(
            money_setup.NewAccount(
                self.name.text(),
                str(self.kind.currentData()),
                self.digits.text(),
                self.ifsc.text(),
                opening,
                self.opening_date.date_value() if opening else None,
            )
        )
        return account.name

    def clear(self) -> None:
        for edit in (self.name, self.digits, self.ifsc, self.opening):
            edit.clear()


class AccountsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("money.accounts")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("money.accounts.table")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("accounts_panel", "Account"),
                QCoreApplication.translate("accounts_panel", "Kind"),
                QCoreApplication.translate("accounts_panel", "IFSC"),
                QCoreApplication.translate("accounts_panel", "Balance"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.new_account = NewAccountForm()
        self.new_account.posted.connect(lambda _n: self.refresh())
        self.modes: dict[str, QComboBox] = {}
        modes_box = QGroupBox(
            QCoreApplication.translate("accounts_panel", "Where each mode's money goes")
        )
        modes_form = QFormLayout(modes_box)
        for mode in MODE_WORDS:
            combo = QComboBox()
            combo.setObjectName(f"money.mode.{mode}")
            combo.activated.connect(lambda _i, m=mode: self._set_mode(m))
            self.modes[mode] = combo
            modes_form.addRow(mode_label(mode), combo)
        self.mode_message = QLabel()
        self.mode_message.setObjectName("money.mode.message")
        modes_form.addRow("", self.mode_message)
        move_box = QGroupBox(
            QCoreApplication.translate("accounts_panel", 'Move what "Bank (not yet set)" holds')
        )
        move = QVBoxLayout(move_box)
        self.unset = QTableWidget(0, 4)
        self.unset.setObjectName("money.unset.table")
        self.unset.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("accounts_panel", "Date"),
                QCoreApplication.translate("accounts_panel", "Document"),
                QCoreApplication.translate("accounts_panel", "Particulars"),
                QCoreApplication.translate("accounts_panel", "Amount"),
            ]
        )
        self.unset.horizontalHeader().setStretchLastSection(True)
        self.unset.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        move.addWidget(self.unset)
        row = QHBoxLayout()
        self.tick_all = QPushButton(QCoreApplication.translate("accounts_panel", "Tick all"))
        self.tick_all.clicked.connect(lambda: self._tick(checked=True))
        self.target = QComboBox()
        self.target.setObjectName("money.unset.target")
        self.target.setMinimumWidth(240)
        self.move_button = QPushButton(
            QCoreApplication.translate("accounts_panel", "Move ticked to")
        )
        self.move_button.setObjectName("money.unset.move")
        self.move_button.clicked.connect(self.move_ticked)
        row.addWidget(self.tick_all)
        row.addStretch(1)
        row.addWidget(self.move_button)
        row.addWidget(self.target)
        move.addLayout(row)
        self.move_message = QLabel()
        self.move_message.setObjectName("money.unset.message")
        move.addWidget(self.move_message)
        opening_box = QGroupBox(QCoreApplication.translate("accounts_panel", "Opening balance"))
        opening = QHBoxLayout(opening_box)
        self.opening_account = QComboBox()
        self.opening_account.setObjectName("money.opening.account")
        self.opening_amount = MoneyEdit("opening balance")
        self.opening_amount.setObjectName("money.opening.amount")
        self.opening_amount.setMinimumWidth(110)  # it was squeezed to "0..." beside the date
        self.opening_date = DateEdit()
        self.opening_button = QPushButton(QCoreApplication.translate("accounts_panel", "Set"))
        self.opening_button.setObjectName("money.opening.set")
        self.opening_button.clicked.connect(self.set_opening)
        as_of = QLabel(QCoreApplication.translate("accounts_panel", "as of"))
        for widget in (self.opening_account, self.opening_amount, as_of,
                       self.opening_date, self.opening_button):  # fmt: skip
            opening.addWidget(widget)
        self.opening_message = QLabel()
        self.opening_message.setObjectName("money.opening.message")
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(opening_box)
        left.addWidget(self.opening_message)
        left.addWidget(modes_box)
        right = QVBoxLayout()
        right.addWidget(self.new_account)
        right.addWidget(move_box, 1)
        outer = QHBoxLayout(self)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = money_accounts.balances()
        self.table.setRowCount(len(rows))
        for n, b in enumerate(rows):
            a = b.account
            values = [
                shown_label(a),
                QCoreApplication.translate("accounts_panel", "Cash")
                if a.kind == "cash"
                else QCoreApplication.translate("accounts_panel", "Bank"),
                a.ifsc,
                format_money(b.balance),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, column, item)
        self.table.resizeColumnsToContents()
        fill_accounts(self.opening_account)
        current = money_setup.mode_accounts()
        for mode, combo in self.modes.items():
            fill_accounts(combo, kind="cash" if mode == "cash" else "bank")
            index = combo.findData(current.get(mode))
            combo.setCurrentIndex(max(index, 0))
        self.target.clear()
        for account in money_accounts.accounts(kind="bank"):
            if not account.placeholder:
                self.target.addItem(shown_label(account), account.id)
        entries = money_setup.unset_entries()
        self.unset.setRowCount(len(entries))
        for n, e in enumerate(entries):
            first = QTableWidgetItem(f"{e.entry_date:%d-%m-%Y}")
            first.setData(Qt.ItemDataRole.UserRole, e.id)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked)
            self.unset.setItem(n, 0, first)
            self.unset.setItem(n, 1, QTableWidgetItem(e.doc_number))
            self.unset.setItem(n, 2, QTableWidgetItem(stored_text(e.description)))
            self.unset.setItem(n, 3, QTableWidgetItem(format_money(e.amount)))
        self.unset.resizeColumnsToContents()
        self.move_button.setEnabled(bool(entries) and self.target.count() > 0)

    def _tick(self, *, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for n in range(self.unset.rowCount()):
            item = self.unset.item(n, 0)
            if item is not None:
                item.setCheckState(state)

    def ticked(self) -> list[int]:
        ids = []
        for n in range(self.unset.rowCount()):
            item = self.unset.item(n, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def move_ticked(self) -> None:
        try:
            moved = money_setup.reassign(self.ticked(), int(self.target.currentData() or 0))
        except ValidationError as e:
            self.move_message.setText(said(e))
            return
        self.move_message.setText(
            QCoreApplication.translate("accounts_panel", "Moved {moved} entries to {0}.").format(
                self.target.currentText(), moved=moved
            )
        )
        self.refresh()

    def set_opening(self) -> None:
        try:
            money_setup.set_opening(
                int(self.opening_account.currentData() or 0),
                self.opening_amount.paise(),
                self.opening_date.date_value(),
            )
        except ValidationError as e:
            self.opening_message.setText(said(e))
            return
        self.opening_message.setText(
            QCoreApplication.translate("accounts_panel", "Opening balance of {0} set.").format(
                self.opening_account.currentText()
            )
        )
        self.refresh()

    def _set_mode(self, mode: str) -> None:
        combo = self.modes[mode]
        try:
            money_setup.set_mode_account(mode, int(combo.currentData()))
        except ValidationError as e:
            self.mode_message.setText(said(e))
            return
        self.mode_message.setText(
            QCoreApplication.translate("accounts_panel", "{0} money now goes to {1}.").format(
                mode_label(mode), combo.currentText()
            )
        )
