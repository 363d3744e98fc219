"""Cheques received: deposited, cleared, bounced; the post-dated cheque (PDC) register.

A cheque dated after the day it is received is post-dated. While Settings count cheques on
clearance (`payment_settings`), a PDC is saved 'pending': listed in the register, not in the
balance, its allocations planned but not counting. Marking it cleared (on or after its date)
counts it: a ledger credit dated the clearing day, and its planned allocations take effect, each
cut down to what its invoice owes by then (the rest stays as the customer's advance).

A bounced cheque, in ONE transaction: the receipt becomes 'bounced' and, if it was counted, a
ledger debit (kind 'bounce', doc_type 'receipt') dated the bounce day reverses its credit; its
allocations stop counting, so the invoices it settled are open again; an optional bank charge is
a non-GST debit memo (DM/…, one line, not against an invoice, kept out of the sales register and
the returns: see `non_gst`) debited to the customer; the customer's file gets a note; audit rows
for each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, CustomerNote, Receipt, SalesDoc
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.invoice import LineInput, line_amounts
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.payment import check_amount, trim_to_outstanding
from vyapar_lite.services import allocations as alloc
from vyapar_lite.services import (
    audit,
    closed_books,
    counters,
    doc_series,
    document_parties,
    money_accounts,
    non_gst,
)
from vyapar_lite.services.allocations import current_allocations, replace_allocations
from vyapar_lite.services.receipt_views import (
    ReceiptView,
    cheque_status_of,
    find_receipt,
    get_receipt,
    settled_numbers,
)
from vyapar_lite.services.receipts import refused_while_refunded
from vyapar_lite.services.sales_postings import insert_lines, ledger, line_row
from vyapar_lite.services.supply_rules import place_of_supply

CHARGE_TEXT = "Cheque return charges"
OPEN_STATUSES = ("received", "deposited")


@dataclass(frozen=True)
class BounceResult:
    receipt: ReceiptView
    reopened: list[str]
    charge_note: str


@dataclass(frozen=True)
class PdcRow:
    number: str
    customer_code: str
    customer_name: str
    receipt_date: date
    cheque_number: str
    bank: str
    cheque_date: date
    amount: int
    cheque_status: str
    status: str
    counted: bool
    days_to_go: int  # cheque date - `on` (0 or less: it can be deposited)


def mark_deposited(number: str, on: date, *, account_id: int | None = None) -> ReceiptView:
    """Record that the cheque went to the bank (on or after its date): into `account_id` (None:
    the bank cheques go to, `money_accounts.account_for_mode`). The money reaches that account
    when the cheque clears, as the passbook shows it."""
    with database.atomic():
        r = _open_cheque(number)
        _check_day(r, on, "deposited")
        if cheque_status_of(r) != "received":
            raise ValidationError(FieldError("number", f"Cheque {r.number} is already deposited"))
        bank = _bank(account_id)
        Receipt.update(cheque_status="deposited", deposited_on=on, deposit_account_id=bank).where(
            Receipt.id == r.id
        ).execute()
        _audit(r, "deposit", on)
    return get_receipt(r.number)


def mark_cleared(number: str, on: date) -> ReceiptView:
    """The bank paid the cheque. A pending PDC is counted now (see the module docstring)."""
    with database.atomic():
        r = _open_cheque(number)
        _check_day(r, on, "cleared")
        if r.deposited_on is not None and on < r.deposited_on:
            raise ValidationError(
                FieldError("date", f"It was deposited on {r.deposited_on:%d-%m-%Y}; clear it later")
            )
        values: dict[str, object] = {"cheque_status": "cleared", "cleared_on": on}
        if r.status == "pending":
            closed_books.check_open(on, f"the clearance of cheque {r.number}", doing="posted")
            _count(r, on)
            values |= {"status": "posted", "counted_on": on}
        Receipt.update(**values).where(Receipt.id == r.id).execute()
        money_accounts.post(
            r.deposit_account_id or _bank(None),
            on,
            r.amount,
            kind="cheque_cleared",
            doc_type="receipt",
            doc_id=r.id,
            doc_number=r.number,
            description=f"Cheque {r.cheque_number} ({r.cheque_bank}) cleared",
        )
        _audit(r, "clear", on)
    return get_receipt(r.number)


def mark_bounced(number: str, on: date, *, reason: str, charge: int = 0) -> BounceResult:
    """The cheque came back unpaid: everything it did is reversed, in ONE transaction."""
    reason = reason.strip()
    errors = []
    if not reason:
        errors.append(FieldError("reason", "Say why the cheque bounced (e.g. insufficient funds)"))
    if charge:
        errors += check_amount(charge, field="charge")
    raise_if_any(errors)
    with database.atomic():
        r = _open_cheque(number)
        if on < r.receipt_date:
            raise ValidationError(
                FieldError("date", f"The cheque was received on {r.receipt_date:%d-%m-%Y}")
            )
        closed_books.check_open(on, f"the bounce of cheque {r.number}", doing="posted")
        customer = Customer.get_by_id(r.customer_id)
        refused_while_refunded(r)
        was_counted = r.status == "posted"
        reopened = settled_numbers(r.id) if was_counted else []
        Receipt.update(
            status="bounced", cheque_status="bounced", bounced_on=on, cancel_reason=reason
        ).where(Receipt.id == r.id).execute()
        money_accounts.reverse(  # back out of the bank only if it had cleared
            "receipt", r.id, on, kind="bounce", description=f"Cheque {r.cheque_number} bounced"
        )
        if was_counted:
            ledger(
                r.customer_id,
                on,
                "bounce",
                doc_type="receipt",
                doc_id=r.id,
                doc_number=r.number,
                description=f"Cheque {r.cheque_number} bounced: {reason}",
                debit=r.amount,
            )
        charge_doc = _post_charge(r, on, charge, reason) if charge else None
        if charge_doc is not None:
            Receipt.update(charge_doc_id=charge_doc.id).where(Receipt.id == r.id).execute()
        text = (
            f"Cheque {r.cheque_number} ({r.cheque_bank}) for {format_money(r.amount)}, "
            f"receipt {r.number}, bounced: {reason}"
        )
        if charge_doc is not None:
            text += f". Charges {format_money(charge)} debited ({charge_doc.number})"
        # customer_file.add_note would refuse a day after today; the bank's return may be
        # recorded on the cheque's (future) date, so the note is written here, audited alike
        now = datetime.now()
        note = CustomerNote.create(
            customer=r.customer_id,
            entry_date=on,
            kind="note",
            text=text,
            created_at=now,
            updated_at=now,
        )
        audit.record(
            "create",
            "customer_note",
            note.id,
            label=f"{customer.code} note",
            after={"date": on, "kind": "note", "text": text},
            customer_id=r.customer_id,
        )
        audit.record(
            "bounce",
            "receipt",
            r.id,
            label=r.number,
            before={"status": r.status, "cheque_status": cheque_status_of(r)},
            after={
                "status": "bounced",
                "cheque_status": "bounced",
                "date": on,
                "reopened": reopened,
                "charge": charge,
                "charge_note": charge_doc.number if charge_doc else "",
            },
            customer_id=r.customer_id,
            note=reason,
        )
    return BounceResult(get_receipt(r.number), reopened, charge_doc.number if charge_doc else "")


def pdc_register(*, on: date | None = None, include_done: bool = False) -> list[PdcRow]:
    """Post-dated cheques by cheque date: those still to clear, or (include_done) all of them."""
    day = on or date.today()
    query = (
        Receipt.select(Receipt, Customer.code, Customer.name)
        .join(Customer)
        .where((Receipt.mode == "cheque") & (Receipt.cheque_date > Receipt.receipt_date))
        .order_by(Receipt.cheque_date, Receipt.id)
    )
    if not include_done:
        query = query.where(
            Receipt.cheque_status.in_(("", *OPEN_STATUSES))
            & Receipt.status.in_(("posted", "pending"))
        )
    rows: list[Any] = list(query.objects())
    return [
        PdcRow(
            r.number,
            r.code,
            r.name,
            r.receipt_date,
            r.cheque_number,
            r.cheque_bank,
            r.cheque_date,
            r.amount,
            cheque_status_of(r),
            r.status,
            r.status == "posted",
            (r.cheque_date - day).days,
        )
        for r in rows
    ]


# --- helpers -------------------------------------------------------------------------------------


def _bank(account_id: int | None) -> int:
    """The bank a cheque is deposited into: the one chosen, or where cheques go by default."""
    if account_id is None:
        return money_accounts.account_for_mode("cheque")
    account = money_accounts.get_account(account_id)
    if account.kind != "bank":
        raise ValidationError(FieldError("account", "Deposit a cheque into a bank account"))
    return account.id


def _open_cheque(number: str) -> Receipt:
    r = find_receipt(number)
    if r.mode != "cheque":
        raise ValidationError(FieldError("number", f"{r.number} was not paid by cheque"))
    if r.status not in ("posted", "pending"):
        raise ValidationError(FieldError("number", f"Cheque receipt {r.number} is {r.status}"))
    return r


def _check_day(r: Receipt, on: date, what: str) -> None:
    if cheque_status_of(r) == "cleared":
        raise ValidationError(FieldError("number", f"Cheque {r.number} is already cleared"))
    cheque_date = r.cheque_date or r.receipt_date
    if on < cheque_date:
        raise ValidationError(
            FieldError(
                "date",
                f"The cheque is dated {cheque_date:%d-%m-%Y}; "
                f"it can be {what} on or after that day",
            )
        )


def _count(r: Receipt, on: date) -> None:
    """Count a pending PDC: its ledger credit, and its planned allocations cut to what is owed."""
    ledger(
        r.customer_id,
        on,
        "receipt",
        doc_type="receipt",
        doc_id=r.id,
        doc_number=r.number,
        description=f"Receipt (Cheque {r.cheque_number}, {r.cheque_bank}) cleared",
        credit=r.amount,
    )
    docs = {d.number: d for d in alloc.owing_docs(r.customer_id)}
    planned = list(current_allocations(r.id).items())
    kept = trim_to_outstanding(planned, {n: d.outstanding for n, d in docs.items()})
    if kept != dict(planned):
        replace_allocations(r.id, {docs[n].id: paise for n, paise in kept.items()})
        audit.record(
            "reallocate",
            "receipt",
            r.id,
            label=r.number,
            before={"allocations": dict(planned)},
            after={"allocations": kept},
            customer_id=r.customer_id,
            note="cut to what the invoices owed when the cheque cleared",
        )


def _post_charge(r: Receipt, on: date, charge: int, reason: str) -> SalesDoc:
    """The bank's charge for the bounced cheque, debited to the customer as a non-GST debit memo
    (`DM/...`, `non_gst.MEMO`): cheque dishonour charges are not consideration for a supply
    (CBIC Circular 178/10/2022-GST, para 7.1.3), so neither a GST invoice nor a GST debit note."""
    customer = Customer.get_by_id(r.customer_id)
    _, place, tax_kind = place_of_supply(customer)
    line = LineInput(description=CHARGE_TEXT, qty_milli=1000, rate=charge, gst_rate_bp=0)
    amounts = line_amounts(line, tax_kind)
    number, year = doc_series.take("debit_memo", on)
    doc = SalesDoc.create(
        kind="debit_note",
        number=number,
        counter=counters.current(),
        fin_year=year,
        doc_date=on,
        due_date=on,
        customer=customer.id,
        place_of_supply=place,
        tax_kind=tax_kind,
        note_reason=non_gst.MEMO,
        taxable_total=amounts.taxable,
        grand_total=amounts.total,
        notes=f"Cheque {r.cheque_number} ({r.number}) bounced: {reason}",
        created_at=datetime.now(),
    )
    document_parties.take("sales_doc", doc.id, customer, place_of_supply=place)
    insert_lines([line_row(doc.id, 1, line, None, amounts)])
    ledger(
        customer.id,
        on,
        "debit_memo",
        doc_type="sales_doc",
        doc_id=doc.id,
        doc_number=number,
        description=f"{CHARGE_TEXT}: cheque {r.cheque_number} ({r.number})",
        debit=amounts.total,
    )
    audit.record(
        "post",
        "sales_doc",
        doc.id,
        label=number,
        after={
            "kind": "debit_note",  # the row's kind; its series and note_reason make it a memo
            "series": "debit_memo",
            "date": on,
            "grand_total": amounts.total,
            "for": r.number,
        },
        customer_id=customer.id,
        note=reason,
    )
    return doc


def _audit(r: Receipt, action: str, on: date) -> None:
    counted_now = r.status == "pending" and action == "clear"
    audit.record(
        action,
        "receipt",
        r.id,
        label=r.number,
        before={"cheque_status": cheque_status_of(r), "status": r.status},
        after={
            "cheque_status": {"deposit": "deposited", "clear": "cleared"}[action],
            "status": "posted" if counted_now else r.status,
            "date": on,
        },
        customer_id=r.customer_id,
    )
