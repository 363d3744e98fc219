"""Booking a sale order: customer, lines (the same grid as invoices), an optional advance.

An order moves nothing on the customer's account except its advance (a real receipt). The
totals shown are what the order would come to as an invoice today (`sales.preview_invoice`).
Keys as on the invoice form: F3 customer, F4 lines, F6 advance, Ctrl+S save.
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import orders, sales
from vyapar_lite.services.orders import OrderDraft, OrderView
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui.drafts.draft_form import DraftForm
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.sales import lines_draft
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.line_grid import LineGrid
from vyapar_lite.ui.sales.payment_fields import PaymentFields
from vyapar_lite.ui.sales.totals_panel import TotalsPanel
from vyapar_lite.ui.unusual_date import post_confirming
from vyapar_lite.ui.widgets import DateEdit

PREVIEW_DELAY_MS = 150


class OrderForm(DraftForm):
    """`saved(OrderView)` after booking; `close_requested()` for Close (Esc). Its draft is kept
    in the shop file while typed (`DraftForm`)."""

    saved = Signal(object)
    kind = "order"
    noun = "sale order"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.orderForm")
        self.title = QLabel()
        self.title.setObjectName("order.title")
        self.picker = CustomerPicker("order.customer")
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("order.date")
        head = QGridLayout()
        customer_caption = QLabel(QCoreApplication.translate("order_form", "&Customer (F3)"))
        customer_caption.setBuddy(self.picker.edit)
        date_caption = QLabel(QCoreApplication.translate("order_form", "&Date"))
        date_caption.setBuddy(self.date_edit)
        head.addWidget(customer_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.picker, 0, 1, 2, 1)
        head.addWidget(date_caption, 0, 2)
        head.addWidget(self.date_edit, 0, 3)
        head.setColumnStretch(1, 1)
        self.grid = LineGrid("order.lines")
        self.totals = TotalsPanel("order.totals")
        self.messages = QLabel()
        self.messages.setObjectName("order.messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.addWidget(
            QLabel(QCoreApplication.translate("order_form", "<b>As an invoice today</b>"))
        )
        side.addWidget(self.totals)
        side.addWidget(self.messages, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(300)
        middle = QHBoxLayout()
        middle.addWidget(self.grid, 1)
        middle.addWidget(side_box)
        self.pay = PaymentFields(
            "order",
            ("advance", QCoreApplication.translate("order_form", "&Advance (F6)")),
            points=False,
            notes_hint=QCoreApplication.translate("order_form", "(optional)"),
        )
        self.advance_edit = self.pay.amount_edit
        self.mode_combo = self.pay.mode_combo
        self.reference_edit = self.pay.reference_edit
        self.notes_edit = self.pay.notes_edit
        self.save_button = QPushButton(
            QCoreApplication.translate("order_form", "&Book order  (Ctrl+S)")
        )
        self.save_button.setObjectName("order.save")
        self.close_button = QPushButton(QCoreApplication.translate("order_form", "Close"))
        self.close_button.setObjectName("order.close")
        keys_help = QLabel(
            QCoreApplication.translate(
                "order_form", "Enter next field · Ctrl+Enter next line · F3 customer · F4 lines"
            )
        )
        keys_help.setWordWrap(True)
        keys_help.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        buttons.addWidget(keys_help, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.pay)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.picker.chosen.connect(self._customer_chosen)
        self.picker.accepted.connect(self.grid.start_typing)
        self.grid.changed.connect(self._changed)
        self.grid.leave_requested.connect(self.advance_edit.setFocus)
        self.date_edit.dateChanged.connect(lambda _d: self._changed())
        for edit in (self.advance_edit, self.reference_edit, self.notes_edit):
            edit.textEdited.connect(lambda _t: self.typed())
        self.advance_edit.returnPressed.connect(self.save_button.setFocus)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("F3", self.picker.edit.setFocus),
            ("F4", self.grid.start_typing),
            ("F6", self.advance_edit.setFocus),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        self.new_order()

    def new_order(self) -> None:
        self.picker.account = None
        self.picker._shown = ""
        self.picker.edit.clear()
        self.picker.info.setText(
            QCoreApplication.translate("order_form", "Choose the customer who books the order")
        )
        self.date_edit.set_date(date.today())
        self.grid.clear_lines()
        self.advance_edit.clear()
        self.pay.start()  # cash, into this PC's drawer
        self.reference_edit.clear()
        self.notes_edit.clear()
        self.title.setText(
            QCoreApplication.translate("order_form", "<h2>New sale order · {0}</h2>").format(
                sales.next_number_preview("order", date.today())
            )
        )
        self.refresh_preview()
        self.picker.edit.setFocus()

    def _changed(self) -> None:
        self.timer.start()
        self.typed()

    # its draft (DraftForm)
    def busy(self) -> bool:
        return bool(self.grid.typed_rows())

    def start_new(self) -> None:
        self.new_order()

    def draft_summary(self) -> str:
        return lines_draft.summary("sale order", self.picker, self.grid)

    def draft_payload(self) -> dict[str, Any]:
        return lines_draft.payload(self, self.picker, self.grid)

    def show_draft(self, payload: dict[str, Any]) -> None:
        lines_draft.show(self, self.picker, self.grid, payload)
        self.refresh_preview()
        self.grid.start_typing()

    def _customer_chosen(self, code: str) -> None:
        account = self.picker.account
        if account is not None:
            self.grid.set_customer_type(account.details.customer_type)
        if code == CASH_CODE:
            self.picker.error.setText(
                QCoreApplication.translate(
                    "order_form", "An order is booked by a named customer, not CASH"
                )
            )
            self.picker.error.show()
        self.timer.start()

    def draft(self) -> tuple[OrderDraft | None, list[FieldError]]:
        lines, errors = self.grid.lines()
        try:
            advance = self.advance_edit.paise()
        except ValidationError as exc:
            errors += exc.errors
            advance = 0
        draft = OrderDraft(
            customer_code=self.picker.code(),
            order_date=self.date_edit.date_value(),
            lines=lines,
            advance=advance,
            mode=str(self.mode_combo.currentData()),
            reference=self.reference_edit.text().strip(),
            notes=self.notes_edit.text().strip(),
            account_id=self.pay.account_id(),
        )
        return (None if errors else draft), errors

    def refresh_preview(self) -> None:
        self.timer.stop()
        self.messages.setStyleSheet("color: #b00020;")
        draft, errors = self.draft()
        self.grid.mark_errors(errors)
        if draft is None or not draft.lines or not draft.customer_code:
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in errors))
            self.grid.show_amounts([])
            self.totals.clear()
            return
        try:
            preview = sales.preview_invoice(
                InvoiceDraft(draft.customer_code, draft.order_date, draft.lines)
            )
        except ValidationError as exc:
            self.grid.mark_errors(exc.errors)
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in exc.errors))
            self.totals.clear()
            return
        self.messages.clear()
        self.grid.show_amounts(preview.lines)
        self.totals.show_totals(
            preview.totals, tax_kind=preview.tax_kind, state_tax_label=preview.state_tax_label
        )

    def save(self) -> OrderView | None:
        self.grid.finish_editing()
        self.messages.setStyleSheet("color: #b00020;")
        draft, errors = self.draft()
        if draft is None:
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in errors))
            self.grid.mark_errors(errors)
            return None
        try:
            order = post_confirming(
                self, lambda ok: orders.create_order(replace(draft, confirm_unusual_date=ok))
            )
        except ValidationError as exc:
            self.grid.mark_errors(exc.errors)
            self.pay.mark_errors(exc.errors)
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in exc.errors))
            return None
        advance = (
            QCoreApplication.translate("order_form", ", advance {amount}").format(
                amount=format_money(order.advance)
            )
            if order.advance
            else ""
        )
        self.posted()
        self.new_order()  # ready for the next one; Ctrl+S again books nothing twice
        self.messages.setStyleSheet("color: #1b5e20;")
        self.messages.setText(
            QCoreApplication.translate(
                "order_form", "Booked {number} for {customer_name}{advance}."
            ).format(number=order.number, customer_name=order.customer_name, advance=advance)
        )
        self.saved.emit(order)
        return order
