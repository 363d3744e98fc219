"""Sales invoices: preview, post (one transaction), cancel; credit and debit notes; reading them.

The arithmetic is `domain.invoice`'s; this module decides the place of supply, checks the customer,
credit limit, payment and points, and posts everything an invoice moves in one transaction:

- the invoice and its lines (number from `INV/<year>/`, one series per financial year);
- a ledger debit of the grand total (kind 'invoice', doc_type 'sales_doc');
- the amount received now: a receipt (origin 'invoice') allocated to it, with its ledger credit,
  its money in the cash drawer chosen (`account_id`) or the mode's account;
- a sale order's unused advance, allocated to it (the advance was credited when it was taken);
- stock out for items that track stock; loyalty points earned (+) and redeemed (-);
- audit rows for the invoice and its receipt.

A draft is checked and worked out in `invoice_checks` (`prepare`); this module posts it.
A posted invoice is never edited: it is cancelled (`sales_cancel`) or corrected by credit notes
(`sales_notes`) and debit notes (`sales_debit_notes`); these are re-exported here with the views
(`sales_views`), so screens need only this module.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime

from vyapar_lite.db import bulk, database, locks
from vyapar_lite.db.models import (
    Allocation,
    Customer,
    SalesDoc,
)
from vyapar_lite.domain import shipping_bill
from vyapar_lite.domain.document_parties import DocumentParties
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import (
    CreditCheck,
    LineAmounts,
    LineInput,
    TaxKind,
    Totals,
    financial_year,
)
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.services import (
    audit,
    closed_books,
    counters,
    doc_series,
    document_dates,
    document_parties,
    export_settings,
    money_receiving,
    order_link,
    posting_turn,
    sez_supply,
    shop,
    walk_in_buyer,
)
from vyapar_lite.services.invoice_checks import Prepared, prepare
from vyapar_lite.services.sales_cancel import cancel_invoice
from vyapar_lite.services.sales_customer import balance, credit_check
from vyapar_lite.services.sales_debit_notes import post_debit_note
from vyapar_lite.services.sales_notes import post_credit_note
from vyapar_lite.services.sales_postings import (
    MODE_LABELS,
    PAYMENT_MODES,
    book_receipt,
    insert_lines,
    ledger,
    line_row,
    move_points,
    move_stock,
    number_receipt,
    write_receipt,
)
from vyapar_lite.services.sales_views import (
    DocLine,
    DocSummary,
    DocumentView,
    customer_documents,
    doc_lines,
    get_document,
    invoice_as_posted,
    recent_documents,
)
from vyapar_lite.services.tax_scheme import shop_scheme

__all__ = [
    "MODE_LABELS",
    "PAYMENT_MODES",
    "CreditLimitStop",
    "DocLine",
    "DocSummary",
    "DocumentView",
    "InvoiceDraft",
    "InvoicePreview",
    "cancel_invoice",
    "customer_documents",
    "get_document",
    "next_number_preview",
    "post_credit_note",
    "post_debit_note",
    "post_invoice",
    "preview_invoice",
    "recent_documents",
    "shop_scheme",
]


@dataclass(frozen=True)
class InvoiceDraft:
    customer_code: str  # "CASH" for a counter sale
    doc_date: date
    lines: list[LineInput]  # LineInput.item_code set when picked from the item master
    received: int = 0  # paid now, paise (a receipt, origin 'invoice', allocated to the invoice)
    mode: str = "cash"
    reference: str = ""  # UPI/transaction id or cheque number
    account_id: int | None = None  # the cash drawer the money went into (None: the mode's)
    export: bool = False  # zero-rated export sale (foreign customer only)
    redeem_points: int = 0
    order_number: str = ""  # set when converting a sale order (its advance is applied)
    notes: str = ""
    # Ship to (blank: the customer's shipping address); for goods the delivery state is the
    # place of supply (`place_of_supply`); both go into the invoice's snapshot.
    delivery_address: str = ""
    delivery_state: str = ""
    # goods delivered to that address, a third party's, on the buyer's direction: the place of
    # supply is the buyer's principal place of business (s.10(1)(b) IGST Act)
    bill_to_ship_to: bool = False
    # to an SEZ unit: True with IGST paid, False without (LUT); None: the shop's LUT setting
    sez_with_tax: bool | None = None
    # a deemed export (s.147 CGST Act): its category, "AA" / "EPCG" / "EOU" / "GOLD"
    # (`services.deemed_export`); "" for any other sale
    deemed_export: str = ""
    # a walk-in (CASH) buyer's details: required from ₹50,000 (Rule 46(e), `domain.walk_in`)
    buyer_name: str = ""
    buyer_address: str = ""
    buyer_state: str = ""
    confirm_unusual_date: bool = False  # the user confirmed a far-off date (`document_dates`)
    # an export's shipping bill, when known at issue (`domain.shipping_bill`, GSTR-1 table 6A)
    shipping_bill: ShippingBill = field(default_factory=ShippingBill)


@dataclass(frozen=True)
class InvoicePreview:
    customer_name: str
    place_of_supply: str  # state code
    tax_kind: TaxKind
    state_tax_label: str  # "SGST" or "UTGST"
    lines: list[LineAmounts]
    totals: Totals
    due_date: date
    credit: CreditCheck
    balance_before: int  # customer's balance before this invoice
    balance_after: int  # after it, the amount received and any advance applied
    advance_applied: int  # the order's advance (or 0)
    points_to_earn: int
    points_balance: int
    redeem_value: int
    sez_supply: str = ""  # "SEWP" / "SEWOP" for a supply to an SEZ unit
    deemed_export: str = ""  # its category (`services.deemed_export`), "" for other sales
    document_type: str = "tax_invoice"  # or "bill_of_supply", "invoice_cum_bill_of_supply"
    supplier_scheme: str = "regular"  # or "composition", "unregistered" (`domain.supply`)


MAX_OVERRIDE_REASON = 200
UNNUMBERED = "~"  # an invoice being posted, before its number: never committed so


class CreditLimitStop(ValidationError):
    """Posting refused: the customer's "stop sales" credit limit would be crossed."""

    def __init__(self, credit: CreditCheck) -> None:
        super().__init__(FieldError("customer", credit.message))
        self.over_by = credit.over_by


