"""Bringing history in: the transactions sheet checked whole, then written in one transaction.

Every row is read (`domain.transaction_sheet`), then the file is checked against the shop and
against itself, in date order (then row order), as if each document were posted on its day:

- the customer exists (an opening bill is not for the CASH customer);
- the number is used by nothing in the shop and by no earlier row (sales documents, receipts and
  refunds each have their own numbers);
- a credit note is against an invoice of the same customer (in the shop or earlier in the file)
  that still owes at least the note's total;
- a receipt with an Against number settles that document first (it must be the customer's and
  still owe something), then the customer's open items oldest due first; what is left is their
  advance;
- an opening credit (an advance from before the shop used the app, like `opening_bills`) is
  held as the customer's advance; it settles no bill by itself;
- a refund pays back at most the advance the customer holds then.

Any problem rejects the whole file (`ImportRejected`, every bad row with its column and reason);
nothing is written. The numbering decision: imported documents keep their own numbers, which may
clash with nothing in the shop, and the app's own series continue after any imported number that
has the app's shape (INV/2026-27/0042 moves the 2026-27 invoice series to 43).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, PaymentOut, Receipt, SalesDoc
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.sheet import RowError, SheetData
from vyapar_lite.domain.transaction_sheet import (
    DUE,
    TYPES,
    SheetTransaction,
    read_sheet,
    sort_errors,
)
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import transaction_posting
from vyapar_lite.services.sheet_import import (
    ImportPreview,
    ImportRejected,
    ImportResult,
    file_problem,
    tuples,
)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ImportedHistory(ImportResult):
    """`first_code` / `last_code` hold the first and last rows' document numbers."""

    by_type: dict[str, int] = field(default_factory=dict)  # TYPES label -> documents imported


@dataclass
class _Account:
    """One customer's open items and advances while the file is checked."""

    customer_id: int
    state_code: str
    terms_days: int
    owed: dict[str, int] = field(default_factory=dict)  # doc number -> still owed
    kinds: dict[str, str] = field(default_factory=dict)  # doc number -> kind
    due_order: list[tuple[date, date, str]] = field(default_factory=list)  # a heap
    advances: list[tuple[str, int]] = field(default_factory=list)  # receipt key, left (oldest 1st)
    loaded: bool = False


@dataclass
class Plan:
    """What the import writes once the file is clean (see `transaction_posting`)."""

    rows: list[SheetTransaction]
    customers: dict[str, tuple[int, str, int]]  # code -> (id, state, payment terms)
    due: dict[int, date]  # row number -> due date (invoices, debit notes, opening bills)
    allocations: list[tuple[str, str, int]] = field(default_factory=list)  # receipt, doc, paise
    refund_uses: list[tuple[str, str, int]] = field(default_factory=list)  # refund, receipt key
    errors: list[RowError] = field(default_factory=list)


def preview_transactions(sheet: SheetData) -> ImportPreview[SheetTransaction]:
    """What importing `sheet` would do: every row read and checked, nothing written."""
    if sheet.problem:
        return file_problem(sheet.file_name, sheet.problem)
    with database.atomic():  # a consistent read of the shop
        plan, rows_read = _check(sheet)
    return ImportPreview(sheet.file_name, plan.rows, plan.errors, [], rows_read)


def import_transactions(sheet: SheetData) -> ImportedHistory:
    """Import every row of `sheet` in one transaction, or nothing (ImportRejected)."""
    if sheet.problem:
        raise ImportRejected(sheet.file_name, [RowError(0, "", sheet.problem)])
    with database.atomic():
        plan, _ = _check(sheet)
        if plan.errors:
            raise ImportRejected(sheet.file_name, plan.errors)
        transaction_posting.write(plan, note=f"imported from {sheet.file_name}")
    counts: dict[str, int] = {}
    for row in plan.rows:
        counts[TYPES[row.kind]] = counts.get(TYPES[row.kind], 0) + 1
    rows = plan.rows
    return ImportedHistory(
        sheet.file_name, len(rows), rows[0].number, rows[-1].number, by_type=counts
    )


def _check(sheet: SheetData) -> tuple[Plan, int]:
    reading = read_sheet(sheet.rows)
    found = tuples(
        Customer.select(
            Customer.code,
            Customer.id,
            Customer.state_code,
            Customer.payment_terms_days,
            Customer.is_cash,
        )
    )
    customers = {str(c): (int(i), str(st or ""), int(t or 0)) for c, i, st, t, _ in found}
    cash = {str(c) for c, *_, is_cash in found if is_cash}
    plan = Plan([], customers, {}, errors=list(reading.errors))
    good = [r for r in reading.records if _known(r, plan, cash)]
    good = _numbers_free(good, plan)
    _simulate(sorted(good, key=lambda r: (r.on, r.row_number)), plan)
    bad = {e.row_number for e in plan.errors}
    plan.rows = [r for r in reading.records if r.row_number not in bad]
    plan.errors = sort_errors(plan.errors)
    return plan, reading.rows_read


def _known(r: SheetTransaction, plan: Plan, cash: set[str]) -> bool:
    if r.customer_code not in plan.customers:
        message = f"There is no customer with code {r.customer_code}"
    elif r.kind in ("opening_bill", "opening_credit") and r.customer_code in cash:
        message = "The CASH customer has no opening balance"
    else:
        return True
    plan.errors.append(RowError(r.row_number, "Customer code", message))
    return False


