"""A period's books as Tally vouchers and ledger masters (`tally_books`).

Every customer ledger entry dated in the period becomes (part of) a voucher whose party amount
is that entry, so each customer's ledger in Tally moves by exactly what the Balances report
moves by over the period. Read in a handful of SQL queries (documents, lines summed by rate,
settlements and parties fetched for all the period's entries at once), so a month of a
1,000,000-entry shop takes seconds (benchmarks/tally.py).

Decisions the export makes:

- **Cancelled documents are left out.** Cancelling reverses a document on its own date
  (`sales_cancel`, `receipts.cancel_row`, `payments_out.cancel_payment_row`), so a cancelled
  document and its reversal net to nothing on one day: neither is written, and the count is
  reported. A reversal on another day (none of the app's services makes one) is written as the
  document's voucher turned round.
- **Opening bills and credits** dated in the period go on the customer's ledger master as its
  opening balance, bill by bill (each opening bill under its own number, each opening credit an
  advance under its receipt's number), not as vouchers; an export of a later period carries no
  opening balance.
- **Bounced cheques** are a Payment on the day they came back; see `money_vouchers`.
- **Expenses and contra vouchers** (not in any customer's ledger) are Payment and Contra
  vouchers, and receipts and payments out debit or credit the ledger of the money account their
  money moved on; see `expense_vouchers`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from vyapar_lite.db import database
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services.tally import expense_vouchers, masters
from vyapar_lite.services.tally.money_vouchers import (
    MoneyRow,
    bounce_voucher,
    no_document_voucher,
    receipt_voucher,
    refund_voucher,
    reversed_voucher,
)
from vyapar_lite.services.tally.names import TallyNames, party_ledger, tally_names
from vyapar_lite.services.tally.sales_vouchers import DocRow, LineGroup, document_voucher
from vyapar_lite.services.tally.supplier_vouchers import read_supplier_side, supplier_voucher
from vyapar_lite.services.tally.vouchers import (
    VOUCHER_TYPES,
    Bill,
    PartyAsIssued,
    Side,
    TallyBooks,
    Voucher,
)

Progress = Callable[[int, int, str], None]
# The ids of one document type with entries in the period: every query below reads just those.
# (`doc_type || ''` keeps the planner on the date index: through the (doc_type, doc_id) index it
# would visit every entry of that type in the books, 640,000 on the benchmark shop.)
_IN_PERIOD = (
    "(SELECT doc_id FROM ledger_entry "
    "WHERE entry_date >= ? AND entry_date <= ? AND doc_type || '' = ?)"
)

_ENTRIES = (
    "SELECT id, customer_id, entry_date, kind, doc_type, doc_id, doc_number, description, "
    "debit - credit FROM ledger_entry WHERE entry_date >= ? AND entry_date <= ? "
    "ORDER BY entry_date, id"
)
_DOCS = (
    "SELECT d.id, d.kind, d.number, d.doc_date, COALESCE(a.number, ''), d.tax_kind, d.sez_supply, "
    "d.note_reason, d.taxable_total, d.cgst_total, d.sgst_total, d.igst_total, d.round_off, "
    "d.loyalty_discount, d.grand_total FROM sales_doc d "
    "LEFT JOIN sales_doc a ON a.id = d.against_id WHERE d.id IN " + _IN_PERIOD
)
_LINES = (
    "SELECT doc_id, supply_type, gst_rate_bp, reverse_charge, SUM(taxable), SUM(cgst), "
    "SUM(sgst), SUM(igst) FROM sales_doc_line WHERE doc_id IN " + _IN_PERIOD + " "
    "GROUP BY doc_id, supply_type, gst_rate_bp, reverse_charge "
    "ORDER BY doc_id, supply_type, gst_rate_bp, reverse_charge"
)
_RECEIPTS = (
    "SELECT id, number, mode, origin, reference, cheque_number, "
    "COALESCE(counted_on, receipt_date) FROM receipt WHERE id IN " + _IN_PERIOD
)
_SETTLED = (
    "SELECT a.receipt_id, d.number, a.amount, d.doc_date FROM allocation a "
    "JOIN sales_doc d ON d.id = a.doc_id "
    "WHERE d.status = 'posted' AND a.receipt_id IN " + _IN_PERIOD + " ORDER BY a.receipt_id, a.id"
)
# What receipts counted before a document gave to it: advances it settles (see money_vouchers).
_ADVANCES = (
    "SELECT a.doc_id, r.number, a.amount FROM allocation a "
    "JOIN receipt r ON r.id = a.receipt_id JOIN sales_doc d ON d.id = a.doc_id "
    "WHERE r.status = 'posted' AND COALESCE(r.counted_on, r.receipt_date) < d.doc_date "
    "AND a.doc_id IN " + _IN_PERIOD + " ORDER BY a.doc_id, a.id"
)
_CONTRA_BILLS = (
    "SELECT c.receipt_id, b.bill_number, a.amount FROM contra c "
    "JOIN bill_allocation a ON a.payment_id = c.payment_id "
    "JOIN purchase_bill b ON b.id = a.bill_id "
    "WHERE b.status = 'posted' AND c.receipt_id IN " + _IN_PERIOD + " ORDER BY c.receipt_id, a.id"
)
_PAYMENTS = (
    "SELECT id, number, mode, purpose, reference, cheque_number FROM payment_out WHERE id IN "
    + _IN_PERIOD
)
_PARTIES = (
    "SELECT doc_id, party_name, billing_address, gstin, state_name, place_name "
    "FROM document_party WHERE doc_type = ? AND doc_id IN " + _IN_PERIOD
)


def tally_books(start: date, end: date, *, progress: Progress | None = None) -> TallyBooks:
    """The vouchers and masters for `start`..`end` (see the module docstring)."""
    if start > end:
        raise ValidationError(FieldError("from", "The period must start on or before its end"))
    names = tally_names()
    entries = _rows(database.execute_sql(_ENTRIES, (start.isoformat(), end.isoformat())))
    if progress is not None:
        progress(0, len(entries), "Reading the period's documents")
    left_out = _cancelled_pairs(entries)
    period = _Period(start.isoformat(), end.isoformat())
    docs = _sales_docs(period)
    lines = _line_groups(period)
    advances: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for doc_id, number, paise in period.read(_ADVANCES, "sales_doc"):
        advances[doc_id].append((number, paise))
    money = {"receipt": _receipts(period), "payment_out": _payments(period)}
    parties = {kind: _parties(period, kind) for kind in ("sales_doc", "receipt", "payment_out")}
    suppliers = read_supplier_side(period.start, period.end)
    accounts = expense_vouchers.money_ledgers(names)
    for doc_type, rows in (*money.items(), ("payment_out", suppliers.payments)):
        expense_vouchers.with_money_ledgers(doc_type, rows, accounts)
    spent = expense_vouchers.money_vouchers(start, end, names, accounts)
    supplier_left_out = _cancelled_pairs(suppliers.entries)
    customers = masters.customers({int(e[1]) for e in (*entries, *suppliers.entries)})
    build = _Builder(
        names=names, customers=customers, docs=docs, lines=lines, money=money, parties=parties
    )
    build.advances = advances
    for n, e in enumerate(entries):
        if e[0] not in left_out:
            build.add(e)
        if progress is not None and n % 2000 == 1999:
            progress(n + 1, len(entries), "Building vouchers")
    for e in suppliers.entries:
        if e[0] not in supplier_left_out:
            c = _customer_of(e, customers)
            ledger = names.supplier(party_ledger(c.name, c.code))
            voucher = supplier_voucher(e, suppliers, names, ledger)
            if voucher is not None:
                build.vouchers.append(voucher)
    vouchers = sorted([*build.vouchers, *spent.vouchers], key=_order)
    known = [*spent.ledgers, *expense_vouchers.account_masters(accounts)]
    ledgers = masters.ledgers(names, customers, build.openings, vouchers, known)
    cancelled = len({(e[4], e[5]) for e in entries if e[0] in left_out}) + len(
        {(e[4], e[5]) for e in suppliers.entries if e[0] in supplier_left_out}
        - {("payment_out", e[5]) for e in entries if e[0] in left_out}
    )
    cancelled += spent.cancelled_left_out
    return TallyBooks(start, end, _company(names), ledgers, tuple(vouchers), cancelled)


class _Builder:
    def __init__(
        self,
        *,
        names: TallyNames,
        customers: dict[int, masters.CustomerRow],
        docs: dict[int, DocRow],
        lines: dict[int, list[LineGroup]],
        money: dict[str, dict[int, MoneyRow]],
        parties: dict[str, dict[int, PartyAsIssued]],
    ) -> None:
        self.names = names
        self.customers = customers
        self.docs = docs
        self.lines = lines
        self.money = money
        self.parties = parties
        self.vouchers: list[Voucher] = []
        self.openings: dict[int, list[Bill]] = defaultdict(list)
        self.advances: dict[int, list[tuple[str, int]]] = {}

    def add(self, e: tuple[Any, ...]) -> None:
        _id, _customer, on, kind, doc_type, doc_id, number, text, amount = e
        customer = _customer_of(e, self.customers)
        ledger = party_ledger(customer.name, customer.code)
        on = _day(on)
        names = self.names
        if kind == "opening":
            bill = self._opening_bill(doc_type, doc_id, number, amount, on)
            self.openings[customer.id].append(bill)
            return
        side = Side(ledger, self.parties.get(doc_type, {}).get(doc_id))
        if doc_type == "sales_doc" and doc_id in self.docs:
            self.vouchers.append(self._sales(self.docs[doc_id], kind, amount, on, side))
        elif doc_type == "receipt" and doc_id in self.money["receipt"]:
            row = _as_of(self.money["receipt"][doc_id], on)
            if kind == "bounce":
                voucher = bounce_voucher(row, on, amount, names=names, side=side)
            elif amount > 0:  # a cancellation on another day than the receipt's own entry
                voucher = receipt_voucher(row, on, amount, names=names, side=side)
                voucher = reversed_voucher(voucher, on, f"{row.number} cancelled")
            else:
                voucher = receipt_voucher(row, on, -amount, names=names, side=side)
            self.vouchers.append(voucher)
        elif doc_type == "payment_out" and doc_id in self.money["payment_out"]:
            row = self.money["payment_out"][doc_id]
            voucher = refund_voucher(row, on, abs(amount), names=names, side=side)
            if amount < 0:
                voucher = reversed_voucher(voucher, on, f"Refund {row.number} cancelled")
            self.vouchers.append(voucher)
        else:
            voucher = no_document_voucher(number, on, amount, text=text, names=names, side=side)
            self.vouchers.append(voucher)

    def _sales(self, doc: DocRow, kind: str, amount: int, on: date, side: Side) -> Voucher:
        voucher = document_voucher(
            doc,
            self.lines.get(doc.id, []),
            names=self.names,
            side=side,
            advances=tuple(self.advances.get(doc.id, ())),
        )
        issued = sum(e.amount for e in voucher.entries if e.is_party)
        if amount == issued:
            return voucher._replace(on=on)  # the entry's day: the period is read by it
        if amount == -issued:
            return reversed_voucher(voucher, on, f"{doc.number} cancelled")
        raise ValidationError(
            FieldError(
                "books",
                f"{doc.number}: its ledger entry ({kind}) is not the document's total; "
                "run Check the books (vyapar-lite-cli check) before exporting",
            )
        )

    def _opening_bill(
        self, doc_type: str, doc_id: int | None, number: str, amount: int, on: date
    ) -> Bill:
        if doc_type == "sales_doc" and doc_id in self.docs:
            return Bill("New Ref", self.docs[doc_id].number, amount, on)
        if doc_type == "receipt" and doc_id in self.money["receipt"]:
            return Bill("Advance", self.money["receipt"][doc_id].number, amount, on)
        return Bill("New Ref" if amount > 0 else "Advance", number or "Opening balance", amount, on)


def _customer_of(
    entry: tuple[Any, ...], customers: dict[int, masters.CustomerRow]
) -> masters.CustomerRow:
    customer = customers.get(int(entry[1]))
    if customer is None:  # a damaged file: an entry whose customer is gone
        raise ValidationError(
            FieldError(
                "books",
                f"The entry {entry[6] or entry[0]} of {entry[2]} belongs to no customer; "
                "run Check the books (vyapar-lite-cli check) before exporting",
            )
        )
    return customer


def _cancelled_pairs(entries: Sequence[tuple[Any, ...]]) -> set[int]:
    """Ids of the entries of documents cancelled on the day they were made: the document's own
    entry and its reversal, which net to nothing on that day."""
    by_doc: dict[tuple[str, int, Any], list[tuple[Any, ...]]] = defaultdict(list)
    for e in entries:
        if e[4] and e[5] is not None:
            by_doc[(e[4], int(e[5]), e[2])].append(e)
    out: set[int] = set()
    for group in by_doc.values():
        if (
            len(group) > 1
            and any(e[3] == "cancel" for e in group)
            and sum(e[8] for e in group) == 0
        ):
            out.update(int(e[0]) for e in group)
    return out


def _order(v: Voucher) -> tuple[date, int, str, str]:
    return (v.on, VOUCHER_TYPES.index(v.kind), v.number, v.party_ledger)


def _company(names: TallyNames) -> str:
    """The company named in Settings › Tally; "" leaves the choice to Tally (the company open
    there), since the shop's name in Tally is often not its name here."""
    return names.company


