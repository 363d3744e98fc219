"""Opening bills and opening credits: what a customer owed, or had paid ahead, before the shop
started on Vyapar Lite, kept bill by bill as Tally keeps them.

- An opening bill is a sales document of kind 'opening_bill' (reference as its number, date,
  due date, amount as its grand total) with no lines and no tax: it records a debt from before,
  not a supply made in the app, so it stays out of the sales register, the sales figures and
  the GST returns (the GST on the original bill was returned when that bill was issued, s.39
  CGST Act). On the ledger it is an 'opening' debit. It is an open item like an invoice
  (`open_items.OPEN_KINDS`): receipts settle it, Outstanding lists it, Ageing ages it from its
  due date.
- An opening credit is a receipt of origin 'opening' (mode 'opening': no money moved in the
  app) credited on the ledger as an 'opening' entry; its unallocated money is the customer's
  advance, used like any other.

A total known only as a total is one bill (or credit) dated on the opening date, due after the
customer's payment terms, numbered `OB/<customer code>`. Writes run inside the caller's
transaction; every row is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import peewee as pw

from vyapar_lite.db import bulk, database, party_backfill
from vyapar_lite.db.models import Customer, LedgerEntry, Receipt, SalesDoc
from vyapar_lite.domain.customer import OpeningBalance, OpeningKind
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import financial_year
from vyapar_lite.services import audit, counters, document_parties
from vyapar_lite.services.sales_postings import tuples

OPENING_MODE = "opening"
SNAPSHOT_ONE_BY_ONE = 20  # more openings at once: snapshots in one pass (`party_backfill`)


@dataclass(frozen=True)
class OpeningItem:
    """One opening bill (debit) or opening credit of one customer."""

    customer_id: int
    code: str  # the customer's code (for the audit label)
    number: str
    on: date
    due: date
    amount: int  # paise, > 0
    is_credit: bool = False
    state_code: str = ""  # the customer's state: the bill's place of supply


def opening_number(code: str) -> str:
    return f"OB/{code}"


def from_total(
    customer_id: int, code: str, opening: OpeningBalance, *, terms_days: int, state_code: str
) -> OpeningItem:
    """The single opening bill (or credit) for a balance known only as a total."""
    return OpeningItem(
        customer_id,
        code,
        opening_number(code),
        opening.as_of,
        opening.as_of + timedelta(days=terms_days),
        opening.amount,
        is_credit=opening.kind is OpeningKind.ADVANCE,
        state_code=state_code,
    )


def post_openings(items: Sequence[OpeningItem], *, note: str = "", imported: bool = False) -> None:
    """Post opening bills and credits in bulk (one insert per table), with their ledger entries
    and audit rows. `imported`: brought in by the transactions import (said in the audit)."""
    now = datetime.now()
    bills = [i for i in items if not i.is_credit]
    credits = [i for i in items if i.is_credit]
    ids = _insert_bills(bills, now) if bills else {}
    ids.update(_insert_credits(credits, now) if credits else {})
    entries = [
        {
            "customer": i.customer_id,
            "entry_date": i.on,
            "kind": "opening",
            "doc_number": i.number,
            "description": f"Opening {'credit' if i.is_credit else 'bill'} {i.number}",
            "debit": 0 if i.is_credit else i.amount,
            "credit": i.amount if i.is_credit else 0,
            "created_at": now,
            "doc_type": "receipt" if i.is_credit else "sales_doc",
            "doc_id": ids[(i.is_credit, i.number)],
        }
        for i in items
    ]
    bulk.insert_rows(LedgerEntry, entries)
    _snapshot(items, ids)
    audit.record_many(
        audit.PendingChange(
            "import" if imported else "post",
            "receipt" if i.is_credit else "sales_doc",
            ids[(i.is_credit, i.number)],
            label=i.number,
            after={
                "opening": "credit" if i.is_credit else "bill",
                "date": i.on,
                "due_date": i.due,
                "amount": i.amount,
                **({"imported": True} if imported else {}),
            },
            customer_id=i.customer_id,
            note=note,
        )
        for i in items
    )


def _insert_bills(bills: Sequence[OpeningItem], now: datetime) -> dict[tuple[bool, str], int]:
    last = SalesDoc.select(pw.fn.MAX(SalesDoc.id)).scalar() or 0
    rows = [
        {
            "kind": "opening_bill",
            "number": b.number,
            "fin_year": financial_year(b.on),
            "doc_date": b.on,
            "due_date": b.due,
            "customer": b.customer_id,
            "place_of_supply": b.state_code,
            "tax_kind": "intra",
            "grand_total": b.amount,
            "taxable_total": 0,
            "created_at": now,
            "counter": counters.current(),
        }
        for b in bills
    ]
    bulk.insert_rows(SalesDoc, rows)
    query = SalesDoc.select(SalesDoc.number, SalesDoc.id).where(SalesDoc.id > last)
    return {(False, str(n)): int(i) for n, i in tuples(query)}


def _insert_credits(credits: Sequence[OpeningItem], now: datetime) -> dict[tuple[bool, str], int]:
    last = Receipt.select(pw.fn.MAX(Receipt.id)).scalar() or 0
    rows = [
        {
            "number": c.number,
            "fin_year": financial_year(c.on),
            "receipt_date": c.on,
            "customer": c.customer_id,
            "amount": c.amount,
            "mode": OPENING_MODE,
            "origin": "opening",
            "created_at": now,
            "counter": counters.current(),
        }
        for c in credits
    ]
    bulk.insert_rows(Receipt, rows)
    query = Receipt.select(Receipt.number, Receipt.id).where(Receipt.id > last)
    return {(True, str(n)): int(i) for n, i in tuples(query)}


def record_opening(
    code: str, number: str, on: date, amount: int, *, due: date | None = None, credit: bool = False
) -> OpeningItem:
    """Add one opening bill (or, `credit`, an opening credit) to a customer's account in one
    transaction; refuses a blank or used number, an amount not above 0 and a due date before
    the bill's date."""
    number = number.strip().upper()
    due = on if due is None else due
    with database.atomic():
        customer = Customer.get_or_none(Customer.code == code.strip().upper())
        errors: list[FieldError] = []
        if customer is None:
            errors.append(FieldError("customer", f"There is no customer with code {code.strip()}"))
        elif customer.is_cash:
            errors.append(FieldError("customer", "The CASH customer has no opening balance"))
        if not number:
            errors.append(FieldError("number", "Give the bill's number (its reference)"))
        elif _number_used(number, credit=credit):
            errors.append(FieldError("number", f"{number} is already used"))
        if amount <= 0:
            errors.append(FieldError("amount", "The amount must be above 0"))
        if due < on:
            errors.append(FieldError("due_date", "The due date cannot be before the bill's date"))
        if errors:
            raise ValidationError(errors)
        assert customer is not None
        item = OpeningItem(
            customer.id, customer.code, number, on, due, amount, credit, customer.state_code
        )
        post_openings([item])
    return item