def preview_invoice(draft: InvoiceDraft) -> InvoicePreview:
    """Everything the form shows before saving; raises ValidationError for bad input."""
    with shop.read_once():
        p = prepare(draft)
    before = balance(p.customer.id)
    credit = credit_check(p.customer, p.totals.grand_total - draft.received, before)
    return InvoicePreview(
        customer_name=p.customer.name,
        place_of_supply=p.place,
        tax_kind=p.tax_kind,
        state_tax_label=p.state_tax_label,
        lines=p.amounts,
        totals=p.totals,
        due_date=p.due,
        credit=credit,
        balance_before=before,
        balance_after=before + p.totals.grand_total - draft.received,
        advance_applied=p.advance_applied,
        points_to_earn=p.points_to_earn,
        points_balance=p.customer.loyalty_points,
        redeem_value=p.redeem_value,
        sez_supply=p.sez_supply,
        deemed_export=p.deemed_export,
        document_type=p.document_type,
        supplier_scheme=p.scheme,
    )


@posting_turn.run_again_on_conflict
def post_invoice(draft: InvoiceDraft, *, override_reason: str = "") -> DocumentView:
    """Post the invoice and everything it moves in ONE transaction (see the module docstring).

    Raises ValidationError (nothing saved), or CreditLimitStop when "stop sales" refuses it. An
    `override_reason` lets the sale cross the stop (the screen asks for the app password first);
    the override, its reason and the amount over the limit go into the audit log."""
    overridden: CreditCheck | None = None
    override_reason = " ".join(override_reason.split())
    if len(override_reason) > MAX_OVERRIDE_REASON:
        raise ValidationError(
            FieldError(
                "override_reason",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Keep the reason for overriding the credit limit under "
                        "{max_override_reason} characters",
                    ),
                    max_override_reason=MAX_OVERRIDE_REASON,
                ),
            )
        )
    document_dates.check(draft.doc_date, confirmed=draft.confirm_unusual_date, field="doc_date")
    # before the transaction: checked and worked out, its snapshot taken, holding no lock (the
    # shop profile read once for all of it)
    with shop.read_once():
        p = prepare(draft)
        parties = _snapshots(p, draft)
    with posting_turn.transaction(alone=p.order is not None):  # an order's advance: alone
        # the customer's row locked first (`posting_turn`): its balance and points stay as read
        locked = None if p.customer.is_cash else locks.customer_as_locked(p.customer.id)
        if locked is not None and _changed_meanwhile(p.customer, locked, draft):
            p = prepare(draft)  # another counter changed the customer: worked out again
            parties = _snapshots(p, draft)
        customer = p.customer
        if (customer.check_credit_limit or customer.stop_sales) and not customer.is_cash:
            unpaid = p.totals.grand_total - draft.received
            credit = credit_check(customer, unpaid, balance(customer.id))
            if credit.blocked and not override_reason:
                raise CreditLimitStop(credit)
            overridden = credit if credit.blocked else None
        # The invoice is written under a placeholder and numbered last, just before the rows
        # that carry its number: the series row is locked from `take` to the commit, and
        # counters posting at once wait for each other only over that stretch (issue 18).
        t = p.totals
        doc = bulk.create(  # SalesDoc.create, its statement built once
            SalesDoc,
            kind="invoice",
            number=UNNUMBERED + secrets.token_hex(8),
            counter=counters.current(),
            fin_year=financial_year(draft.doc_date),
            doc_date=draft.doc_date,
            due_date=p.due,
            customer=customer.id,
            place_of_supply=p.place,
            tax_kind=sez_supply.stored_kind(p.tax_kind),
            sez_supply=p.sez_supply,
            deemed_export=p.deemed_export,
            order=p.order.id if p.order else None,
            taxable_total=t.taxable,
            cgst_total=t.cgst,
            sgst_total=t.sgst,
            igst_total=t.igst,
            round_off=t.round_off,
            loyalty_discount=t.loyalty_discount,
            grand_total=t.grand_total,
            points_earned=p.points_to_earn,
            points_redeemed=draft.redeem_points,
            notes=draft.notes.strip(),
            created_at=datetime.now(),
            **walk_in_buyer.kept(
                customer, draft.buyer_name, draft.buyer_address, draft.buyer_state
            ),
            **export_settings.as_issued(customer.country, p.tax_kind),
            document_type=p.document_type,
            supplier_scheme=p.scheme,
            shipping_bill_number=p.shipping_bill.number,
            shipping_bill_date=p.shipping_bill.on,
            port_code=p.shipping_bill.port_code,
        )
        document_parties.keep("sales_doc", doc.id, parties[0])
        lines, line_items = p.resolved.lines, p.resolved.items
        rows = [
            line_row(doc.id, n, line, item, amounts, loyalty_share=share)
            for n, (line, item, amounts, share) in enumerate(
                zip(lines, line_items, p.amounts, p.loyalty_shares, strict=True), start=1
            )
        ]
        insert_lines(rows)
        sold = [
            (item.id, -line.qty_milli)
            for line, item in zip(lines, line_items, strict=True)
            if item is not None and item.track_stock
        ]
        move_stock(sold, "sale", doc.id, draft.doc_date)
        earned_and_redeemed = [p.points_to_earn, -draft.redeem_points]
        move_points(customer.id, earned_and_redeemed, draft.doc_date, doc.id)
        # the receipt of what is paid now, under a placeholder too, with its snapshot, its
        # allocation and where its money goes (read now): numbered with the invoice below
        receipt, receiving = None, None
        if draft.received:
            receipt = write_receipt(
                customer,
                draft.doc_date,
                draft.received,
                mode=draft.mode,
                reference=draft.reference,
                origin="invoice",
                number=UNNUMBERED + secrets.token_hex(8),
                parties=parties[1] or document_parties.snapshot(customer, profile=parties[0].shop),
            )
            _allocate(receipt.id, doc.id, draft.received)
            receiving = money_receiving.ready_to_receive(
                draft.mode, draft.account_id, draft.doc_date
            )
        # From here to the commit, counters posting at once take turns (the series rows'
        # locks): the numbers, the rows that carry them, the audit rows (issue 18).
        closed_books.check_open(draft.doc_date, "invoice")  # the receipt's date is the same
        kinds = ["invoice"] if receipt is None else ["invoice", "receipt"]
        number, *receipt_numbers = doc_series.take_many(kinds, draft.doc_date)
        receipt_number = receipt_numbers[0] if receipt_numbers else ""
        database.execute_sql("UPDATE sales_doc SET number = ? WHERE id = ?", (number, doc.id))
        doc.number = number
        ledger(
            customer.id,
            draft.doc_date,
            "invoice",
            doc_type="sales_doc",
            doc_id=doc.id,
            doc_number=number,
            description=f"Invoice {number}",
            debit=t.grand_total,
        )
        if receipt is not None:
            number_receipt(receipt, receipt_number)
            book_receipt(
                receipt,
                customer,
                description=f"Received with invoice {number} ({MODE_LABELS[draft.mode]})",
                receiving=receiving,
            )
        if p.order is not None:
            if p.advance_applied and p.order.advance_receipt_id is not None:
                _allocate(p.order.advance_receipt_id, doc.id, p.advance_applied)
            order_link.refresh(p.order)
        audit.record(
            "post",
            "sales_doc",
            doc.id,
            label=number,
            after={
                "kind": "invoice",
                "date": draft.doc_date,
                "customer": customer.code,
                "lines": len(lines),
                "taxable": t.taxable,
                "tax": t.tax,
                "grand_total": t.grand_total,
                "received": draft.received,
                "receipt": receipt_number,
                "advance_applied": p.advance_applied,
                "order": p.order.number if p.order else "",
                "points_earned": p.points_to_earn,
                "points_redeemed": draft.redeem_points,
                "redeemed_value": p.redeem_value,
                "sez_supply": p.sez_supply,
                "deemed_export": p.deemed_export,
                **shipping_bill.audit_fields(p.shipping_bill),
            },
            customer_id=customer.id,
        )
        if overridden is not None:
            audit.record(
                "override",
                "customer",
                customer.id,
                label=f"{customer.code} credit limit stop",
                after={
                    "invoice": number,
                    "credit_limit": customer.credit_limit,
                    "over_by": overridden.over_by,
                    "reason": override_reason,
                },
                customer_id=customer.id,
                note=override_reason,
            )
    if p.order is not None:
        return get_document(number)  # the order's advance is allocated too: read back
    # what was just written, as get_document would read it back (a round trip a query each)
    codes = [item.code if item is not None else "" for item in line_items]
    return invoice_as_posted(
        doc, customer.code, doc_lines(rows, codes), received=draft.received, issued=parties[0]
    )