def _day(value: Any) -> date:
    if isinstance(value, date):
        return value
    return _iso_day(str(value)[:10])


@lru_cache(maxsize=4096)  # a period has a few hundred days and thousands of entries on each
def _iso_day(text: str) -> date:
    return date.fromisoformat(text)


def _rows(cursor: Any) -> list[tuple[Any, ...]]:
    return list(cursor.fetchall())


class _Period(NamedTuple):
    start: str
    end: str

    def read(self, sql: str, doc_type: str, *before: object) -> list[tuple[Any, ...]]:
        """Rows of `sql`, whose `_IN_PERIOD` reads `doc_type` documents of the period."""
        return _rows(database.execute_sql(sql, (*before, self.start, self.end, doc_type)))


def _sales_docs(period: _Period) -> dict[int, DocRow]:
    found = {}
    for r in period.read(_DOCS, "sales_doc"):
        tax_kind = "zero" if r[6] == "SEWOP" else str(r[5])
        found[r[0]] = DocRow(r[0], r[1], r[2], _day(r[3]), r[4], tax_kind, r[7],
                             r[8], r[9], r[10], r[11], r[12], r[13], r[14])  # fmt: skip
    return found


def _line_groups(period: _Period) -> dict[int, list[LineGroup]]:
    found: dict[int, list[LineGroup]] = defaultdict(list)
    for r in period.read(_LINES, "sales_doc"):
        found[r[0]].append(LineGroup(r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7]))
    return found


