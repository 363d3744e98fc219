"""The sales invoice form, typed from start to finish without the mouse.

Customer (F3; `CASH` to start with) → Enter → the lines (F4) → Enter on an empty Item cell →
received (F6) → mode → cash drawer (where the shop keeps one per counter) → reference → points
to redeem (F7) → notes → Save (Ctrl+S). The service works the totals out as you type
(`sales.preview_invoice`, after a short pause); its messages appear beside the lines, never as
pop-ups, and Save stays off while there are any. Going over the credit limit is said in amber;
with "stop sales" in red, and Save stays off. After saving, the bar at the top offers Print
(Ctrl+P), PDF (Ctrl+Shift+S), a receipt and the next invoice (Ctrl+I).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain import gst
from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import gst_settings, sales
from vyapar_lite.services.sales import DocumentView, InvoiceDraft, InvoicePreview
from vyapar_lite.ui.drafts.draft_form import DraftForm, PrintLayout
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.sales import invoice_preview, invoice_print, lines_draft
from vyapar_lite.ui.sales.credit_bar import CreditBar
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.deemed_export_field import DeemedExportField
from vyapar_lite.ui.sales.enter_keys import EnterMovesOn, focus
from vyapar_lite.ui.sales.labels import SAVED_AS, day_text, label
from vyapar_lite.ui.sales.line_grid import LineGrid
from vyapar_lite.ui.sales.payment_fields import PaymentFields
from vyapar_lite.ui.sales.saved_bar import SavedBar
from vyapar_lite.ui.sales.ship_to import ShipTo
from vyapar_lite.ui.sales.shipping_bill_fields import ShippingBillFields
from vyapar_lite.ui.sales.totals_panel import TotalsPanel
from vyapar_lite.ui.sales.walk_in_fields import WalkInFields
from vyapar_lite.ui.unusual_date import post_confirming
from vyapar_lite.ui.widgets import DateEdit

PREVIEW_DELAY_MS = 150
KEYS_HELP = QT_TRANSLATE_NOOP(
    "invoice_form",
    "Enter next field · Ctrl+Enter next line · Ctrl+Del delete line · F3 customer · "
    "F4 lines · F6 received · F7 points · Ctrl+S save",
)


class InvoiceForm(DraftForm):
    """`saved(DocumentView)` after posting, `close_requested()`, `open_document(kind, number)`.
    Its draft is kept in the shop file while typed (`DraftForm`)."""

    saved = Signal(object)
    open_document = Signal(str, str)  # kind, number
    kind = "invoice"
    noun = "invoice"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.invoiceForm")
        self.preview: InvoicePreview | None = None
        self.last_saved: DocumentView | None = None
        self.order_number = ""
        self.received_typed = False
        self._build()
        self._connect()
        self.new_invoice()

    # building
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("sales.invoice.title")
        self.saved_bar = SavedBar()
        self.saved_label = self.saved_bar.label
        self.next_button = self.saved_bar.next_button
        self.picker = CustomerPicker("sales.customer")
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("sales.date")
        self.due_label = QLabel()
        self.due_label.setObjectName("sales.due")
        self.export_box = QCheckBox(
            QCoreApplication.translate("invoice_form", "Export sale (zero-rated)")
        )
        self.export_box.setObjectName("sales.export")
        self.export_box.hide()
        self.sez_box = QCheckBox(
            QCoreApplication.translate(
                "invoice_form", "SEZ supply with payment of IGST (untick: under LUT)"
            )
        )
        self.sez_box.setObjectName("sales.sez_with_tax")
        self.sez_box.hide()
        customer_caption = QLabel(QCoreApplication.translate("invoice_form", "&Customer (F3)"))
        customer_caption.setBuddy(self.picker.edit)
        date_caption = QLabel(QCoreApplication.translate("invoice_form", "&Date"))
        date_caption.setBuddy(self.date_edit)
        head = QGridLayout()
        head.addWidget(customer_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.picker, 0, 1, 2, 1)
        head.addWidget(date_caption, 0, 2)
        head.addWidget(self.date_edit, 0, 3)
        head.addWidget(self.export_box, 1, 2)
        head.addWidget(self.sez_box, 1, 2)  # an SEZ unit is never foreign: one shows at a time
        head.addWidget(self.due_label, 1, 3)
        self.ship_to = ShipTo()
        head.addWidget(self.ship_to, 2, 0, 1, 4)
        head.setColumnStretch(1, 1)
        self.walk_in = WalkInFields()
        head.addWidget(self.walk_in, 3, 0, 1, 4)
        self.shipping_bill = ShippingBillFields()
        self.shipping_bill.hide()
        head.addWidget(self.shipping_bill, 4, 0, 1, 4)
        self.deemed_export = DeemedExportField()  # s.147 CGST Act: registered buyers only
        head.addWidget(self.deemed_export, 5, 0, 1, 4)

        self.grid = LineGrid("sales.lines")
        self.messages = QLabel()
        self.messages.setObjectName("sales.messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals = TotalsPanel("sales.totals")
        side = QVBoxLayout()
        side.addWidget(self.totals)
        side.addWidget(self.messages, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.grid, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(280)
        middle.addWidget(side_box)

        self.pay = PaymentFields(
            "sales",
            ("received", QCoreApplication.translate("invoice_form", "&Received now (F6)")),
            points=True,
            notes_hint=QCoreApplication.translate(
                "invoice_form", "Printed on the invoice (optional)"
            ),
        )
        self.received_edit = self.pay.amount_edit
        self.mode_combo = self.pay.mode_combo
        self.reference_edit = self.pay.reference_edit
        self.points_edit = self.pay.points_edit
        self.points_info = self.pay.points_info
        self.notes_edit = self.pay.notes_edit

        self.credit_bar = CreditBar()
        self.credit_label = self.credit_bar.label
        self.credit_bar.overridden.connect(lambda _reason: self.refresh_preview())
        buttons = self.button_row(
            "sales",
            QCoreApplication.translate("invoice_form", "&Save invoice  (Ctrl+S)"),
            QCoreApplication.translate("invoice_form", KEYS_HELP),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.saved_bar)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.pay)
        layout.addWidget(self.credit_bar)
        layout.addLayout(buttons)
        self.setTabOrder(self.picker.edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.grid)
        self.setTabOrder(self.grid, self.received_edit)

    def _connect(self) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.picker.chosen.connect(self._customer_chosen)
        self.picker.accepted.connect(self.grid.start_typing)
        self.date_edit.dateChanged.connect(lambda _d: self._changed())
        self.grid.changed.connect(self._changed)
        self.grid.leave_requested.connect(lambda: focus(self.received_edit))
        self.received_edit.textEdited.connect(self._received_typed)
        self.received_edit.textChanged.connect(lambda _t: self._changed())
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.pay.drawer.currentIndexChanged.connect(lambda _i: self._changed())
        self.points_edit.textChanged.connect(lambda _t: self._changed())
        self.export_box.toggled.connect(lambda _b: self._changed())
        self.ship_to.changed.connect(self._changed)
        self.sez_box.toggled.connect(lambda _b: self._changed())
        self.walk_in.changed.connect(self._changed)
        self.shipping_bill.changed.connect(self._changed)
        self.deemed_export.changed.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        bar = self.saved_bar
        self.connect_saved_bar(bar)
        bar.next_button.clicked.connect(self.new_invoice)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("F3", self.focus_customer),
            ("F4", self.grid.start_typing),
            ("F6", lambda: focus(self.received_edit)),
            ("F7", lambda: focus(self.points_edit)),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        # Enter walks on through the fields under the lines; Enter on a button presses it
        self.enter_keys = EnterMovesOn(
            self,
            [
                self.received_edit,
                self.mode_combo,
                self.pay.drawer,
                self.reference_edit,
                self.points_edit,
                self.notes_edit,
                self.save_button,
            ],
            buttons=[self.save_button, *self.saved_bar.buttons],
            actions={self.date_edit: self.grid.start_typing},
        )

    # starting
    def new_invoice(self) -> None:
        """A blank invoice for a walk-in customer, dated today; focus on the customer."""
        self.order_number = ""
        self.last_saved = None
        self.credit_bar.forget()
        self.saved_bar.hide()
        self._lock(False)
        self.date_edit.set_date(date.today())
        self.grid.clear_lines()
        self.received_edit.clear()
        self.received_typed = False
        self.pay.start()  # cash, into this PC's drawer
        self.reference_edit.clear()
        self.points_edit.clear()
        self.notes_edit.clear()
        self.walk_in.clear()
        self.shipping_bill.start(date.today())
        self.deemed_export.clear()
        self.picker.reset()
        self._changed()
        self.refresh_preview()
        self.focus_customer()

    def load_draft(self, draft: InvoiceDraft) -> None:
        """Fill the form from a draft made elsewhere (a sale order being invoiced)."""
        self.new_invoice()
        self.order_number = draft.order_number
        self.picker.set_code(draft.customer_code)
        self.date_edit.set_date(draft.doc_date)
        self.grid.set_lines(draft.lines)
        self.notes_edit.setText(draft.notes)
        self._changed()
        self.refresh_preview()
        self.grid.setFocus()

    def focus_customer(self) -> None:
        self.picker.edit.setFocus()
        self.picker.edit.selectAll()

    # its draft (DraftForm)
    def busy(self) -> bool:
        """Lines typed and not posted."""
        return self.last_saved is None and bool(self.grid.typed_rows())

    def start_new(self) -> None:
        self.new_invoice()

    def draft_summary(self) -> str:
        return lines_draft.summary("invoice", self.picker, self.grid)

    def draft_payload(self) -> dict[str, Any]:
        kept = lines_draft.payload(self, self.picker, self.grid)
        return kept | {"order": self.order_number, "received_typed": self.received_typed}

    def show_draft(self, payload: dict[str, Any]) -> None:
        lines_draft.show(self, self.picker, self.grid, payload)
        self.order_number = str(payload.get("order") or "")
        self.received_typed = bool(payload.get("received_typed"))
        self._changed()
        self.refresh_preview()
        self.grid.start_typing()

    # reading the form
    def draft(self) -> tuple[InvoiceDraft | None, list[FieldError]]:
        lines, errors = self.grid.lines()
        try:
            received = self.received_edit.paise()
        except ValidationError as exc:
            errors += exc.errors
            received = 0
        points_text = self.points_edit.text().strip()
        buyer = self.walk_in.values()
        draft = InvoiceDraft(
            customer_code=self.picker.code(),
            doc_date=self.date_edit.date_value(),
            lines=lines,
            received=received,
            mode=str(self.mode_combo.currentData()),
            reference=self.reference_edit.text().strip(),
            account_id=self.pay.account_id(),
            export=not self.export_box.isHidden() and self.export_box.isChecked(),
            redeem_points=int(points_text) if points_text else 0,
            order_number=self.order_number,
            notes=self.notes_edit.text().strip(),
            delivery_address=self.ship_to.values()[0],
            delivery_state=self.ship_to.values()[1],
            bill_to_ship_to=self.ship_to.bill_to_ship_to(),
            sez_with_tax=self.sez_box.isChecked() if not self.sez_box.isHidden() else None,
            deemed_export=self.deemed_export.category(),
            buyer_name=buyer["buyer_name"],
            buyer_address=buyer["buyer_address"],
            buyer_state=buyer["buyer_state"],
            shipping_bill=self.shipping_bill.values(),
        )
        if self._walk_in() and not self.received_typed:
            draft = replace(draft, received=invoice_preview.walk_in_total(draft))
        return (None if errors else draft), errors

    def _walk_in(self) -> bool:
        return self.picker.code() == CASH_CODE

    # the service's view of it
    def _changed(self) -> None:
        if self.last_saved is None:
            self.timer.start()
            self.typed()

    def refresh_preview(self) -> InvoicePreview | None:
        """Ask the service for totals and checks, and show them (called after a pause). With no
        lines yet there is nothing to say; Save just stays off."""
        self.timer.stop()
        if self.last_saved is not None:
            return None
        scheme = sales.shop_scheme()
        self.grid.show_tax(scheme == "regular")  # s.32(1), s.10(4): no tax to show at all
        heading = (
            QCoreApplication.translate("invoice_form", "New sales invoice · {number}")
            if scheme == "regular"
            else QCoreApplication.translate("invoice_form", "New bill of supply · {number}")
        ).format(number=sales.next_number_preview("invoice", self.date_edit.date_value()))
        if self.order_number:
            heading += QCoreApplication.translate("invoice_form", " · from order {number}").format(
                number=self.order_number
            )
        self.title.setText("<h2>" + heading + "</h2>")
        draft, errors = self.draft()
        preview: InvoicePreview | None = None
        if draft is not None and draft.lines:
            try:
                preview = sales.preview_invoice(draft)
            except ValidationError as exc:
                errors = exc.errors
                preview = invoice_preview.for_totals(draft, exc, walk_in=self._walk_in())
        self.preview = preview if not errors else None
        self._show(preview, errors)
        return self.preview

    def _show(self, preview: InvoicePreview | None, errors: list[FieldError]) -> None:
        self.grid.mark_errors(errors)
        self.walk_in.mark_errors(errors)
        self.shipping_bill.mark_errors(errors)
        self.deemed_export.mark_errors(errors)
        self.pay.mark_errors(errors)
        self.messages.setText("\n".join(f"• {shown(e.message)}" for e in errors))
        if preview is None:
            self.grid.show_amounts([])
            self.totals.clear()
            self.due_label.setText("")
            self.ship_to.show_place("")
            self.credit_bar.hide()
            self.save_button.setEnabled(False)
            return
        self.grid.show_amounts(preview.lines)
        no_tax = preview.document_type == "bill_of_supply"
        self.totals.show_totals(
            preview.totals,
            tax_kind="none" if no_tax else preview.tax_kind,
            state_tax_label=preview.state_tax_label,
            advance=preview.advance_applied,
            balance_before=None if self._walk_in() else preview.balance_before,
            balance_after=None if self._walk_in() else preview.balance_after,
            points=preview.points_to_earn,
            redeemed=preview.redeem_value,
        )
        self.due_label.setText(
            QCoreApplication.translate("invoice_form", "Due {0}").format(day_text(preview.due_date))
        )
        self.ship_to.show_place(preview.place_of_supply)
        if self._walk_in() and not self.received_typed:
            self.received_edit.blockSignals(True)
            self.received_edit.set_paise(preview.totals.grand_total)
            self.received_edit.blockSignals(False)
        credit = preview.credit
        self.credit_bar.show_check(credit)
        self.save_button.setEnabled(not errors and not self.credit_bar.blocked)
        if preview.points_balance and not self._walk_in():
            self.points_info.setText(
                QCoreApplication.translate("invoice_form", "of {points_balance:,} points").format(
                    points_balance=preview.points_balance
                )
            )
        else:
            self.points_info.setText("")

    # reacting
    def _customer_chosen(self, code: str) -> None:
        account = self.picker.account
        if account is None:
            return
        self.grid.set_customer_type(account.details.customer_type)
        self.credit_bar.forget()
        self.ship_to.set_customer(account)
        foreign = account.details.state_code == gst.FOREIGN
        self.export_box.setVisible(foreign)
        self.shipping_bill.setVisible(foreign)
        self.walk_in.setVisible(code == CASH_CODE)
        if not foreign:
            self.export_box.setChecked(False)
        self.sez_box.setVisible(account.details.is_sez)
        self.sez_box.setChecked(not gst_settings.get().lut_for_zero_rated)
        self.deemed_export.set_customer(account)
        can_redeem = not account.is_cash and account.loyalty_points > 0
        self.points_edit.setEnabled(can_redeem)
        if not can_redeem:
            self.points_edit.clear()
        if code == CASH_CODE:
            self.received_typed = False
        elif not self.received_typed:
            self.received_edit.clear()
        self._changed()

    def _received_typed(self, _text: str) -> None:
        self.received_typed = True

    def _mode_changed(self) -> None:
        cash = self.mode_combo.currentData() == "cash"
        self.reference_edit.setEnabled(not cash)
        self._changed()

    # saving
    def save(self) -> DocumentView | None:
        """Post the invoice (Ctrl+S). Problems stay beside the lines; nothing is saved then."""
        if self.last_saved is not None:
            return None
        self.grid.finish_editing()
        if self.refresh_preview() is None or not self.save_button.isEnabled():
            if not self.grid.lines()[0] and not self.messages.text():
                self.messages.setText(
                    QCoreApplication.translate(
                        "invoice_form", "• Add a line: type an item code or name in the grid"
                    )
                )
            return None
        draft, _errors = self.draft()
        if draft is None:
            return None
        try:
            doc = post_confirming(
                self,
                lambda ok: sales.post_invoice(
                    replace(draft, confirm_unusual_date=ok),
                    override_reason=self.credit_bar.reason,
                ),
            )
        except sales.CreditLimitStop as exc:
            self.credit_bar.refused(str(exc))
            self.save_button.setEnabled(False)
            return None
        except ValidationError as exc:
            self._show(None, exc.errors)
            return None
        self.last_saved = doc
        self.posted()
        self.picker.refresh()
        self._lock(True)
        self.title.setText(
            QCoreApplication.translate("invoice_form", "<h2>{0} {number}</h2>").format(
                label(SAVED_AS.get(doc.document_type, "Sales invoice")), number=doc.number
            )
        )
        self.saved_bar.show_saved(doc)
        self.saved.emit(doc)
        return doc

    def _lock(self, locked: bool) -> None:
        for widget in (
            self.picker,
            self.date_edit,
            self.grid,
            self.received_edit,
            self.mode_combo,
            self.pay.drawer,
            self.reference_edit,
            self.points_edit,
            self.notes_edit,
            self.export_box,
            self.ship_to,
            self.sez_box,
            self.walk_in,
            self.shipping_bill,
            self.deemed_export,
            self.clear_button,
        ):
            widget.setEnabled(not locked)
        if not locked:
            self._mode_changed()
            account = self.picker.account
            self.points_edit.setEnabled(
                bool(account and account.loyalty_points and not account.is_cash)
            )
        self.save_button.setEnabled(not locked)

    def print_saved(self, layout: PrintLayout) -> None:
        if self.last_saved is not None:
            copies = self.saved_bar.copies_combo.copies() if layout == "a4" else ()
            invoice_print.print_preview(self, self.last_saved, layout, copies)

    def save_pdf(self) -> None:
        if self.last_saved is not None:
            copies = self.saved_bar.copies_combo.copies()
            invoice_print.ask_and_save_pdf(self, self.last_saved, "a4", copies)

    def open_saved(self) -> None:
        if self.last_saved is not None:
            self.open_document.emit("invoice", self.last_saved.number)
