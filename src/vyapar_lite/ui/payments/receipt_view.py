"""One saved receipt (or write-off): who paid, how, what it settled and what it left as advance,
with Print, PDF, Re-allocate, Cancel, and for a cheque Deposited, Cleared and Bounced. A saved
receipt is never edited here: its allocations can change, its amount can't."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import ReceiptView
from vyapar_lite.ui.document_window import Button, DocumentWindow
from vyapar_lite.ui.language import amount_in_words
from vyapar_lite.ui.payments import cheque_dialogs, reallocate_dialog, receipt_print
from vyapar_lite.ui.payments.amounts_panel import AmountsPanel
from vyapar_lite.ui.payments.cheque_dialogs import Bounce
from vyapar_lite.ui.payments.labels import CHEQUE_LABELS, kind_label, status_label
from vyapar_lite.ui.payments.receipt_html import Layout, title
from vyapar_lite.ui.sales.labels import balance_text, day_text, label

SETTLED_COLUMNS = (
    QT_TRANSLATE_NOOP("receipt_view", "Document"),
    QT_TRANSLATE_NOOP("receipt_view", "Date"),
    QT_TRANSLATE_NOOP("receipt_view", "Total"),
    QT_TRANSLATE_NOOP("receipt_view", "This receipt"),
    QT_TRANSLATE_NOOP("receipt_view", "Still due"),
)
SIDE_ROWS = (
    ("amount", QT_TRANSLATE_NOOP("amounts", "Amount")),
    ("allocated", QT_TRANSLATE_NOOP("amounts", "Allocated")),
    ("write_off", QT_TRANSLATE_NOOP("amounts", "Written off")),
    ("refunded", QT_TRANSLATE_NOOP("amounts", "Refunded")),
    ("advance", QT_TRANSLATE_NOOP("amounts", "Advance left")),
    ("balance_after", QT_TRANSLATE_NOOP("amounts", "Balance after it")),
    ("balance_now", QT_TRANSLATE_NOOP("amounts", "Balance now")),
)
REALLOCATE = QT_TRANSLATE_NOOP("receipt_view", "Re-&allocate…")
CANCEL = QT_TRANSLATE_NOOP("receipt_view", "&Cancel receipt…")
DEPOSITED = QT_TRANSLATE_NOOP("receipt_view", "De&posited…")
CLEARED = QT_TRANSLATE_NOOP("receipt_view", "C&leared…")
BOUNCED = QT_TRANSLATE_NOOP("receipt_view", "&Bounced…")
CLOSE = QT_TRANSLATE_NOOP("receipt_view", "Close")
# origins whose allocations can change (counter receipts belong to their invoice)
REALLOCATABLE = ("receipt", "order")
CANCELLABLE = ("receipt", "write_off")
PRINT_TEXTS = (
    QT_TRANSLATE_NOOP("receipt_view", "&Print…"),
    QT_TRANSLATE_NOOP("receipt_view", "Slip &80 mm…"),
    QT_TRANSLATE_NOOP("receipt_view", "Save P&DF…"),
)


class ReceiptDialog(DocumentWindow):
    """`changed()` after the receipt was re-allocated, cancelled, deposited, cleared or bounced."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments.receiptDialog")
        self.receipt: ReceiptView = payments.get_receipt(number)
        self.heading("receiptView")
        self.lines_table("receiptView.settled", SETTLED_COLUMNS, "receipt_view", stretch=0)
        self.side = AmountsPanel(
            "receiptView.amounts", SIDE_ROWS, bold=("amount",), strong=("advance", "balance_after")
        )
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.side_column(self.side, width=320, margins=False))

        buttons: list[Button] = [
            ("reallocate", REALLOCATE, "Ctrl+E", self.reallocate),
            ("cancel", CANCEL, "", self._ask_and_cancel),
            ("deposited", DEPOSITED, "", self._ask_deposited),
            ("cleared", CLEARED, "", self._ask_cleared),
            ("bounced", BOUNCED, "", self._ask_bounced),
        ]
        self.finish(
            middle, buttons, prefix="receiptView", context="receipt_view",
            printing=(PRINT_TEXTS, "slip"), close=CLOSE,
        )  # fmt: skip
        self.show_view(self.receipt)
        self.resize(1000, 520)

    def show_view(self, receipt: ReceiptView) -> None:
        self.receipt = r = receipt
        heading = (
            title(r).capitalize()
            if r.origin in ("write_off", "contra")
            else QCoreApplication.translate("receipt_view", "Receipt")
        )
        self.setWindowTitle(f"{heading} {r.number}")
        self.title.setText(
            QCoreApplication.translate("receipt_view", "<h2>{heading} {number}</h2>").format(
                heading=heading, number=r.number
            )
        )
        if r.status in ("cancelled", "bounced"):
            word = (
                QCoreApplication.translate("receipt_view", "CANCELLED")
                if r.status == "cancelled"
                else QCoreApplication.translate("receipt_view", "CHEQUE BOUNCED")
            )
            self.show_status(f"{word} — {r.cancel_reason}" if r.cancel_reason else word, "red")
        elif r.status == "pending":
            self.show_status(
                QCoreApplication.translate(
                    "receipt_view",
                    "Post-dated cheque, not counted yet: "
                    "it settles its invoices when marked cleared",
                ),
                "amber",
            )
        else:
            self.show_status(status_label(r.status, r.cheque_status), "green")
        self.show_facts(self._facts(r))
        self._fill_settled(r)
        s = self.side
        s.show_row("amount", format_money(r.amount))
        s.show_row("allocated", format_money(r.allocated))
        s.show_row("write_off", format_money(r.write_off_amount), shown=bool(r.write_off_amount))
        s.show_row("refunded", format_money(r.refunded), shown=bool(r.refunded))
        s.show_row("advance", format_money(r.unallocated))
        s.show_row("balance_after", balance_text(r.balance_after))
        s.show_row("balance_now", balance_text(r.balance_now))
        s.words.setText(amount_in_words(r.amount))  # the service's words are English
        self._enable_actions(r)

    def _enable_actions(self, r: ReceiptView) -> None:
        live = r.status in ("posted", "pending")
        b = self.buttons
        b["reallocate"].setVisible(r.origin in REALLOCATABLE)
        b["reallocate"].setEnabled(live)
        b["cancel"].setVisible(r.origin in CANCELLABLE)
        b["cancel"].setEnabled(live)
        is_cheque = r.cheque is not None
        for key in ("deposited", "cleared", "bounced"):
            b[key].setVisible(is_cheque)
        b["deposited"].setEnabled(live and r.cheque_status == "received")
        b["cleared"].setEnabled(live and r.cheque_status in ("received", "deposited"))
        b["bounced"].setEnabled(live and r.cheque_status in ("deposited", "cleared"))
        if r.origin == "invoice":
            b["cancel"].setToolTip(
                QCoreApplication.translate(
                    "receipt_view", "Paid with its invoice: cancelling the invoice cancels it"
                )
            )

    def _facts(self, r: ReceiptView) -> list[tuple[str, str]]:
        rows = [
            (
                QCoreApplication.translate("receipt_view", "Customer"),
                f"<b>{r.customer_name}</b> ({r.customer_code})",
            ),
            (QCoreApplication.translate("receipt_view", "Date"), day_text(r.receipt_date)),
        ]
        if r.mode:
            rows.append((QCoreApplication.translate("receipt_view", "Mode"), label(r.mode_label)))
        if r.reference:
            rows.append((QCoreApplication.translate("receipt_view", "Reference"), r.reference))
        if r.cheque is not None:
            rows.append(
                (
                    QCoreApplication.translate("receipt_view", "Cheque"),
                    QCoreApplication.translate(
                        "receipt_view", "No. {number}, {bank}, dated {day}"
                    ).format(
                        number=r.cheque.number,
                        bank=r.cheque.bank,
                        day=day_text(r.cheque.cheque_date),
                    )
                    + (
                        QCoreApplication.translate("receipt_view", " (post-dated)")
                        if r.post_dated
                        else ""
                    ),
                )
            )
            state = label(CHEQUE_LABELS.get(r.cheque_status, r.cheque_status))
            for word, day in (
                (QT_TRANSLATE_NOOP("receipt_view", "deposited"), r.deposited_on),
                (QT_TRANSLATE_NOOP("receipt_view", "cleared"), r.cleared_on),
                (QT_TRANSLATE_NOOP("receipt_view", "bounced"), r.bounced_on),
            ):
                if day is not None:
                    state += (
                        f" · {QCoreApplication.translate('receipt_view', word)} {day_text(day)}"
                    )
            rows.append((QCoreApplication.translate("receipt_view", "Cheque state"), state))
        if r.counted_on is not None and r.counted_on != r.receipt_date:
            rows.append(
                (QCoreApplication.translate("receipt_view", "Counted on"), day_text(r.counted_on))
            )
        if r.write_off_number:
            rows.append(
                (QCoreApplication.translate("receipt_view", "Write-off"), r.write_off_number)
            )
        if r.bounce_charge_note:
            rows.append(
                (
                    QCoreApplication.translate("receipt_view", "Bank charge"),
                    QCoreApplication.translate("receipt_view", "debit note {number}").format(
                        number=r.bounce_charge_note
                    ),
                )
            )
        if r.notes:
            rows.append((QCoreApplication.translate("receipt_view", "Notes"), r.notes))
        if r.counter:  # several counters (issue 18): who posted it
            rows.append((QCoreApplication.translate("receipt_view", "Counter"), r.counter))
        return rows

    def _fill_settled(self, r: ReceiptView) -> None:
        self.table.setRowCount(len(r.settled))
        for row, line in enumerate(r.settled):
            name = f"{kind_label(line.kind)} {line.number}"
            if line.reference:
                name += f" ({line.reference})"
            cells = (
                name,
                day_text(line.doc_date),
                format_money(line.total, symbol=False),
                format_money(line.amount, symbol=False),
                format_money(line.outstanding_now, symbol=False),
            )
            self.put_row(row, cells, right=lambda column: column >= 2)

    def reload(self) -> None:
        self.show_changed(payments.get_receipt(self.receipt.number))

    # printing
    def print_preview(self, layout: Layout = "a4") -> None:
        receipt_print.print_preview(self, self.receipt, layout)

    def save_pdf(self) -> None:
        receipt_print.ask_and_save_pdf(self, self.receipt, "a4")

    # changes
    def reallocate_dialog(self) -> reallocate_dialog.ReallocateDialog:
        dialog = reallocate_dialog.for_receipt(self.receipt, self)
        dialog.saved.connect(self.show_changed)
        return dialog

    def reallocate(self) -> None:
        if self.buttons["reallocate"].isVisible() and self.buttons["reallocate"].isEnabled():
            self.reallocate_dialog().exec()

    def cancel_receipt(self, reason: str | None = None) -> bool:
        r = self.receipt
        return self.cancel_with(
            reason,
            (
                QCoreApplication.translate("receipt_view", "Cancel {number}").format(
                    number=r.number
                ),
                QCoreApplication.translate(
                    "receipt_view",
                    "Cancel {number} of {amount} from {customer}? The invoices it paid are owed "
                    "again and the number stays used. Why is it cancelled?",
                ).format(number=r.number, amount=format_money(r.amount), customer=r.customer_name),
            ),
            lambda why: payments.cancel_receipt(r.number, why),
            QCoreApplication.translate("receipt_view", "Not {what}").format(
                what=QCoreApplication.translate("receipt_view", "cancelled")
            ),
        )

    def _ask_and_cancel(self) -> None:
        self.cancel_receipt()

    def _cheque_words(self) -> str:
        r = self.receipt
        assert r.cheque is not None
        return cheque_dialogs.cheque_words(
            r.cheque.number, r.cheque.bank, r.amount, r.customer_name
        )

    def mark_deposited(self, on: date | None = None) -> bool:
        r = self.receipt
        if r.cheque is None:
            return False
        view = cheque_dialogs.deposit(
            self, r.number, self._cheque_words(), r.cheque.cheque_date, on
        )
        if view is not None:
            self.show_changed(view)
        return view is not None

    def _ask_deposited(self) -> None:
        self.mark_deposited()

    def mark_cleared(self, on: date | None = None) -> bool:
        r = self.receipt
        if r.cheque is None:
            return False
        view = cheque_dialogs.clear(self, r.number, self._cheque_words(), r.cheque.cheque_date, on)
        if view is not None:
            self.show_changed(view)
        return view is not None

    def _ask_cleared(self) -> None:
        self.mark_cleared()

    def mark_bounced(self, details: Bounce | None = None) -> bool:
        """Mark the cheque bounced (asking the day, reason and bank charge unless given)."""
        r = self.receipt
        if r.cheque is None:
            return False
        result = cheque_dialogs.bounce(
            self, r.number, self._cheque_words(), r.cheque.cheque_date, details
        )
        if result is not None:
            self.show_changed(result.receipt)
        return result is not None

    def _ask_bounced(self) -> None:
        self.mark_bounced()
