"""The supplier side of customers who are also suppliers, as Tally vouchers on their payable
ledger (`TallyNames.supplier`, under Sundry Creditors): purchase bills (Purchase) and payments
to them (Payment, against their bills). The payable side of a contra settlement is in the
contra's Journal (`money_vouchers.receipt_voucher`), so its payable entry is not written twice.

A purchase bill records its GST as one amount, not by head, so the tax goes to one ledger
(`input_gst`) for the accountant to split into CGST, SGST and IGST before claiming the credit
(s.16 CGST Act; the credit is taken head by head, s.49(5)). Cancelled bills and payments are
left out as on the customer side: their reversal is dated like them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.services.tally.money_vouchers import MoneyRow, cash_or_bank, reversed_voucher
from vyapar_lite.services.tally.names import TallyNames
from vyapar_lite.services.tally.vouchers import Bill, Entry, PartyAsIssued, Voucher

_ENTRIES = (
    "SELECT id, customer_id, entry_date, kind, doc_type, doc_id, doc_number, description, "
    "debit - credit FROM payable_entry WHERE entry_date >= ? AND entry_date <= ? "
    "ORDER BY entry_date, id"
)
_IN_PERIOD = (  # on the date index, as in `books`
    "(SELECT doc_id FROM payable_entry "
    "WHERE entry_date >= ? AND entry_date <= ? AND doc_type || '' = ?)"
)
_BILLS = (
    "SELECT id, number, bill_number, taxable, gst, total FROM purchase_bill WHERE id IN "
    + _IN_PERIOD
)
_PAYMENTS = (
    "SELECT id, number, mode, purpose, reference, cheque_number FROM payment_out WHERE id IN "
    + _IN_PERIOD
)
_PAID = (
    "SELECT a.payment_id, b.bill_number, a.amount FROM bill_allocation a "
    "JOIN purchase_bill b ON b.id = a.bill_id "
    "WHERE b.status = 'posted' AND a.payment_id IN " + _IN_PERIOD + " ORDER BY a.payment_id, a.id"
)
_PARTIES = (
    "SELECT doc_id, party_name, billing_address, gstin, state_name, place_name "
    "FROM document_party WHERE doc_type = ? AND doc_id IN " + _IN_PERIOD
)


@dataclass(frozen=True)
class BillRow:
    number: str  # ours (PB/...)
    their_number: str
    taxable: int
    gst: int
    total: int


@dataclass(frozen=True)
class SupplierSide:
    entries: list[tuple[Any, ...]]  # payable_entry rows, shaped like ledger_entry rows
    bills: dict[int, BillRow]
    payments: dict[int, MoneyRow]
    parties: dict[str, dict[int, PartyAsIssued]]


def read_supplier_side(start: str, end: str) -> SupplierSide:
    def read(sql: str, doc_type: str, *before: object) -> list[tuple[Any, ...]]:
        return list(database.execute_sql(sql, (*before, start, end, doc_type)).fetchall())

    paid: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for payment_id, their, amount in read(_PAID, "payment_out"):
        paid[payment_id].append((their, amount))
    payments = {
        r[0]: MoneyRow(r[1], r[2], r[3], r[4] or "", r[5] or "", tuple(paid.get(r[0], ())))
        for r in read(_PAYMENTS, "payment_out")
    }
    return SupplierSide(
        list(database.execute_sql(_ENTRIES, (start, end)).fetchall()),
        {r[0]: BillRow(r[1], r[2], r[3], r[4], r[5]) for r in read(_BILLS, "purchase_bill")},
        payments,
        {
            kind: {
                r[0]: PartyAsIssued(r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "")
                for r in read(_PARTIES, kind, kind)
            }
            for kind in ("purchase_bill", "payment_out")
        },
    )


def supplier_voucher(
    entry: tuple[Any, ...], side: SupplierSide, names: TallyNames, ledger: str
) -> Voucher | None:
    """The voucher for one payable entry (+ debit), or None for a contra's payable side."""
    _id, _customer, on, _kind, doc_type, doc_id, number, text, amount = entry
    day = on if isinstance(on, date) else date.fromisoformat(str(on)[:10])
    party = side.parties.get(doc_type, {}).get(doc_id)
    if doc_type == "purchase_bill" and doc_id in side.bills:
        voucher = purchase_voucher(side.bills[doc_id], day, names, ledger, party)
        return voucher if amount == -side.bills[doc_id].total else _reversal(voucher, day)
    if doc_type == "payment_out" and doc_id in side.payments:
        row = side.payments[doc_id]
        if row.origin == "contra":
            return None
        voucher = payment_voucher(row, day, abs(amount), names=names, ledger=ledger, party=party)
        return voucher if amount > 0 else _reversal(voucher, day)
    bill = Bill("On Account", "", amount)
    entries = (Entry(ledger, amount, (bill,), True), Entry(names.no_document, -amount))
    return Voucher("Journal", number, day, ledger, entries, text)


def purchase_voucher(
    bill: BillRow, on: date, names: TallyNames, ledger: str, party: PartyAsIssued | None
) -> Voucher:
    lines = [Entry(names.purchases, bill.taxable)]
    if bill.gst:
        lines.append(Entry(names.input_gst, bill.gst))
    lines.append(
        Entry(ledger, -bill.total, (Bill("New Ref", bill.their_number, -bill.total),), True)
    )
    return Voucher("Purchase", bill.number, on, ledger, tuple(lines),
                   f"Supplier's bill {bill.their_number}", bill.their_number, party)  # fmt: skip


def payment_voucher(
    row: MoneyRow,
    on: date,
    amount: int,
    *,
    names: TallyNames,
    ledger: str,
    party: PartyAsIssued | None,
) -> Voucher:
    bills = [Bill("Agst Ref", their, paise) for their, paise in row.settled if paise]
    left = amount - sum(paise for _, paise in row.settled)
    if left:
        bills.append(Bill("On Account", "", left))
    entries = (
        Entry(ledger, amount, tuple(bills), True),
        Entry(cash_or_bank(row, names), -amount),
    )
    return Voucher("Payment", row.number, on, ledger, entries, "Payment to supplier",
                   row.reference, party)  # fmt: skip


def _reversal(voucher: Voucher, on: date) -> Voucher:
    return reversed_voucher(voucher, on, f"{voucher.number} cancelled")
