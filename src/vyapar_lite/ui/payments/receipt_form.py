"""The receipt form, typed from start to finish without the mouse.

Customer (F3) → Enter → amount (F6) → mode and its reference or cheque fields (F7) → the open
invoices (F4): the money is spread over them oldest due first as you type the amount; type over
any row to change it (Space pays a row in full, Delete clears it), Auto (F5) goes back to the
automatic split → a write-off's reason → Save (Ctrl+S). The service checks the receipt as you type
(`payments.preview_receipt`, after a short pause): a message about one invoice appears on its row,
the others under the table, and Save stays off while there are any. What is not allocated stays
with the customer as an advance. After saving, the bar at the top offers Print (Ctrl+P), PDF
(Ctrl+Shift+S), an 80 mm slip, the receipt's window and the next receipt (Ctrl+R).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import ReceiptDraft, ReceiptPreview, ReceiptView
from vyapar_lite.ui.drafts.draft_form import DraftForm, PrintLayout
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.payments import receipt_draft, receipt_print
from vyapar_lite.ui.payments.advance_offer import use_advance_held
from vyapar_lite.ui.payments.allocation_table import AllocationTable
from vyapar_lite.ui.payments.mode_fields import ModeFields
from vyapar_lite.ui.payments.receipt_summary import ReceiptSummary
from vyapar_lite.ui.payments.saved_bar import ReceiptSavedBar
from vyapar_lite.ui.payments.services_advance import ServicesAdvance
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.enter_keys import EnterMovesOn, focus
from vyapar_lite.ui.unusual_date import post_confirming
from vyapar_lite.ui.widgets import DateEdit, FieldBox, MoneyEdit

PREVIEW_DELAY_MS = 150
AMBER = "color: #8a5a00; background: #fff4d6; padding: 4px;"
KEYS_HELP = QT_TRANSLATE_NOOP(
    "receipt_form",
    "Enter next field · F3 customer · F6 amount · F7 mode · F4 invoices (Space pays a row, "
    "Delete clears) · F5 auto · Ctrl+S save",
)


class ReceiptForm(DraftForm):
    """`saved(ReceiptView)` after recording; `changed()` after any write (a receipt, an advance
    used); `close_requested()`; `open_receipt(number)`. Its draft is kept while typed."""

    saved = Signal(object)
    changed = Signal()
    open_receipt = Signal(str)
    kind = "receipt"
    noun = "receipt"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments.receiptForm")
        self.preview: ReceiptPreview | None = None
        self.last_saved: ReceiptView | None = None
        self.auto = True  # the allocations follow the amount until the shopkeeper changes one
        self._build()
        self._connect()
        self.new_receipt()

    # building
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("receipt.title")
        self.saved_bar = ReceiptSavedBar()
        self.picker = CustomerPicker("receipt.customer")
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("receipt.date")
        customer_caption = QLabel(QCoreApplication.translate("receipt_form", "&Customer (F3)"))
        customer_caption.setBuddy(self.picker.edit)
        date_caption = QLabel(QCoreApplication.translate("receipt_form", "&Date"))
        date_caption.setBuddy(self.date_edit)
        self.amount_edit = MoneyEdit("amount")
        self.amount_edit.setObjectName("receipt.amount")
        self.amount_edit.setMinimumWidth(140)
        self.amount_edit.setStyleSheet("font-size: 12pt;")
        amount_caption = QLabel(QCoreApplication.translate("receipt_form", "&Amount received (F6)"))
        amount_caption.setBuddy(self.amount_edit)
        self.mode = ModeFields("receipt")
        head = QGridLayout()
        head.addWidget(customer_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.picker, 0, 1, 2, 1)
        head.addWidget(date_caption, 0, 2)
        head.addWidget(self.date_edit, 0, 3)
        head.setColumnStretch(1, 1)
        pay = QGridLayout()
        pay.addWidget(amount_caption, 0, 0)
        pay.addWidget(self.amount_edit, 1, 0, Qt.AlignmentFlag.AlignTop)
        pay.addWidget(self.mode, 0, 1, 2, 1)
        self.services = ServicesAdvance("receipt")  # GST on an advance for services, Rule 50
        pay.addWidget(self.services, 2, 0, 1, 2)
        pay.setColumnStretch(1, 1)
        self.cheque_note = QLabel()
        self.cheque_note.setObjectName("receipt.cheque_note")
        self.cheque_note.setWordWrap(True)
        self.cheque_note.setStyleSheet(AMBER)
        self.cheque_note.hide()

        self.table = AllocationTable("receipt.allocations")
        self.table.budget = self._amount_or_zero
        table_caption = QLabel(
            QCoreApplication.translate("receipt_form", "Open &invoices (F4) — oldest due first")
        )
        table_caption.setBuddy(self.table)
        self.auto_button = QPushButton(QCoreApplication.translate("receipt_form", "A&uto  (F5)"))
        self.auto_button.setObjectName("receipt.auto")
        self.auto_button.setToolTip(
            QCoreApplication.translate(
                "receipt_form", "Spread the amount over the invoices, oldest due first"
            )
        )
        self.clear_alloc_button = QPushButton(
            QCoreApplication.translate("receipt_form", "&None (all advance)")
        )
        self.clear_alloc_button.setObjectName("receipt.no_allocation")
        self.advance_button = QPushButton()
        self.advance_button.setObjectName("receipt.use_advance")
        self.advance_button.setToolTip(
            QCoreApplication.translate(
                "receipt_form",
                "Settle the open invoices with the advance this customer already holds",
            )
        )
        self.advance_button.hide()
        table_head = QHBoxLayout()
        table_head.addWidget(table_caption, 1)
        table_head.addWidget(self.advance_button)
        table_head.addWidget(self.clear_alloc_button)
        table_head.addWidget(self.auto_button)
        self.summary = ReceiptSummary()
        self.messages = QLabel()
        self.messages.setObjectName("receipt.messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(self.messages, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(320)
        left = QVBoxLayout()
        left.addLayout(table_head)
        left.addWidget(self.table, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(side_box)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("receipt.write_off_reason")
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "receipt_form", "Needed with a write-off, e.g. discount for prompt payment"
            )
        )
        self.reason_edit.setMaxLength(500)
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("receipt.notes")
        self.notes_edit.setPlaceholderText(
            QCoreApplication.translate("receipt_form", "Printed on the receipt (optional)")
        )
        self.notes_edit.setMaxLength(500)
        self.reason_box = FieldBox("receipt.write_off_reason", self.reason_edit)
        lower = QGridLayout()
        for column, (text, widget, box) in enumerate(
            (
                (
                    QCoreApplication.translate("receipt_form", "Write-off &reason"),
                    self.reason_edit,
                    self.reason_box,
                ),
                (
                    QCoreApplication.translate("receipt_form", "N&otes"),
                    self.notes_edit,
                    self.notes_edit,
                ),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            lower.addWidget(caption, 0, column)
            lower.addWidget(box, 1, column, Qt.AlignmentFlag.AlignTop)

        buttons = self.button_row(
            "receipt",
            QCoreApplication.translate("receipt_form", "&Save receipt  (Ctrl+S)"),
            QCoreApplication.translate("receipt_form", KEYS_HELP),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.saved_bar)
        layout.addLayout(head)
        layout.addLayout(pay)
        layout.addWidget(self.cheque_note)
        layout.addLayout(middle, 1)
        layout.addLayout(lower)
        layout.addLayout(buttons)
        self.setTabOrder(self.picker.edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.amount_edit)
        self.setTabOrder(self.amount_edit, self.mode.mode_combo)

    def _connect(self) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.picker.chosen.connect(self._customer_chosen)
        self.picker.accepted.connect(lambda: focus(self.amount_edit))
        self.date_edit.dateChanged.connect(lambda _d: self._changed())
        self.amount_edit.textChanged.connect(lambda _t: self._changed())
        self.mode.changed.connect(self._changed)
        self.services.changed.connect(self._changed)
        self.table.edited.connect(self._allocation_edited)
        self.table.leave_requested.connect(self._after_table)
        self.reason_edit.textChanged.connect(lambda _t: self._changed())
        self.notes_edit.textEdited.connect(lambda _t: self.typed())
        self.auto_button.clicked.connect(self.auto_allocate)
        self.clear_alloc_button.clicked.connect(self.allocate_nothing)
        self.advance_button.clicked.connect(self.use_advance)
        self.save_button.clicked.connect(self.save)
        bar = self.saved_bar
        self.connect_saved_bar(bar)
        bar.next_button.clicked.connect(lambda _checked=False: self.new_receipt())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("F3", self.focus_customer),
            ("F4", self.focus_table),
            ("F5", self.auto_allocate),
            ("F6", lambda: focus(self.amount_edit)),
            ("F7", self.mode.mode_combo.setFocus),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        self.enter_keys = EnterMovesOn(
            self,
            [self.amount_edit, *self.mode.fields, self.table, self.reason_edit, self.notes_edit],
            buttons=[self.save_button, *self.saved_bar.buttons],
            actions={
                self.date_edit: lambda: focus(self.amount_edit),
                self.notes_edit: self._to_save,
            },
        )
        self.table.removeEventFilter(self.enter_keys)  # the table walks its own rows on Enter

    # starting
    def new_receipt(self, code: str = "") -> None:
        """A blank receipt dated today (for `code` when given); focus on the customer, or on the
        amount when the customer is known."""
        self.last_saved = None
        self.preview = None
        self.saved_bar.hide()
        self._lock(False)
        self.auto = True
        self.date_edit.set_date(date.today())
        self.amount_edit.clear()
        self.mode.clear()
        self.reason_edit.clear()
        self.notes_edit.clear()
        self.services.clear()
        self.picker.clear()
        self.table.set_documents([], {})
        self.messages.clear()
        if code and self.picker.set_code(code):
            focus(self.amount_edit)
        else:
            self.focus_customer()
        self.refresh_preview()

    def focus_customer(self) -> None:
        self.picker.edit.setFocus()
        self.picker.edit.selectAll()

    def focus_table(self) -> None:
        if self.table.rowCount():
            self.table.setFocus()

    def busy(self) -> bool:
        """Something typed and not saved."""
        return self.last_saved is None and bool(
            self.picker.code() and self.amount_edit.text().strip()
        )

    # its draft (DraftForm)
    def start_new(self) -> None:
        self.new_receipt()

    def draft_summary(self) -> str:
        return receipt_draft.summary(self)

    def draft_payload(self) -> dict[str, Any]:
        return receipt_draft.payload(self)

    def show_draft(self, payload: dict[str, Any]) -> None:
        receipt_draft.show(self, payload)

    # reading the form
    def _amount_or_zero(self) -> int:
        try:
            return self.amount_edit.paise()
        except ValidationError:
            return 0

    def draft(self) -> tuple[ReceiptDraft | None, list[FieldError]]:
        errors: list[FieldError] = []
        try:
            amount = self.amount_edit.paise()
        except ValidationError as exc:
            errors += exc.errors
            amount = 0
        allocations, write_offs, table_errors = self.table.amounts()
        errors += table_errors
        draft = ReceiptDraft(
            customer_code=self.picker.code(),
            receipt_date=self.date_edit.date_value(),
            amount=amount,
            mode=self.mode.mode(),
            reference=self.mode.reference(),
            cheque=self.mode.cheque(),
            # an advance for services settles nothing (`advance_tax`)
            allocations={} if self.services.rate_bp() else None if self.auto else allocations,
            write_offs=write_offs,
            write_off_reason=self.reason_edit.text().strip() if write_offs else "",
            notes=self.notes_edit.text().strip(),
            services_rate_bp=self.services.rate_bp(),
            account_id=self.mode.account_id(),
        )
        return (None if errors else draft), errors

    # the service's view of it
    def _changed(self) -> None:
        if self.last_saved is None:
            self.timer.start()
            self.typed()

    def refresh_preview(self) -> ReceiptPreview | None:
        """Ask the service to check the receipt and split it, and show the answer."""
        self.timer.stop()
        if self.last_saved is not None:
            return None
        on = self.date_edit.date_value()
        self.title.setText(
            QCoreApplication.translate("receipt_form", "<h2>New receipt · {0}</h2>").format(
                payments.next_receipt_number(on)
            )
        )
        draft, errors = self.draft()
        self.services.show_split(self.picker.code(), self._amount_or_zero())
        preview: ReceiptPreview | None = None
        if draft is not None and draft.customer_code and draft.amount:
            try:
                preview = payments.preview_receipt(draft)
            except ValidationError as exc:
                errors = exc.errors
        self.preview = preview if not errors else None
        self._show(preview, errors)
        return self.preview

    def _show(self, preview: ReceiptPreview | None, errors: list[FieldError]) -> None:
        if preview is not None:
            if preview.open_invoices != self.table.documents:
                self.table.set_documents(preview.open_invoices)
            if self.auto:
                self.table.set_allocations(preview.allocations)
        elif self.auto and not self.amount_edit.text().strip():
            self.table.set_allocations({})
        others = self.table.mark_errors(errors)
        self.mode.drawer.mark_errors(errors)
        reason = [shown(e.message) for e in others if e.field == "write off reason"]
        self.reason_box.set_error(reason[0] if reason else None)
        self.messages.setText(
            "\n".join(f"• {shown(e.message)}" for e in others if e.field != "write off reason")
        )
        self._show_summary(preview)
        ready = preview is not None and not errors
        self.save_button.setEnabled(ready)
        wrote_off = bool(self.table.amounts()[1])
        self.reason_edit.setEnabled(wrote_off)
        if preview is not None and preview.post_dated:
            self.cheque_note.setText(
                QCoreApplication.translate(
                    "receipt_form",
                    "Post-dated cheque: it goes to the PDC register and is counted now "
                    "(Settings › Payments).",
                )
                if preview.counted_now
                else QCoreApplication.translate(
                    "receipt_form",
                    "Post-dated cheque: it goes to the PDC register and is counted when it "
                    "clears (Settings › Payments). The invoices are settled then.",
                )
            )
            self.cheque_note.show()
        else:
            self.cheque_note.hide()

    def _show_summary(self, preview: ReceiptPreview | None) -> None:
        amount = self._amount_or_zero()
        if preview is not None:
            self.summary.show_preview(preview, amount)
            return
        allocations, write_offs, _errors = self.table.amounts()
        account = self.picker.account
        balance = account.balance if account is not None else None
        self.summary.show_typed(amount, allocations, write_offs, balance)

    # reacting
    def _customer_chosen(self, code: str) -> None:
        if self.last_saved is not None:  # the saved receipt's own split stays in view
            return
        self.auto = True
        try:
            documents = payments.open_invoices(code, on=self.date_edit.date_value())
        except ValidationError as exc:
            documents = []
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in exc.errors))
        self.table.set_documents(documents, {})
        self._show_advance_offer(code)
        self._changed()

    def _show_advance_offer(self, code: str) -> None:
        """A customer who already holds an advance is offered it against their open invoices."""
        held = payments.advance_available(code) if code else 0
        can_use = bool(held and self.table.documents)
        self.advance_button.setVisible(can_use)
        if can_use:
            self.advance_button.setText(
                QCoreApplication.translate("receipt_form", "Use ad&vance held {0}").format(
                    format_money(held)
                )
            )

    def _allocation_edited(self) -> None:
        self.auto = False
        self._changed()

    def _after_table(self) -> None:
        focus(self.reason_edit if self.reason_edit.isEnabled() else self.notes_edit)

    def _to_save(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.setFocus()

    def auto_allocate(self) -> None:
        """F5: back to the automatic split, oldest due first (write-offs are cleared too)."""
        if self.last_saved is not None:
            return
        self.auto = True
        self.table.clear_amounts()
        self.refresh_preview()

    def allocate_nothing(self) -> None:
        """Keep the whole amount as the customer's advance."""
        if self.last_saved is not None:
            return
        self.auto = False
        self.table.clear_amounts()
        self.refresh_preview()

    def use_advance(self) -> dict[str, int]:
        """Settle the open invoices, oldest due first, with the advance the customer already
        holds; the table then shows what is still owed."""
        code = self.picker.code()
        used, errors = use_advance_held(code, self.date_edit.date_value()) if code else ({}, [])
        self.messages.setText("\n".join(f"• {shown(e.message)}" for e in errors))
        self.picker.refresh()  # refreshes the documents and the offer through `chosen`
        if used:
            self.changed.emit()
        return used

    # saving
    def save(self) -> ReceiptView | None:
        """Record the receipt (Ctrl+S). Problems stay beside the rows and fields; nothing is
        saved then."""
        if self.last_saved is not None:
            return None
        if self.refresh_preview() is None or not self.save_button.isEnabled():
            if not self.messages.text() and not self.picker.code():
                self.messages.setText(
                    QCoreApplication.translate("receipt_form", "• Choose the customer who paid")
                )
            elif not self.messages.text() and not self.amount_edit.text().strip():
                self.messages.setText(
                    QCoreApplication.translate("receipt_form", "• Enter the amount received")
                )
            return None
        draft, _errors = self.draft()
        if draft is None:
            return None
        try:
            receipt = post_confirming(
                self, lambda ok: payments.record_receipt(replace(draft, confirm_unusual_date=ok))
            )
        except ValidationError as exc:
            self._show(None, exc.errors)
            return None
        self.last_saved = receipt
        self.posted()
        self.picker.refresh()
        self._lock(True)
        self.title.setText(
            QCoreApplication.translate("receipt_form", "<h2>Receipt {number}</h2>").format(
                number=receipt.number
            )
        )
        self.saved_bar.show_saved(receipt)
        self.saved.emit(receipt)
        self.changed.emit()
        return receipt

    def _lock(self, locked: bool) -> None:
        for widget in (
            self.picker,
            self.date_edit,
            self.amount_edit,
            self.mode,
            self.services,
            self.table,
            self.reason_edit,
            self.notes_edit,
            self.auto_button,
            self.clear_alloc_button,
            self.advance_button,
            self.clear_button,
        ):
            widget.setEnabled(not locked)
        self.save_button.setEnabled(not locked)

    def print_saved(self, layout: PrintLayout) -> None:
        if self.last_saved is not None:
            receipt_print.print_preview(self, self.last_saved, layout)

    def save_pdf(self) -> None:
        if self.last_saved is not None:
            receipt_print.ask_and_save_pdf(self, self.last_saved, "a4")

    def open_saved(self) -> None:
        if self.last_saved is not None:
            self.open_receipt.emit(self.last_saved.number)
