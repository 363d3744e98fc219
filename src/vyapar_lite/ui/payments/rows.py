"""Lines for the payments list and a customer's Transactions tab, from the services' summaries
(no Qt here). Kinds: receipt, counter (paid with its invoice), order (advance), write_off, contra,
refund, supplier (payment out), purchase_bill."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import open_items, payments
from vyapar_lite.services.payments import BillView, PaymentSummary, ReceiptSummary
from vyapar_lite.ui.language import customer_name
from vyapar_lite.ui.payments.labels import ORIGIN_KINDS, kind_label, status_label
from vyapar_lite.ui.sales import labels as sales_labels
from vyapar_lite.ui.sales.sales_list import ListRow


@dataclass(frozen=True)
class PaymentRow:
    kind: str
    number: str
    day: date
    customer: str
    amount: int
    how: str  # mode and reference
    status: str
    cheque_status: str
    open_amount: int  # a receipt's advance left / a bill's outstanding / a payment's unallocated
    owes: bool = False  # the customer owes something: a receipt's money left is "on account"

    @property
    def kind_text(self) -> str:
        return kind_label(self.kind)

    @property
    def status_text(self) -> str:
        return status_label(self.status, self.cheque_status)

    @property
    def open_text(self) -> str:
        if not self.open_amount or self.status in ("cancelled", "bounced"):
            return ""
        # an advance only when the customer owes nothing (services/open_items.py)
        word = _OPEN_WORDS["advance" if not self.owes else "on account"]
        word = _OPEN_WORDS["to pay"] if self.kind == "purchase_bill" else word
        return QCoreApplication.translate("rows", word).format(
            amount=format_money(self.open_amount, symbol=False)
        )

    @property
    def muted(self) -> bool:
        return self.status in ("cancelled", "bounced")


# what is left of a payment: an advance, money on account, a bill still to pay
_OPEN_WORDS = {
    "advance": QT_TRANSLATE_NOOP("rows", "advance {amount}"),
    "on account": QT_TRANSLATE_NOOP("rows", "on account {amount}"),
    "to pay": QT_TRANSLATE_NOOP("rows", "to pay {amount}"),
}
_OPENING = QT_TRANSLATE_NOOP("labels", "Opening")  # an opening credit's mode


def _how(mode: str, reference: str) -> str:
    word = sales_labels.label(payments.MODE_LABELS.get(mode, mode.title())) if mode else ""
    return " · ".join(p for p in (word, reference) if p)


def receipt_row(r: ReceiptSummary, *, owing: Collection[str] = ()) -> PaymentRow:
    """`owing`: codes of customers who owe something today (`open_items.owing_codes`)."""
    return PaymentRow(
        kind=ORIGIN_KINDS.get(r.origin, "receipt"),
        number=r.number,
        day=r.receipt_date,
        customer=f"{customer_name(r.customer_name, r.customer_code)} ({r.customer_code})",
        amount=r.amount,
        how=_how(r.mode, r.reference),
        status=r.status,
        cheque_status=r.cheque_status,
        open_amount=r.unallocated,
        owes=r.customer_code in owing,
    )


def payment_row(p: PaymentSummary) -> PaymentRow:
    return PaymentRow(
        kind=p.purpose if p.purpose in ("refund", "contra") else "supplier",
        number=p.number,
        day=p.pay_date,
        customer=f"{customer_name(p.customer_name, p.customer_code)} ({p.customer_code})",
        amount=p.amount,
        how=_how(p.mode, p.reference),
        status=p.status,
        cheque_status="",
        open_amount=0,
    )


def bill_row(b: BillView) -> PaymentRow:
    return PaymentRow(
        kind="purchase_bill",
        number=b.number,
        day=b.bill_date,
        customer=f"{b.customer_name} ({b.customer_code})",
        amount=b.total,
        how=QCoreApplication.translate("rows", "their bill {number}").format(number=b.bill_number),
        status=b.status,
        cheque_status="",
        open_amount=b.outstanding if b.status == "posted" else 0,
    )


def customer_rows(code: str) -> list[PaymentRow]:
    """Everything on the payments side of one customer: receipts (with write-offs and contras),
    refunds and payments out, purchase bills; newest first. A contra is listed once."""
    receipts = payments.customer_receipts(code)
    owing = open_items.owing_codes([code]) if receipts else set()
    rows = [receipt_row(r, owing=owing) for r in receipts]
    rows += [payment_row(p) for p in payments.customer_payments(code) if p.purpose != "contra"]
    rows += [bill_row(b) for b in payments.customer_bills(code)]
    rows.sort(key=lambda r: r.day, reverse=True)
    return rows


def as_list_row(row: PaymentRow) -> ListRow:
    """The same line in the sales document table (a customer's Transactions tab)."""
    return ListRow(
        kind=row.kind,
        number=row.number,
        day=row.day,
        customer=row.customer,
        total=format_money(row.amount, symbol=False),
        outstanding=row.open_text,
        status=row.status,
        due=None,
    )