def _group(kind: str) -> str:
    """Which numbers a document's number must differ from: sales documents, receipts, refunds."""
    return {"receipt": "receipt", "opening_credit": "receipt", "refund": "refund"}.get(
        kind, "sales_doc"
    )


def _numbers_free(rows: list[SheetTransaction], plan: Plan) -> list[SheetTransaction]:
    """The rows whose number neither the shop nor an earlier row uses (the others: errors)."""
    shop = {
        "sales_doc": {str(n) for (n,) in tuples(SalesDoc.select(SalesDoc.number))},
        "receipt": {str(n) for (n,) in tuples(Receipt.select(Receipt.number))},
        "refund": {str(n) for (n,) in tuples(PaymentOut.select(PaymentOut.number))},
    }
    first: dict[tuple[str, str], int] = {}
    free = []
    for r in rows:
        group = _group(r.kind)
        earlier = first.setdefault((group, r.number), r.row_number)
        if earlier != r.row_number:
            message = f"{r.number} is also on row {earlier}"
        elif r.number in shop[group]:
            message = f"{r.number} is already used in the shop"
        else:
            free.append(r)
            continue
        plan.errors.append(RowError(r.row_number, "Number", message))
    return free


def _simulate(rows: Iterable[SheetTransaction], plan: Plan) -> None:
    accounts: dict[str, _Account] = {}
    on_books = _customers_with_documents()
    for r in rows:
        customer_id, state, terms = plan.customers[r.customer_code]
        account = accounts.setdefault(r.customer_code, _Account(customer_id, state, terms))
        if not account.loaded:
            if customer_id in on_books:
                _load(account)
            account.loaded = True
        if r.kind in DUE:
            due = r.due or r.on + timedelta(days=terms)
            plan.due[r.row_number] = due
            _open(account, r.number, r.kind, due=due, on=r.on, owed=r.total)
        elif r.kind == "credit_note":
            _credit_note(r, account, plan)
        elif r.kind == "receipt":
            _receipt(r, account, plan)
        elif r.kind == "opening_credit":  # an advance from before: settles nothing by itself
            account.advances.append((r.number, r.total))
        else:
            _refund(r, account, plan)


def _customers_with_documents() -> set[int]:
    """The customers with any sales document or receipt in the shop (only their open items and
    advances need reading; one query instead of two for every customer in the file)."""
    sql = "SELECT customer_id FROM sales_doc UNION SELECT customer_id FROM receipt"
    return {int(c) for (c,) in database.execute_sql(sql).fetchall()}


def _load(account: _Account) -> None:
    """The customer's open items and advance in the shop before the import."""
    for doc in alloc.owing_docs(account.customer_id):
        due = doc.due_date or doc.doc_date
        _open(account, doc.number, doc.kind, due=due, on=doc.doc_date, owed=doc.outstanding)
    for receipt, left in alloc.unallocated_receipts(account.customer_id):
        account.advances.append((f"#{receipt.id}", left))
    account.loaded = True


def _open(account: _Account, number: str, kind: str, *, due: date, on: date, owed: int) -> None:
    account.owed[number] = owed
    account.kinds[number] = kind
    heapq.heappush(account.due_order, (due, on, number))


def _credit_note(r: SheetTransaction, account: _Account, plan: Plan) -> None:
    owed = account.owed.get(r.against)
    if owed is None or account.kinds.get(r.against) != "invoice":
        plan.errors.append(_unknown(r, "an invoice"))
    elif r.total > owed:
        plan.errors.append(
            RowError(
                r.row_number,
                "Total",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Over-allocation: {against} still owes only {owed}"
                    ),
                    against=r.against,
                    owed=format_money(owed),
                ),
            )
        )
    else:
        account.owed[r.against] = owed - r.total


def _unknown(r: SheetTransaction, what: str) -> RowError:
    return RowError(
        r.row_number,
        "Against number",
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "{against} is not {what} of {customer_code} on or before {on:%d-%m-%Y}"
            ),
            against=r.against,
            what=what,
            customer_code=r.customer_code,
            on=r.on,
        ),
    )


def _receipt(r: SheetTransaction, account: _Account, plan: Plan) -> None:
    left = r.total
    if r.against:
        owed = account.owed.get(r.against)
        if owed is None:
            plan.errors.append(_unknown(r, "a document"))
            return
        if owed == 0:
            plan.errors.append(
                RowError(
                    r.row_number,
                    "Against number",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{against} is already settled"),
                        against=r.against,
                    ),
                )
            )
            return
        take = min(owed, left)
        account.owed[r.against] = owed - take
        plan.allocations.append((r.number, r.against, take))
        left -= take
    heap = account.due_order
    while left and heap:
        number = heap[0][2]
        owed = account.owed[number]
        if owed == 0:
            heapq.heappop(heap)
            continue
        take = min(owed, left)
        account.owed[number] = owed - take
        plan.allocations.append((r.number, number, take))
        left -= take
    if left:
        account.advances.append((r.number, left))


def _refund(r: SheetTransaction, account: _Account, plan: Plan) -> None:
    held = sum(left for _, left in account.advances)
    if r.total > held:
        plan.errors.append(
            RowError(
                r.row_number,
                "Total",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Over-allocation: {customer_code} holds only {held} of advance"
                    ),
                    customer_code=r.customer_code,
                    held=format_money(held),
                ),
            )
        )
        return
    left = r.total
    kept = []
    for key, free in account.advances:
        take = min(free, left)
        if take:
            plan.refund_uses.append((r.number, key, take))
            left -= take
        if free - take:
            kept.append((key, free - take))
    account.advances = kept