def _receipts(period: _Period) -> dict[int, MoneyRow]:
    settled: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    for receipt_id, number, paise, doc_date in period.read(_SETTLED, "receipt"):
        settled[receipt_id].append((number, paise, str(doc_date)[:10]))
    payable: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for receipt_id, their, paise in period.read(_CONTRA_BILLS, "receipt"):
        payable[receipt_id].append((their, paise))
    return {
        r[0]: _money_row(r, ())._replace(
            dated=tuple(settled.get(r[0], ())),
            payable_settled=tuple(payable.get(r[0], ())),
            counted=str(r[6])[:10],
        )
        for r in period.read(_RECEIPTS, "receipt")
    }


def _payments(period: _Period) -> dict[int, MoneyRow]:
    return {r[0]: _money_row(r, ()) for r in period.read(_PAYMENTS, "payment_out")}


def _money_row(r: tuple[Any, ...], settled: tuple[tuple[str, int], ...]) -> MoneyRow:
    return MoneyRow(r[1], r[2], r[3], r[4] or "", r[5] or "", settled)


def _as_of(row: MoneyRow, on: date) -> MoneyRow:
    """What a receipt settled on documents dated on or before the day it counted (else `on`, its
    voucher's day); what it gave to documents dated later is `ahead`, an advance when it came."""
    day = row.counted or on.isoformat()
    now = tuple((number, paise) for number, paise, doc_day in row.dated if doc_day <= day)
    ahead = sum(paise for _, paise, doc_day in row.dated if doc_day > day)
    return row._replace(settled=now, ahead=ahead)


def _parties(period: _Period, doc_type: str) -> dict[int, PartyAsIssued]:
    return {
        r[0]: PartyAsIssued(r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "")
        for r in period.read(_PARTIES, doc_type, doc_type)
    }
