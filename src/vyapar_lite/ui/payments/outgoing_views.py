"""Windows for the other payments documents, on the document-window base (`DocWindow`): a refund
or payment out (re-allocate, cancel), a purchase bill (cancel) and a contra settlement (cancel).
Saved documents are never edited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import BillView, ContraView, PaymentView
from vyapar_lite.ui.language import amount_in_words
from vyapar_lite.ui.payments import reallocate_dialog
from vyapar_lite.ui.payments.doc_window import DocWindow
from vyapar_lite.ui.payments.labels import kind_label, net_text, payable_text
from vyapar_lite.ui.sales.labels import balance_text, day_text, mode_label, status_label


def _money(paise: int) -> str:
    return format_money(paise, symbol=False)


class PaymentDialog(DocWindow):
    """A refund (money paid back to a customer) or a payment out to a supplier."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "paymentView",
            (
                QT_TRANSLATE_NOOP("doc_window", "Bill"),
                QT_TRANSLATE_NOOP("doc_window", "Date"),
                QT_TRANSLATE_NOOP("doc_window", "Total"),
                QT_TRANSLATE_NOOP("doc_window", "This payment"),
                QT_TRANSLATE_NOOP("doc_window", "Still due"),
            ),
            (
                ("amount", QT_TRANSLATE_NOOP("amounts", "Amount paid")),
                ("allocated", QT_TRANSLATE_NOOP("amounts", "Against bills")),
                ("unallocated", QT_TRANSLATE_NOOP("amounts", "Paid ahead")),
                ("from_advance", QT_TRANSLATE_NOOP("amounts", "From their advance")),
                ("from_credit_notes", QT_TRANSLATE_NOOP("amounts", "From credit notes")),
                ("after", QT_TRANSLATE_NOOP("amounts", "Balance after")),
            ),
            bold=("amount",),
            parent=parent,
        )
        self.finish_buttons(
            [
                (
                    "reallocate",
                    QCoreApplication.translate("outgoing_views", "Re-&allocate…"),
                    "",
                    self.reallocate,
                ),
                (
                    "cancel",
                    QCoreApplication.translate("outgoing_views", "&Cancel payment…"),
                    "",
                    self.cancel_payment,
                ),
                ("close", QCoreApplication.translate("outgoing_views", "Close"), "", self.reject),
            ]
        )
        self.show_view(payments.get_payment(number))

    def show_view(self, p: PaymentView) -> None:
        self.payment = p
        heading = f"{kind_label(p.purpose if p.purpose == 'refund' else 'supplier')} {p.number}"
        self.set_heading(heading, status_label(p.status), p.status == "cancelled", p.cancel_reason)
        cheque = (
            QCoreApplication.translate(
                "outgoing_views", "No. {number}, {bank}, dated {day}"
            ).format(number=p.cheque.number, bank=p.cheque.bank, day=day_text(p.cheque.cheque_date))
            if p.cheque is not None
            else ""
        )
        self.set_facts(
            [
                (
                    QCoreApplication.translate("outgoing_views", "Paid to"),
                    f"<b>{p.customer_name}</b> ({p.customer_code})",
                ),
                (QCoreApplication.translate("outgoing_views", "Date"), day_text(p.pay_date)),
                (QCoreApplication.translate("outgoing_views", "Mode"), mode_label(p.mode)),
                (QCoreApplication.translate("outgoing_views", "Reference"), p.reference),
                (QCoreApplication.translate("outgoing_views", "Cheque"), cheque),
                (QCoreApplication.translate("outgoing_views", "Notes"), p.notes),
                (QCoreApplication.translate("outgoing_views", "Counter"), p.counter),
            ]
        )
        self.fill(
            [
                (
                    f"{line.number} ({line.reference})" if line.reference else line.number,
                    day_text(line.doc_date),
                    _money(line.total),
                    _money(line.amount),
                    _money(line.outstanding_now),
                )
                for line in p.settled
            ],
            right_from=2,
        )
        refund = p.purpose == "refund"
        s = self.side
        s.show_row("amount", format_money(p.amount))
        s.show_row("allocated", format_money(p.allocated), shown=not refund)
        s.show_row("unallocated", format_money(p.unallocated), shown=not refund)
        s.show_row("from_advance", format_money(p.from_advance), shown=refund)
        s.show_row("from_credit_notes", format_money(p.from_credit_notes), shown=refund)
        s.labels["after"].setText(
            QCoreApplication.translate("outgoing_views", "Balance now")
            if refund
            else QCoreApplication.translate("outgoing_views", "We owe them now")
        )
        s.show_row(
            "after", balance_text(p.balance_after) if refund else payable_text(p.payable_after)
        )
        s.words.setText(amount_in_words(p.amount))  # the service's words are English
        live = p.status == "posted"
        self.table.setVisible(not refund)
        self.buttons["reallocate"].setVisible(p.purpose == "supplier")
        self.buttons["reallocate"].setEnabled(live)
        self.buttons["cancel"].setVisible(p.purpose != "contra")
        self.buttons["cancel"].setEnabled(live)

    def reallocate(self) -> None:
        dialog = reallocate_dialog.for_payment(self.payment, self)
        dialog.saved.connect(self.show_changed)
        dialog.exec()

    def cancel_payment(self, reason: str | None = None) -> bool:
        p = self.payment
        return self.cancel_document(
            reason,
            p.number,
            QCoreApplication.translate(
                "outgoing_views", "Cancel {number} of {amount} to {name}? Why?"
            ).format(number=p.number, amount=format_money(p.amount), name=p.customer_name),
            lambda why: payments.cancel_payment(p.number, why),
        )