@dataclass(frozen=True)
class OpeningEntry:
    """One opening bill or credit as typed on the Opening bills screen (amount in paise; `due`
    None: the bill's date plus the customer's payment terms)."""

    number: str
    on: date
    amount: int
    due: date | None = None
    is_credit: bool = False


def record_openings(code: str, entries: Sequence[OpeningEntry]) -> list[OpeningItem]:
    """Add several opening bills and credits to one customer's account in one transaction, or
    none: every problem is a FieldError whose field names the entry ("row 2, Reference"), as
    `record_opening` refuses one (a blank or used reference, also twice among the entries, an
    amount not above 0, a due date before the date)."""
    with database.atomic():
        customer = Customer.get_or_none(Customer.code == code.strip().upper())
        if customer is None:
            raise ValidationError(
                FieldError("customer", f"There is no customer with code {code.strip()}")
            )
        if customer.is_cash:
            raise ValidationError(
                FieldError("customer", "The CASH customer has no opening balance")
            )
        if not entries:
            raise ValidationError(
                FieldError("entries", "Enter at least one opening bill or credit")
            )
        errors: list[FieldError] = []
        items: list[OpeningItem] = []
        seen: dict[tuple[bool, str], int] = {}
        for row, entry in enumerate(entries, start=1):
            number = entry.number.strip().upper()
            due = entry.due or entry.on + timedelta(days=customer.payment_terms_days or 0)
            if entry.is_credit:
                due = entry.on

            def fail(column: str, message: str, row: int = row) -> None:
                errors.append(FieldError(f"row {row}, {column}", message))

            earlier = seen.setdefault((entry.is_credit, number), row) if number else row
            if not number:
                fail("Reference", "Give the bill's number (its reference)")
            elif earlier != row:
                fail("Reference", f"{number} is also on row {earlier}")
            elif _number_used(number, credit=entry.is_credit):
                fail("Reference", f"{number} is already used")
            if entry.amount <= 0:
                fail("Amount", "The amount must be above 0")
            if due < entry.on:
                fail("Due date", "The due date cannot be before the bill's date")
            items.append(
                OpeningItem(
                    customer.id,
                    customer.code,
                    number,
                    entry.on,
                    due,
                    entry.amount,
                    entry.is_credit,
                    customer.state_code,
                )
            )
        if errors:
            raise ValidationError(errors)
        post_openings(items)
    return items


def _number_used(number: str, *, credit: bool) -> bool:
    if credit:
        return Receipt.select().where(Receipt.number == number).exists()
    return SalesDoc.select().where(SalesDoc.number == number).exists()


def _snapshot(items: Sequence[OpeningItem], ids: dict[tuple[bool, str], int]) -> None:
    """Each opening bill's and credit's parties as issued (`document_parties`): one by one for
    a few, in one pass over every document still without one for a bulk import."""
    if len(items) > SNAPSHOT_ONE_BY_ONE:
        party_backfill.snapshot_existing_documents(database)
        return
    for i in items:
        customer = Customer.get_by_id(i.customer_id)
        doc_type = "receipt" if i.is_credit else "sales_doc"
        document_parties.take(doc_type, ids[(i.is_credit, i.number)], customer)
