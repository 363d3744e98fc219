"""Writing a checked transactions import (`transaction_import.Plan`) in bulk, inside the import's
one transaction: documents, ledger entries, allocations, refunds' uses and audit rows, one
prepared insert per table (`db.bulk`), so 100,000 rows take seconds.

Imported documents carry no lines: the register shows their taxable value and GST, split as
CGST + SGST when the customer's state is the shop's (or not given) and IGST otherwise (s.8 IGST
Act: an intra-state supply is one where the supplier and the place of supply are in the same
state). Each is audited with action 'import' and `"imported": true`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import peewee as pw

from vyapar_lite.db import bulk, database, party_backfill, sqlite_features
from vyapar_lite.db.models import (
    Allocation,
    LedgerEntry,
    PaymentOut,
    Receipt,
    RefundUse,
    SalesDoc,
    Sequence,
)
from vyapar_lite.domain.invoice import financial_year
from vyapar_lite.domain.transaction_sheet import TYPES, SheetTransaction
from vyapar_lite.services import audit, counters, doc_series, money_accounts, opening_bills, shop
from vyapar_lite.services.sales_postings import tuples

if TYPE_CHECKING:
    from vyapar_lite.services.transaction_import import Plan

_LEDGER_KINDS = {"opening_bill": "opening", "opening_credit": "opening"}
_RECEIPTS = ("receipt", "opening_credit")  # written to `receipt`
# The app's shapes: `INV/26-27/00042`, and `INV/2026-27/0042` of series begun before numbers
# were kept to 16 characters (`domain.doc_numbers`); a series continues in the shape imported.
_APP_NUMBER = re.compile(r"([A-Z]+)/([0-9]{4}-[0-9]{2}|[0-9]{2}-[0-9]{2})/([0-9]+)")
_SERIES_OF_PREFIX = {
    "INV": "invoice",
    "CN": "credit_note",
    "DN": "debit_note",
    "RCT": "receipt",
    "PAY": "payment_out",
}


def write(plan: Plan, *, note: str) -> None:
    """Everything the checked plan writes; a big import sets the indexes of the tables it
    fills aside while it writes (`sqlite_features.indexes_set_aside`)."""
    docs = sum(1 for r in plan.rows if r.kind not in _RECEIPTS and r.kind != "refund")
    incoming = {
        "sales_doc": docs,
        "receipt": sum(1 for r in plan.rows if r.kind in _RECEIPTS),
        "allocation": len(plan.allocations),
        "ledger_entry": len(plan.rows),
        "audit_entry": len(plan.rows),
    }
    with sqlite_features.indexes_set_aside(database, incoming):
        _write(plan, note=note)


def _write(plan: Plan, *, note: str) -> None:
    now = datetime.now()
    profile = shop.get_profile()
    shop_state = profile.state_code if profile is not None else ""
    rows = plan.rows
    docs = [r for r in rows if r.kind in ("invoice", "debit_note", "opening_bill", "credit_note")]
    plain = [r for r in docs if not r.against]
    ids = _insert_docs(plan, plain, {}, shop_state, now)
    referred = {r.against for r in docs if r.against} | {dn for _, dn, _ in plan.allocations}
    existing = _ids(SalesDoc, referred - set(ids))  # the shop's own documents
    ids.update(existing)
    ids.update(_insert_docs(plan, [r for r in docs if r.against], ids, shop_state, now))
    receipts = [r for r in rows if r.kind in _RECEIPTS]
    receipt_ids = _insert_receipts(plan, receipts, now)
    refunds = [r for r in rows if r.kind == "refund"]
    refund_ids = _insert_refunds(plan, refunds, now)
    # An opening credit is money paid before the books began: it moved no money in them (the
    # accounts' own opening balances hold it), like `opening_bills.record_opening`'s credits.
    money_accounts.post_many(
        [_moved(r, receipt_ids[r.number], "receipt", 1) for r in receipts if r.kind == "receipt"]
        + [_moved(r, refund_ids[r.number], "payment_out", -1) for r in refunds]
    )
    bulk.insert_rows(
        Allocation,
        [
            {"receipt": receipt_ids[rn], "doc": ids[dn], "amount": a, "created_at": now}
            for rn, dn, a in plan.allocations
        ],
    )
    bulk.insert_rows(
        RefundUse,
        [
            {"payment": refund_ids[fn], "receipt": _receipt_id(key, receipt_ids), "amount": a,
             "created_at": now}
            for fn, key, a in plan.refund_uses
        ],
    )  # fmt: skip
    record_ids = {**ids, **receipt_ids}
    bulk.insert_tuples(
        LedgerEntry,
        _ENTRY_FIELDS,
        (
            _entry(r, plan, ids=ids, receipt_ids=receipt_ids, refund_ids=refund_ids, now=now)
            for r in rows
        ),
    )
    # Each document's parties as issued (`document_parties`): the masters now, in one pass.
    party_backfill.snapshot_existing_documents(database)
    audit.record_many(_audit(r, plan, record_ids, refund_ids, note) for r in rows)
    _continue_series(rows)


def _moved(r: SheetTransaction, doc_id: int, doc_type: str, sign: int) -> money_accounts.Moved:
    kind = "receipt" if sign > 0 else "refund"
    words = f"{kind.capitalize()} ({r.mode}), imported"
    return money_accounts.Moved(
        r.mode, r.on, sign * r.total, kind, doc_type, doc_id, r.number, words
    )


def _receipt_id(key: str, imported: dict[str, int]) -> int:
    return int(key[1:]) if key.startswith("#") else imported[key]


def _ids(model: Any, numbers: Iterable[str]) -> dict[str, int]:
    wanted = list(numbers)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = model.select(model.number, model.id).where(model.number.in_(chunk))
        found.update({str(n): int(i) for n, i in tuples(query)})
    return found


def _new_ids(model: Any, after: int) -> dict[str, int]:
    return {
        str(n): int(i)
        for n, i in tuples(model.select(model.number, model.id).where(model.id > after))
    }


def _last_id(model: Any) -> int:
    return int(model.select(pw.fn.MAX(model.id)).scalar() or 0)


_DOC_FIELDS = (
    "kind",
    "number",
    "fin_year",
    "doc_date",
    "due_date",
    "customer",
    "place_of_supply",
    "tax_kind",
    "against",
    "taxable_total",
    "cgst_total",
    "sgst_total",
    "igst_total",
    "grand_total",
    "notes",
    "created_at",
    "counter",
)


def _insert_docs(
    plan: Plan, rows: list[SheetTransaction], ids: dict[str, int], shop_state: str, now: datetime
) -> dict[str, int]:
    last = _last_id(SalesDoc)
    counter = counters.current()

    def values() -> Iterator[tuple[Any, ...]]:  # in _DOC_FIELDS order
        for r in rows:
            customer_id, state, _ = plan.customers[r.customer_code]
            intra = not state or state == shop_state
            cgst = r.gst // 2 if intra else 0
            yield (
                r.kind,
                r.number,
                financial_year(r.on),
                r.on,
                plan.due.get(r.row_number),
                customer_id,
                state or shop_state,
                "intra" if intra else "inter",
                ids[r.against] if r.against else None,
                r.taxable,
                cgst,
                r.gst - cgst if intra else 0,
                0 if intra else r.gst,
                r.total,
                r.notes,
                now,
                counter,
            )

    bulk.insert_tuples(SalesDoc, _DOC_FIELDS, values())
    return _new_ids(SalesDoc, last)


def _insert_receipts(plan: Plan, rows: list[SheetTransaction], now: datetime) -> dict[str, int]:
    last = _last_id(Receipt)
    counter = counters.current()
    bulk.insert_rows(
        Receipt,
        (
            {
                "number": r.number,
                "fin_year": financial_year(r.on),
                "receipt_date": r.on,
                "customer": plan.customers[r.customer_code][0],
                "amount": r.total,
                "mode": r.mode if r.kind == "receipt" else opening_bills.OPENING_MODE,
                "reference": r.reference,
                "cheque_number": r.reference if r.mode == "cheque" else "",
                "origin": "receipt" if r.kind == "receipt" else "opening",
                "notes": r.notes,
                "created_at": now,
                "counter": counter,
            }
            for r in rows
        ),
    )
    return _new_ids(Receipt, last)


def _insert_refunds(plan: Plan, rows: list[SheetTransaction], now: datetime) -> dict[str, int]:
    last = _last_id(PaymentOut)
    counter = counters.current()
    bulk.insert_rows(
        PaymentOut,
        (
            {
                "number": r.number,
                "fin_year": financial_year(r.on),
                "pay_date": r.on,
                "customer": plan.customers[r.customer_code][0],
                "purpose": "refund",
                "amount": r.total,
                "mode": r.mode,
                "reference": r.reference,
                "notes": r.notes,
                "created_at": now,
                "counter": counter,
            }
            for r in rows
        ),
    )
    return _new_ids(PaymentOut, last)


_ENTRY_FIELDS = (
    "customer",
    "entry_date",
    "kind",
    "doc_number",
    "description",
    "debit",
    "credit",
    "created_at",
    "doc_type",
    "doc_id",
)


def _entry(
    r: SheetTransaction,
    plan: Plan,
    *,
    ids: dict[str, int],
    receipt_ids: dict[str, int],
    refund_ids: dict[str, int],
    now: datetime,
) -> tuple[Any, ...]:
    """The row's ledger entry, in `_ENTRY_FIELDS` order."""
    credit = r.kind in ("receipt", "credit_note", "opening_credit")
    doc_type, doc_id = {
        "receipt": ("receipt", receipt_ids),
        "opening_credit": ("receipt", receipt_ids),
        "refund": ("payment_out", refund_ids),
    }.get(r.kind, ("sales_doc", ids))
    return (
        plan.customers[r.customer_code][0],
        r.on,
        _LEDGER_KINDS.get(r.kind, r.kind),
        r.number,
        f"{TYPES[r.kind]} {r.number} (imported)",
        0 if credit else r.total,
        r.total if credit else 0,
        now,
        doc_type,
        doc_id[r.number],
    )