def _snapshots(p: Prepared, draft: InvoiceDraft) -> tuple[DocumentParties, DocumentParties | None]:
    """What the invoice and the receipt of the money paid with it (None: nothing paid) keep as
    issued (both parties, the place of supply: `document_parties`), from the masters now."""
    invoice = document_parties.snapshot(
        p.customer,
        place_of_supply=p.place,
        shipping_address=draft.delivery_address,
        shipping_state_code=p.delivery_state,
        third_party_delivery=draft.bill_to_ship_to,
    )
    if not draft.received:
        return invoice, None
    return invoice, document_parties.snapshot(p.customer, profile=invoice.shop)


def _changed_meanwhile(prepared: Customer, locked: Customer, draft: InvoiceDraft) -> bool:
    """Whether the customer's row, now locked, differs from the one the draft was worked out
    on in a way that changes the invoice: edited (its terms, state, limit...), or with other
    points when some are redeemed. The balance is read after the lock anyway."""
    return locked.updated_at != prepared.updated_at or (
        draft.redeem_points > 0 and locked.loyalty_points != prepared.loyalty_points
    )


def next_number_preview(kind: str, on: date) -> str:
    """The number a document of `kind` dated `on` would get now ("INV/26-27/00007")."""
    return doc_series.preview(kind, on)


# --- writing -------------------------------------------------------------------------------------


def _allocate(receipt_id: int, doc_id: int, amount: int) -> None:
    row = {"receipt": receipt_id, "doc": doc_id, "amount": amount, "created_at": datetime.now()}
    bulk.insert_row(Allocation, row)
