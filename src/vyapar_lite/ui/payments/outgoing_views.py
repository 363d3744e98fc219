"""Windows for the other payments documents, on the document-window base (`DocWindow`): a refund
or payment out (re-allocate, cancel), a purchase bill (cancel) and a contra settlement (cancel).
Saved documents are never edited."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.payments import BillView, ContraView, PaymentView
from vyapar_lite.ui.payments import reallocate_dialog
from vyapar_lite.ui.payments.doc_window import DocWindow
from vyapar_lite.ui.payments.labels import kind_label, net_text, payable_text
from vyapar_lite.ui.sales.labels import balance_text, day_text, status_label
from vyapar_lite.ui.sales.reason_dialog import ask_reason


def _money(paise: int) -> str:
    return format_money(paise, symbol=False)


class PaymentDialog(DocWindow):
    """A refund (money paid back to a customer) or a payment out to a supplier."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "paymentView",
            ("Bill", "Date", "Total", "This payment", "Still due"),
            (
                ("amount", "Amount paid"),
                ("allocated", "Against bills"),
                ("unallocated", "Paid ahead"),
                ("from_advance", "From their advance"),
                ("from_credit_notes", "From credit notes"),
                ("after", "Balance after"),
            ),
            bold=("amount",),
            parent=parent,
        )
        self.finish_buttons(
            [
                ("reallocate", "Re-&allocate…", "", self.reallocate),
                ("cancel", "&Cancel payment…", "", self.cancel_payment),
                ("close", "Close", "", self.reject),
            ]
        )
        self.show_payment(payments.get_payment(number))

    def show_payment(self, p: PaymentView) -> None:
        self.payment = p
        heading = f"{kind_label(p.purpose if p.purpose == 'refund' else 'supplier')} {p.number}"
        self.set_heading(heading, status_label(p.status), p.status == "cancelled", p.cancel_reason)
        cheque = (
            f"No. {p.cheque.number}, {p.cheque.bank}, dated {day_text(p.cheque.cheque_date)}"
            if p.cheque is not None
            else ""
        )
        self.set_facts(
            [
                ("Paid to", f"<b>{p.customer_name}</b> ({p.customer_code})"),
                ("Date", day_text(p.pay_date)),
                ("Mode", p.mode_label),
                ("Reference", p.reference),
                ("Cheque", cheque),
                ("Notes", p.notes),
                ("Counter", p.counter),
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
        s.labels["after"].setText("Balance now" if refund else "We owe them now")
        s.show_row(
            "after", balance_text(p.balance_after) if refund else payable_text(p.payable_after)
        )
        s.words.setText(p.amount_in_words)
        live = p.status == "posted"
        self.table.setVisible(not refund)
        self.buttons["reallocate"].setVisible(p.purpose == "supplier")
        self.buttons["reallocate"].setEnabled(live)
        self.buttons["cancel"].setVisible(p.purpose != "contra")
        self.buttons["cancel"].setEnabled(live)

    def reallocate(self) -> None:
        dialog = reallocate_dialog.for_payment(self.payment, self)
        dialog.saved.connect(self._done)
        dialog.exec()

    def cancel_payment(self, reason: str | None = None) -> bool:
        p = self.payment
        reason = reason or ask_reason(
            self,
            f"Cancel {p.number}",
            f"Cancel {p.number} of {format_money(p.amount)} to {p.customer_name}? Why?",
        )
        if not reason:
            return False
        chosen = reason
        return self.attempt(
            lambda: self._done(payments.cancel_payment(p.number, chosen)), "cancelled"
        )

    def _done(self, view: PaymentView) -> None:
        self.show_payment(view)
        self.changed.emit()


class BillDialog(DocWindow):
    """A purchase bill from a customer who is also a supplier."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "billView",
            ("Paid by",),
            (
                ("taxable", "Taxable value"),
                ("gst", "GST"),
                ("total", "Bill total"),
                ("paid", "Paid"),
                ("outstanding", "Still to pay"),
            ),
            bold=("total", "outstanding"),
            parent=parent,
        )
        self.finish_buttons(
            [("cancel", "&Cancel bill…", "", self.cancel_bill), ("close", "Close", "", self.reject)]
        )
        self.show_bill(payments.get_bill(number))

    def show_bill(self, b: BillView) -> None:
        self.bill = b
        self.set_heading(
            f"Purchase bill {b.number}",
            status_label(b.status),
            b.status == "cancelled",
            b.cancel_reason,
        )
        self.set_facts(
            [
                ("Supplier", f"<b>{b.customer_name}</b> ({b.customer_code})"),
                ("Their bill no.", f"<b>{b.bill_number}</b>"),
                ("Bill date", day_text(b.bill_date)),
                ("Due", day_text(b.due_date)),
                ("For", b.description),
                ("Counter", b.counter),
            ]
        )
        self.fill([(n,) for n in b.payments], right_from=9)
        s = self.side
        for key in ("taxable", "gst", "total", "paid", "outstanding"):
            s.show_row(key, format_money(getattr(b, key)))
        self.buttons["cancel"].setEnabled(b.status == "posted")

    def cancel_bill(self, reason: str | None = None) -> bool:
        b = self.bill
        reason = reason or ask_reason(
            self,
            f"Cancel {b.number}",
            f"Cancel purchase bill {b.number} (their {b.bill_number}) of "
            f"{format_money(b.total)}? Payments against it become paid ahead. Why?",
        )
        if not reason:
            return False
        chosen = reason
        return self.attempt(lambda: self._done(payments.cancel_bill(b.number, chosen)), "cancelled")

    def _done(self, view: BillView) -> None:
        self.show_bill(view)
        self.changed.emit()


class ContraDialog(DocWindow):
    """A contra settlement: what it set off on each side, and the account now."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "contraView",
            ("Set off", "Side", "Amount"),
            (
                ("amount", "Set off"),
                ("receivable", "They owe us now"),
                ("payable", "We owe them now"),
                ("net", "Net"),
            ),
            bold=("amount", "net"),
            parent=parent,
        )
        self.finish_buttons(
            [
                ("cancel", "&Cancel settlement…", "", self.cancel_contra),
                ("close", "Close", "", self.reject),
            ]
        )
        self.show_contra(payments.get_contra(number))

    def show_contra(self, c: ContraView) -> None:
        self.contra = c
        self.set_heading(
            f"Contra settlement {c.number}",
            status_label(c.status),
            c.status == "cancelled",
            c.cancel_reason,
        )
        self.set_facts(
            [
                ("Customer and supplier", f"<b>{c.customer_name}</b> ({c.customer_code})"),
                ("Date", day_text(c.contra_date)),
                ("Notes", c.notes),
            ]
        )
        rows = [(n, "Sales (they owe us)", _money(a)) for n, a in c.invoices.items()]
        rows += [(n, "Purchases (we owe them)", _money(a)) for n, a in c.bills.items()]
        self.fill(rows, right_from=2)
        s = self.side
        s.show_row("amount", format_money(c.amount))
        s.show_row("receivable", balance_text(c.sides_now.receivable))
        s.show_row("payable", payable_text(c.sides_now.payable))
        s.show_row("net", net_text(c.sides_now.net))
        self.buttons["cancel"].setEnabled(c.status == "posted")

    def cancel_contra(self, reason: str | None = None) -> bool:
        c = self.contra
        reason = reason or ask_reason(
            self,
            f"Cancel {c.number}",
            f"Cancel contra settlement {c.number} of {format_money(c.amount)}? Both sides are "
            "owed again. Why?",
        )
        if not reason:
            return False
        chosen = reason
        return self.attempt(
            lambda: self._done(payments.cancel_contra(c.number, chosen)), "cancelled"
        )

    def _done(self, view: ContraView) -> None:
        self.show_contra(view)
        self.changed.emit()