class BillDialog(DocWindow):
    """A purchase bill from a customer who is also a supplier."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "billView",
            (QT_TRANSLATE_NOOP("doc_window", "Paid by"),),
            (
                ("taxable", QT_TRANSLATE_NOOP("amounts", "Taxable value")),
                ("gst", QT_TRANSLATE_NOOP("amounts", "GST")),
                ("total", QT_TRANSLATE_NOOP("amounts", "Bill total")),
                ("paid", QT_TRANSLATE_NOOP("amounts", "Paid")),
                ("outstanding", QT_TRANSLATE_NOOP("amounts", "Still to pay")),
            ),
            bold=("total", "outstanding"),
            parent=parent,
        )
        self.finish_buttons(
            [
                (
                    "cancel",
                    QCoreApplication.translate("outgoing_views", "&Cancel bill…"),
                    "",
                    self.cancel_bill,
                ),
                ("close", QCoreApplication.translate("outgoing_views", "Close"), "", self.reject),
            ]
        )
        self.show_view(payments.get_bill(number))

    def show_view(self, b: BillView) -> None:
        self.bill = b
        self.set_heading(
            QCoreApplication.translate("outgoing_views", "Purchase bill {number}").format(
                number=b.number
            ),
            status_label(b.status),
            b.status == "cancelled",
            b.cancel_reason,
        )
        self.set_facts(
            [
                (
                    QCoreApplication.translate("outgoing_views", "Supplier"),
                    f"<b>{b.customer_name}</b> ({b.customer_code})",
                ),
                (
                    QCoreApplication.translate("outgoing_views", "Their bill no."),
                    f"<b>{b.bill_number}</b>",
                ),
                (QCoreApplication.translate("outgoing_views", "Bill date"), day_text(b.bill_date)),
                (QCoreApplication.translate("outgoing_views", "Due"), day_text(b.due_date)),
                (QCoreApplication.translate("outgoing_views", "For"), b.description),
                (QCoreApplication.translate("outgoing_views", "Counter"), b.counter),
            ]
        )
        self.fill([(n,) for n in b.payments], right_from=9)
        s = self.side
        for key in ("taxable", "gst", "total", "paid", "outstanding"):
            s.show_row(key, format_money(getattr(b, key)))
        self.buttons["cancel"].setEnabled(b.status == "posted")

    def cancel_bill(self, reason: str | None = None) -> bool:
        b = self.bill
        return self.cancel_document(
            reason,
            b.number,
            QCoreApplication.translate(
                "outgoing_views",
                "Cancel purchase bill {number} (their {their}) of {amount}? Payments "
                "against it become paid ahead. Why?",
            ).format(number=b.number, their=b.bill_number, amount=format_money(b.total)),
            lambda why: payments.cancel_bill(b.number, why),
        )


class ContraDialog(DocWindow):
    """A contra settlement: what it set off on each side, and the account now."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "contraView",
            (
                QT_TRANSLATE_NOOP("doc_window", "Set off"),
                QT_TRANSLATE_NOOP("doc_window", "Side"),
                QT_TRANSLATE_NOOP("doc_window", "Amount"),
            ),
            (
                ("amount", QT_TRANSLATE_NOOP("amounts", "Set off")),
                ("receivable", QT_TRANSLATE_NOOP("amounts", "They owe us now")),
                ("payable", QT_TRANSLATE_NOOP("amounts", "We owe them now")),
                ("net", QT_TRANSLATE_NOOP("amounts", "Net")),
            ),
            bold=("amount", "net"),
            parent=parent,
        )
        self.finish_buttons(
            [
                (
                    "cancel",
                    QCoreApplication.translate("outgoing_views", "&Cancel settlement…"),
                    "",
                    self.cancel_contra,
                ),
                ("close", QCoreApplication.translate("outgoing_views", "Close"), "", self.reject),
            ]
        )
        self.show_view(payments.get_contra(number))

    def show_view(self, c: ContraView) -> None:
        self.contra = c
        self.set_heading(
            QCoreApplication.translate("outgoing_views", "Contra settlement {number}").format(
                number=c.number
            ),
            status_label(c.status),
            c.status == "cancelled",
            c.cancel_reason,
        )
        self.set_facts(
            [
                (
                    QCoreApplication.translate("outgoing_views", "Customer and supplier"),
                    f"<b>{c.customer_name}</b> ({c.customer_code})",
                ),
                (QCoreApplication.translate("outgoing_views", "Date"), day_text(c.contra_date)),
                (QCoreApplication.translate("outgoing_views", "Notes"), c.notes),
            ]
        )
        sales = QCoreApplication.translate("outgoing_views", "Sales (they owe us)")
        bought = QCoreApplication.translate("outgoing_views", "Purchases (we owe them)")
        rows = [(n, sales, _money(a)) for n, a in c.invoices.items()]
        rows += [(n, bought, _money(a)) for n, a in c.bills.items()]
        self.fill(rows, right_from=2)
        s = self.side
        s.show_row("amount", format_money(c.amount))
        s.show_row("receivable", balance_text(c.sides_now.receivable))
        s.show_row("payable", payable_text(c.sides_now.payable))
        s.show_row("net", net_text(c.sides_now.net))
        self.buttons["cancel"].setEnabled(c.status == "posted")

    def cancel_contra(self, reason: str | None = None) -> bool:
        c = self.contra
        return self.cancel_document(
            reason,
            c.number,
            QCoreApplication.translate(
                "outgoing_views",
                "Cancel contra settlement {number} of {amount}? Both sides are owed again. Why?",
            ).format(number=c.number, amount=format_money(c.amount)),
            lambda why: payments.cancel_contra(c.number, why),
        )
