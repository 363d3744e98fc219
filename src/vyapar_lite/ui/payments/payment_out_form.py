"""Paying a customer who is also a supplier: the amount, how it was paid, and which of their
purchase bills it settles (oldest due first to start with; type over a row to change it). The
split is checked as you type (`domain.payment.check_allocations`, the service's own rule); what is
not allocated is paid ahead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.payment import Owing, auto_allocate, check_allocations
from vyapar_lite.services import payments
from vyapar_lite.services.payments import PaymentView, SupplierPaymentDraft
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.payments.allocation_table import AllocationTable
from vyapar_lite.ui.payments.bill_form import NOT_SUPPLIER
from vyapar_lite.ui.payments.labels import owed_text
from vyapar_lite.ui.payments.mode_fields import ModeFields
from vyapar_lite.ui.payments.money_dialog import MoneyDialog
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit


class PaymentOutForm(MoneyDialog):
    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__("payout", "Payment out to a supplier", parent, noun="payment out")
        self.owed = QLabel()
        self.owed.setObjectName("payout.owed")
        self.form.addRow("", self.owed)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("payout.date")
        self.amount_edit = MoneyEdit("amount")
        self.amount_edit.setObjectName("payout.amount")
        self.mode = ModeFields("payout")
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("payout.notes")
        self.notes_edit.setMaxLength(1000)
        self.add("date", "&Date", self.date_edit)
        self.add("amount", "&Amount paid", self.amount_edit)
        self.add("mode", "Paid by", self.mode, enter=False)
        self.order += self.mode.fields
        self.table = AllocationTable("payout.allocations", write_offs=False)
        self.table.budget = self._amount_or_zero
        self.order.append(self.table)
        self.auto = True
        self.auto_button = QPushButton(QCoreApplication.translate("payment_out_form", "A&uto"))
        self.auto_button.setObjectName("payout.auto")
        self.auto_button.setToolTip(
            QCoreApplication.translate(
                "payment_out_form", "Spread the amount over the bills, oldest due first"
            )
        )
        self.auto_button.setAutoDefault(False)
        self.auto_button.clicked.connect(self.auto_split)
        self.add("notes", "&Notes", self.notes_edit)
        self.summary = QLabel()
        self.summary.setObjectName("payout.summary")
        bills = QWidget()
        column = QVBoxLayout(bills)
        column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        caption = QLabel(
            QCoreApplication.translate("payment_out_form", "Their open &bills — oldest due first")
        )
        caption.setBuddy(self.table)
        head.addWidget(caption, 1)
        head.addWidget(self.auto_button)
        column.addLayout(head)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        self.picker.chosen.connect(self._customer_chosen)
        self.amount_edit.textChanged.connect(lambda _t: self.check())
        self.table.edited.connect(self._edited)
        self.table.leave_requested.connect(self.notes_edit.setFocus)
        self.finish(bills, width=860, height=600)
        self.table.removeEventFilter(self.enter_keys)  # the table walks its own rows on Enter
        if code:
            self.picker.set_code(code)
        self.check()

    def _amount_or_zero(self) -> int:
        try:
            return self.amount_edit.paise()
        except ValidationError:
            return 0

    def _customer_chosen(self, code: str) -> None:
        account = self.picker.account
        if account is not None and not account.details.also_supplier:
            self.picker.error.setText(NOT_SUPPLIER.format(name=account.details.name))
            self.picker.error.show()
            self.table.set_documents([], {})
            self.owed.setText("")
        else:
            self.table.set_documents(payments.open_bills(code), {})
            payable = payments.account_sides(code).payable
            self.owed.setText(
                QCoreApplication.translate("payment_out_form", "We owe them {0}").format(
                    owed_text(payable)
                )
            )
        self.auto = True
        self.check()

    def _edited(self) -> None:
        self.auto = False
        self.check()

    def auto_split(self) -> None:
        self.auto = True
        self.check()

    def check(self) -> bool:
        amount = self._amount_or_zero()
        if self.auto:
            owing = [
                Owing(d.number, d.doc_date, d.due_date or d.doc_date, d.outstanding)
                for d in self.table.documents
            ]
            self.table.set_allocations(auto_allocate(owing, amount))
        allocations, _w, errors = self.table.amounts()
        outstanding = {d.number: d.outstanding for d in self.table.documents}
        errors += check_allocations(allocations, outstanding, amount=amount, what="payment")
        others = self.table.mark_errors(errors)
        self.messages.setText("\n".join(f"• {shown(e.message)}" for e in others))
        allocated = sum(v for v in allocations.values() if v > 0)
        self.summary.setText(
            QCoreApplication.translate(
                "payment_out_form", "Against bills {0} · paid ahead {1}"
            ).format(format_money(allocated), format_money(max(amount - allocated, 0)))
        )
        ok = not errors and amount > 0 and bool(self.picker.code())
        self.save_button.setEnabled(ok)
        return ok

    def draft(self) -> SupplierPaymentDraft:
        return SupplierPaymentDraft(
            customer_code=self.picker.code(),
            pay_date=self.date_edit.date_value(),
            amount=self.amount_edit.paise(),
            mode=self.mode.mode(),
            reference=self.mode.reference(),
            cheque=self.mode.cheque(),
            allocations=self.table.amounts()[0],
            notes=self.notes_edit.text().strip(),
            account_id=self.mode.account_id(),
        )

    def save(self) -> PaymentView | None:
        if not self.check():
            if not self.picker.code():
                self.show_errors([FieldError("customer", "Choose the supplier")])
            return None
        try:
            view = payments.record_supplier_payment(self.draft())
        except ValidationError as exc:
            others = self.table.mark_errors(exc.errors)
            self.show_errors(others)
            return None
        self.saved.emit(view)
        self.accept()
        return view
