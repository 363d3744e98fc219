"""Changing what a saved receipt (or payment out) pays: the same allocation table, started with
its present allocations; its amount can't change. Checked as you type (the rule the service
applies: `domain.payment.check_allocations`); a message about one document shows on its row and
Save stays off while there is any."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.payment import Owing, auto_allocate, check_allocations
from vyapar_lite.services import payments
from vyapar_lite.services.payments import OpenDocument, PaymentView, ReceiptView
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.payments.allocation_table import AllocationTable

AutoSplit = Callable[[], dict[str, int]]
Save = Callable[[dict[str, int], str], object]


# what is re-allocated, as the summary names it (`what` stays the services' English key)
_WHAT = {
    "receipt": QT_TRANSLATE_NOOP("reallocate_dialog", "Receipt"),
    "payment": QT_TRANSLATE_NOOP("reallocate_dialog", "Payment"),
}


class ReallocateDialog(QDialog):
    """`saved(view)` after the new allocations were saved."""

    saved = Signal(object)

    def __init__(
        self,
        *,
        title: str,
        head: str,
        documents: list[OpenDocument],
        current: Mapping[str, int],
        amount: int,
        what: str,
        auto: AutoSplit,
        save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payments.reallocateDialog")
        self.setWindowTitle(title)
        self.amount = amount
        self.what = what
        self._auto = auto
        self._save = save
        self.table = AllocationTable("reallocate.table", write_offs=False)
        self.table.budget = lambda: self.amount
        self.table.set_documents(documents, current)
        self.table.edited.connect(self.check)
        self.summary = QLabel()
        self.summary.setObjectName("reallocate.summary")
        self.messages = QLabel()
        self.messages.setObjectName("reallocate.messages")
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reallocate.reason")
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "reallocate_dialog", "Why (optional, kept in the change history)"
            )
        )
        self.reason_edit.setMaxLength(500)
        self.table.leave_requested.connect(self.reason_edit.setFocus)
        auto_button = QPushButton(
            QCoreApplication.translate("reallocate_dialog", "A&uto  (oldest due first)")
        )
        auto_button.setObjectName("reallocate.auto")
        auto_button.setAutoDefault(False)
        auto_button.clicked.connect(self.auto_split)
        none_button = QPushButton(QCoreApplication.translate("reallocate_dialog", "&None"))
        none_button.setObjectName("reallocate.none")
        none_button.setAutoDefault(False)
        none_button.clicked.connect(self.allocate_nothing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("reallocate.save")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(QCoreApplication.translate("reallocate_dialog", "Ctrl+S"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(head), 1)
        tools.addWidget(none_button)
        tools.addWidget(auto_button)
        reason_row = QHBoxLayout()
        reason_label = QLabel(QCoreApplication.translate("reallocate_dialog", "&Reason"))
        reason_label.setBuddy(self.reason_edit)  # Alt+R, and the '&' is not shown
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.messages)
        layout.addLayout(reason_row)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.check()
        self.table.setFocus()

    def allocations(self) -> dict[str, int]:
        return self.table.amounts()[0]

    def check(self) -> bool:
        allocations, _write_offs, errors = self.table.amounts()
        outstanding = {d.number: d.outstanding for d in self.table.documents}
        errors += check_allocations(allocations, outstanding, amount=self.amount, what=self.what)
        others = self.table.mark_errors(errors)
        self.messages.setText("\n".join(f"• {shown(e.message)}" for e in others))
        allocated = sum(v for v in allocations.values() if v > 0)
        left = max(self.amount - allocated, 0)
        self.summary.setText(
            QCoreApplication.translate(
                "reallocate_dialog", "{0} {1} · allocated {2} · <b>{3} left unallocated</b>"
            ).format(
                QCoreApplication.translate("reallocate_dialog", _WHAT[self.what]),
                format_money(self.amount),
                format_money(allocated),
                format_money(left),
            )
        )
        self.save_button.setEnabled(not errors)
        return not errors

    def auto_split(self) -> None:
        self.table.set_allocations(self._auto())
        self.check()

    def allocate_nothing(self) -> None:
        self.table.clear_amounts()
        self.check()

    def save(self) -> object | None:
        if not self.check():
            return None
        try:
            view = self._save(self.allocations(), self.reason_edit.text().strip())
        except ValidationError as exc:
            others = self.table.mark_errors(exc.errors)
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in others))
            return None
        self.saved.emit(view)
        self.accept()
        return view


def for_receipt(receipt: ReceiptView, parent: QWidget | None = None) -> ReallocateDialog:
    code, number = receipt.customer_code, receipt.number
    amount = receipt.amount - receipt.refunded
    return ReallocateDialog(
        title=QCoreApplication.translate("reallocate_dialog", "Re-allocate {number}").format(
            number=number
        ),
        head=(
            f"<b>{number}</b> · {receipt.customer_name} · {format_money(receipt.amount)}"
            + (
                QCoreApplication.translate("reallocate_dialog", " ({refunded} refunded)").format(
                    refunded=format_money(receipt.refunded)
                )
                if receipt.refunded
                else ""
            )
        ),
        documents=payments.open_invoices(code, exclude_receipt=number),
        current={line.number: line.amount for line in receipt.settled},
        amount=amount,
        what="receipt",
        auto=lambda: payments.auto_allocate(code, amount, exclude_receipt=number),
        save=lambda allocations, reason: payments.reallocate(number, allocations, reason=reason),
        parent=parent,
    )


def for_payment(payment: PaymentView, parent: QWidget | None = None) -> ReallocateDialog:
    code, number = payment.customer_code, payment.number
    documents = payments.open_bills(code, exclude_payment=number)
    return ReallocateDialog(
        title=QCoreApplication.translate("reallocate_dialog", "Re-allocate {number}").format(
            number=number
        ),
        head=f"<b>{number}</b> · {payment.customer_name} · {format_money(payment.amount)}",
        documents=documents,
        current={line.number: line.amount for line in payment.settled},
        amount=payment.amount,
        what="payment",
        auto=lambda: _oldest_first(documents, payment.amount),
        save=lambda allocations, reason: payments.reallocate_payment(
            number, allocations, reason=reason
        ),
        parent=parent,
    )


def _oldest_first(documents: list[OpenDocument], amount: int) -> dict[str, int]:
    """The domain's split over a supplier's open bills, oldest due first."""
    return auto_allocate(
        [Owing(d.number, d.doc_date, d.due_date or d.doc_date, d.outstanding) for d in documents],
        amount,
    )
