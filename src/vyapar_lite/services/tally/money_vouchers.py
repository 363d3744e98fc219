"""Money and settlements as Tally vouchers: receipts (Receipt, with bill allocations), refunds
and bounced cheques (Payment), write-offs, contra settlements and entries without a document
(Journal).

- A receipt credits the customer bill by bill: each allocation to a posted document dated on or
  before it is "Agst Ref" that document; money it gave to a document dated later (an order's
  advance used by its invoice) was an advance when received: "Advance" under the receipt's own
  number, which the later document's voucher settles "Agst Ref"; what it leaves unallocated is
  "Advance" for a sale order's advance and "On Account" otherwise. Cash receipts debit the
  cash ledger, every other mode the bank.
- A bounced cheque that had been counted is a Payment on the day it came back: the customer
  debited against the same bills, the bank credited (the bank took the money back).
- A refund is a Payment debiting the customer (on account) and crediting cash or bank.
- A write-off is a Journal: the write-off ledger debited, the customer credited against the
  bills it settled. A contra settlement is a Journal debiting the customer's payable ledger
  (Sundry Creditors) and crediting the customer against the bills it settled.
- A ledger entry with no document behind it (history typed in from an old ledger) is a Journal
  against the `no_document` ledger, for the accountant to reclassify.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from vyapar_lite.services.sales_postings import MODE_LABELS
from vyapar_lite.services.tally.names import TallyNames
from vyapar_lite.services.tally.vouchers import Bill, Entry, Side, Voucher


class MoneyRow(NamedTuple):
    """A receipt-table row or a payment out, with what it settled (document number, paise)."""

    number: str
    mode: str
    origin: str  # receipt: receipt | invoice | order | write_off | contra; payment: its purpose
    reference: str
    cheque_number: str
    settled: tuple[tuple[str, int], ...]
    # a contra: the supplier's bills its payable side settled (their number, paise)
    payable_settled: tuple[tuple[str, int], ...] = ()
    # paise it settled on documents dated after it: an advance then, under its own number, which
    # those documents' vouchers settle "Agst Ref" (`sales_vouchers.document_voucher`)
    ahead: int = 0
    # a receipt as read: what it settled with each document's ISO date, before `ahead` is known,
    # and the ISO day it counted (its bills are split as of that day, for its bounce too)
    dated: tuple[tuple[str, int, str], ...] = ()
    counted: str = ""
    # the ledger of the money account its money moved on ("": Cash or Bank by its mode)
    money_ledger: str = ""


def cash_or_bank(row: MoneyRow, names: TallyNames) -> str:
    """The money account's ledger the row's money moved on; by its mode when none is known."""
    if row.money_ledger:
        return row.money_ledger
    return names.cash if row.mode == "cash" else names.bank


def settlement_bills(row: MoneyRow, amount: int) -> tuple[Bill, ...]:
    """A credit of `amount` paise (> 0) to the customer, bill by bill (amounts negative)."""
    bills = [Bill("Agst Ref", number, -paise) for number, paise in row.settled if paise]
    left = amount - sum(paise for _, paise in row.settled)
    if row.ahead:
        bills.append(Bill("Advance", row.number, -row.ahead))
        left -= row.ahead
    if left and row.origin == "order":
        bills.append(Bill("Advance", row.number, -left))
    elif left:
        bills.append(Bill("On Account", "", -left))
    return tuple(bills)


def receipt_voucher(
    row: MoneyRow,
    on: date,
    amount: int,
    *,
    names: TallyNames,
    side: Side,
) -> Voucher:
    """A receipt, write-off or contra of `amount` paise credited to the customer."""
    party_ledger = side.ledger
    credit = Entry(party_ledger, -amount, settlement_bills(row, amount), True)
    if row.origin == "write_off":
        other, kind, text = names.write_off, "Journal", "Written off"
    elif row.origin == "contra":
        payable = [Bill("Agst Ref", their, paise) for their, paise in row.payable_settled]
        left = amount - sum(paise for _, paise in row.payable_settled)
        if left:
            payable.append(Bill("On Account", "", left))
        debit = Entry(names.supplier(party_ledger), amount, tuple(payable))
        return Voucher("Journal", row.number, on, party_ledger, (debit, credit),
                       "Contra: set off against what the shop owes them", row.reference,
                       side.issued)  # fmt: skip
    else:
        other, kind, text = cash_or_bank(row, names), "Receipt", _how(row)
    return Voucher(kind, row.number, on, side.ledger, (Entry(other, amount), credit), text,
                   row.reference, side.issued)  # fmt: skip


def bounce_voucher(
    row: MoneyRow,
    on: date,
    amount: int,
    *,
    names: TallyNames,
    side: Side,
) -> Voucher:
    """The bank took back a counted cheque: the customer owes the bills again."""
    bills = tuple(Bill(b.kind, b.name, -b.amount) for b in settlement_bills(row, amount))
    entries = (
        Entry(side.ledger, amount, bills, True),
        Entry(row.money_ledger or names.bank, -amount),
    )
    return Voucher("Payment", row.number, on, side.ledger, entries,
                   f"Cheque {row.cheque_number} bounced", row.reference, side.issued)  # fmt: skip


def refund_voucher(
    row: MoneyRow,
    on: date,
    amount: int,
    *,
    names: TallyNames,
    side: Side,
) -> Voucher:
    entries = (
        Entry(side.ledger, amount, (Bill("On Account", "", amount),), True),
        Entry(cash_or_bank(row, names), -amount),
    )
    return Voucher("Payment", row.number, on, side.ledger, entries, "Refund: " + _how(row),
                   row.reference, side.issued)  # fmt: skip


def no_document_voucher(
    number: str, on: date, amount: int, *, text: str, names: TallyNames, side: Side
) -> Voucher:
    """A ledger entry of `amount` paise (+ debit) with no document behind it."""
    bill = (
        Bill("New Ref", number, amount) if amount > 0 and number else Bill("On Account", "", amount)
    )
    entries = (Entry(side.ledger, amount, (bill,), True), Entry(names.no_document, -amount))
    return Voucher("Journal", number, on, side.ledger, entries, text)


def reversed_voucher(voucher: Voucher, on: date, why: str) -> Voucher:
    """A document's voucher with every amount turned round: its reversal on `on`. A bill the
    document opened ("New Ref") is settled by the reversal ("Agst Ref")."""
    entries = tuple(
        Entry(e.ledger, -e.amount, tuple(_turned(b) for b in e.bills), e.is_party)
        for e in voucher.entries
    )
    return Voucher(_REVERSAL[voucher.kind], voucher.number, on, voucher.party_ledger, entries, why,
                   voucher.reference, voucher.party)  # fmt: skip


def _turned(bill: Bill) -> Bill:
    kind = "Agst Ref" if bill.kind == "New Ref" else bill.kind
    return Bill(kind, bill.name, -bill.amount, None)


_REVERSAL = {
    "Sales": "Credit Note",
    "Debit Note": "Credit Note",
    "Credit Note": "Debit Note",
    "Receipt": "Payment",
    "Payment": "Receipt",
    "Journal": "Journal",
}


def _how(row: MoneyRow) -> str:
    if row.mode == "cheque" and row.cheque_number:
        return f"Cheque {row.cheque_number}"
    return MODE_LABELS.get(row.mode, row.mode.capitalize())
