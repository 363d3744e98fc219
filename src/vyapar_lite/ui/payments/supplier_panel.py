"""On a customer's page, for a customer who is also a supplier: what they owe the shop, what the
shop owes them, and the net; with Settle (contra), a purchase bill, a payment out and the
supplier-side ledger. Hidden for everyone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.customers import CustomerAccount
from vyapar_lite.services.payments import AccountSides
from vyapar_lite.ui.language import stored_text
from vyapar_lite.ui.payments.bill_form import BillForm
from vyapar_lite.ui.payments.doc_window import DocWindow
from vyapar_lite.ui.payments.labels import net_text, owed_text, payable_text
from vyapar_lite.ui.payments.payment_out_form import PaymentOutForm
from vyapar_lite.ui.payments.settle_dialog import SettleDialog
from vyapar_lite.ui.sales.labels import day_text

# a payable ledger line's kind (services.supplier_side's PayableEntry.kind), in the screens' words
LEDGER_KINDS = {
    "purchase": QT_TRANSLATE_NOOP("labels", "Purchase bill"),
    "payment": QT_TRANSLATE_NOOP("labels", "Payment"),
    "contra": QT_TRANSLATE_NOOP("labels", "Contra settlement"),
    "cancel": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}


class SupplierSidePanel(QFrame):
    """`changed()` after a bill, payment or settlement was saved from here."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer.supplierSide")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#customer\\.supplierSide { background: #f3f6fb; }")
        self.code = ""
        self.sides: AccountSides | None = None
        self.values: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        for key, caption in (
            ("receivable", QT_TRANSLATE_NOOP("supplier_panel", "They owe us")),
            ("payable", QT_TRANSLATE_NOOP("supplier_panel", "We owe them")),
            ("net", QT_TRANSLATE_NOOP("supplier_panel", "Net")),
        ):
            column = QVBoxLayout()
            label = QLabel(QCoreApplication.translate("supplier_panel", caption))
            label.setStyleSheet("color: #555;")
            value = QLabel()
            value.setObjectName(f"customer.side.{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-size: 11pt; font-weight: bold;")
            column.addWidget(label)
            column.addWidget(value)
            self.values[key] = value
            row.addLayout(column)
            row.addSpacing(18)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            (
                "settle",
                QCoreApplication.translate("supplier_panel", "&Settle (contra)…"),
                self.settle,
            ),
            (
                "bill",
                QCoreApplication.translate("supplier_panel", "Purchase &bill…"),
                self.new_bill,
            ),
            ("pay", QCoreApplication.translate("supplier_panel", "Pa&yment out…"), self.pay),
            (
                "ledger",
                QCoreApplication.translate("supplier_panel", "Supplier le&dger…"),
                self.show_ledger,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"customer.side.{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
            self.buttons[key] = button
        self.hide()

    def show_customer(self, account: CustomerAccount) -> None:
        self.code = account.code
        sides = payments.account_sides(account.code)
        shown = account.details.also_supplier or bool(sides.payable)
        self.setVisible(shown)
        if not shown:
            self.sides = None
            return
        self.sides = sides
        self.values["receivable"].setText(owed_text(sides.receivable))
        self.values["payable"].setText(owed_text(sides.payable))
        self.values["net"].setText(net_text(sides.net))
        self.buttons["settle"].setEnabled(sides.receivable > 0 and sides.payable > 0)
        self.buttons["settle"].setToolTip(
            QCoreApplication.translate("supplier_panel", "Set off {0} on both sides").format(
                format_money(min(sides.receivable, sides.payable))
            )
            if sides.receivable > 0 and sides.payable > 0
            else QCoreApplication.translate("supplier_panel", "Both sides must owe something")
        )
        for key in ("bill", "pay"):
            self.buttons[key].setEnabled(account.details.also_supplier and account.is_active)

    # actions (each opens its form; `*_dialog()` builds it for tests)
    def settle_dialog(self) -> SettleDialog:
        dialog = SettleDialog(self.code, self)
        dialog.saved.connect(lambda _view: self.changed.emit())
        return dialog

    def settle(self) -> None:
        self.settle_dialog().exec()

    def new_bill(self) -> None:
        form = BillForm(self.code, self)
        form.saved.connect(lambda _view: self.changed.emit())
        form.exec()

    def pay(self) -> None:
        form = PaymentOutForm(self.code, self)
        form.saved.connect(lambda _view: self.changed.emit())
        form.exec()

    def show_ledger(self) -> QDialog:
        window = PayableLedgerDialog(self.code, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window


class PayableLedgerDialog(DocWindow):
    """The supplier side of the account: purchases, payments out and contras, with what the shop
    owes them after each."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "payableLedger",
            (
                QT_TRANSLATE_NOOP("doc_window", "Date"),
                QT_TRANSLATE_NOOP("doc_window", "Type"),
                QT_TRANSLATE_NOOP("doc_window", "Number"),
                QT_TRANSLATE_NOOP("doc_window", "Description"),
                QT_TRANSLATE_NOOP("doc_window", "Debit"),
                QT_TRANSLATE_NOOP("doc_window", "Credit"),
                QT_TRANSLATE_NOOP("doc_window", "We owe them"),
            ),
            (("payable", QT_TRANSLATE_NOOP("amounts", "We owe them")),),
            bold=("payable",),
            stretch=3,
            parent=parent,
        )
        sides = payments.account_sides(code)
        self.set_heading(
            QCoreApplication.translate("supplier_panel", "Supplier ledger · {code}").format(
                code=code
            ),
            QCoreApplication.translate("supplier_panel", "Net on both sides: {net}").format(
                net=net_text(sides.net)
            ),
            False,
        )
        self.fill(
            [
                (
                    day_text(line.entry_date),
                    QCoreApplication.translate(
                        "labels", LEDGER_KINDS.get(line.kind, line.kind.replace("_", " "))
                    ),
                    line.doc_number,
                    stored_text(line.description),
                    format_money(line.debit, symbol=False) if line.debit else "",
                    format_money(line.credit, symbol=False) if line.credit else "",
                    payable_text(line.balance),
                )
                for line in payments.payable_ledger(code)
            ],
            right_from=4,
        )
        self.side.show_row("payable", payable_text(sides.payable))
        self.finish_buttons(
            [("close", QCoreApplication.translate("supplier_panel", "Close"), "", self.reject)]
        )
        self.resize(1000, 480)