def _audit(
    r: SheetTransaction,
    plan: Plan,
    ids: dict[str, int],
    refund_ids: dict[str, int],
    note: str,
) -> audit.PendingChange:
    record_type = {"receipt": "receipt", "opening_credit": "receipt", "refund": "payment_out"}.get(
        r.kind, "sales_doc"
    )
    record_id = refund_ids[r.number] if r.kind == "refund" else ids[r.number]
    return audit.PendingChange(
        "import",
        record_type,
        record_id,
        label=r.number,
        after={
            "type": TYPES[r.kind],
            "date": r.on,
            "total": r.total,
            "taxable": r.taxable,
            "gst": r.gst,
            "against": r.against,
            "imported": True,
        },
        customer_id=plan.customers[r.customer_code][0],
        note=note,
    )


def _continue_series(rows: list[SheetTransaction]) -> None:
    """The app's own series continue after imported numbers of the app's shape."""
    highest: dict[str, tuple[str, int, bool]] = {}
    for r in rows:
        match = _APP_NUMBER.fullmatch(r.number)
        kind = _SERIES_OF_PREFIX.get(match.group(1), "") if match else ""
        if not match or doc_series.PREFIXES.get(kind) != match.group(1):
            continue
        year, long_form = financial_year(r.on), len(match.group(2)) == len("2026-27")
        if match.group(2) != (year if long_form else year[2:]):
            continue
        name = f"{kind}/{year}"
        number = int(match.group(3))
        if number > highest.get(name, ("", 0, False))[1]:
            highest[name] = (match.group(1), number, long_form)
    for name, (prefix, number, long_form) in highest.items():
        row = Sequence.get_or_none(Sequence.name == name)
        if row is None:
            Sequence.create(
                name=name,
                prefix=prefix,
                next_number=number + 1,
                width=4 if long_form else doc_series.WIDTH,
                year_form="long" if long_form else "short",
            )
        elif row.next_number <= number:
            Sequence.update(next_number=number + 1).where(Sequence.name == name).execute()
