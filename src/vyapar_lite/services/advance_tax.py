"""GST on advances received for services: worked out at receipt, listed for the returns.

- s.13(2) CGST Act: the time of supply of services is the earlier of the invoice and the receipt
  of payment, so an advance received for services is taxable when it is received; Rule 50 CGST
  Rules asks for a receipt voucher showing the rate and the tax. An advance for goods is not
  taxed at receipt (Notification 66/2017-Central Tax): it has no row here.
- The advance is tax-inclusive: taxable = amount × 10000 ÷ (10000 + rate) rounded half up, the
  tax is the rest, halved into CGST + SGST within the shop's state, IGST outside it
  (`domain.invoice.tax_out_of`, the same arithmetic as a tax-inclusive price).
- Place of supply of services, s.12(2) IGST Act: the recipient's location (the customer's state,
  or its GSTIN's), else the shop's (`document_parties.home_place`). A buyer outside India: an
  export of services, zero-rated (s.16 IGST Act), nil tax on the advance. An SEZ unit: inter-state
  (s.7(5)(b) IGST Act). Rule 50's proviso: a rate that cannot be determined is taken as 18%
  (`RATE_NOT_DETERMINABLE_BP`, used for an order mixing services at several rates).
- An advance for services settles no invoice when received: all of the receipt is the advance
  (an order's advance is taxed on its services' share, `services_part`). When the receipt is
  later allocated to invoices, each allocation adjusts its share of the advance's taxable value
  and tax in proportion to the receipt's amount, worked out cumulatively (what this allocation
  and the ones before it adjust, less what the ones before it adjusted), so an advance used in
  full adjusts exactly its tax.
- `received(start, end)`: advances received in a period, with rate and place of supply (GSTR-1
  table 11A); `adjusted(start, end)`: their parts adjusted against invoices issued in the period
  (table 11B). Only posted receipts count (a cancelled receipt or a bounced or uncleared cheque
  received nothing), and only allocations to posted invoices adjust.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import peewee as pw

from vyapar_lite.db.models import (
    Allocation,
    Customer,
    DocumentParty,
    Receipt,
    ReceiptAdvanceTax,
    SalesDoc,
)
from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import TaxKind, tax_out_of
from vyapar_lite.domain.money import divide_round
from vyapar_lite.services import document_parties, shop, tax_scheme
from vyapar_lite.services.sales_postings import active_rates, tuples

RATE_NOT_DETERMINABLE_BP = 1800  # Rule 50 proviso (i): "at the rate of eighteen per cent"
FIELD = "advance_rate"


@dataclass(frozen=True)
class AdvanceTax:
    """The tax inside an advance for services, as worked out at receipt."""

    advance: int  # paise, tax-inclusive
    rate_bp: int
    taxable: int
    cgst: int
    sgst: int
    igst: int
    place_of_supply: str  # state code ("96" for a buyer outside India)
    tax_kind: str  # 'intra' | 'inter' | 'export'
    description: str = ""

    @property
    def tax(self) -> int:
        return self.cgst + self.sgst + self.igst


class ReceivedRow(NamedTuple):
    """An advance received in the period (GSTR-1 table 11A)."""

    receipt_date: date
    receipt_number: str
    customer_code: str
    customer_name: str
    gstin: str  # as issued ("" for an unregistered customer)
    place_of_supply: str
    rate_bp: int
    advance: int
    taxable: int
    cgst: int
    sgst: int
    igst: int


class AdjustedRow(NamedTuple):
    """The part of an advance set against an invoice issued in the period (GSTR-1 table 11B)."""

    invoice_date: date
    invoice_number: str
    receipt_number: str
    receipt_date: date
    customer_code: str
    place_of_supply: str
    rate_bp: int
    adjusted: int  # the advance used by the invoice, tax-inclusive
    taxable: int
    cgst: int
    sgst: int
    igst: int


def work_out(
    customer: Customer, advance: int, rate_bp: int, *, description: str = ""
) -> AdvanceTax:
    """The taxable value and tax inside `advance` paise received from `customer` at `rate_bp`."""
    profile = shop.get_profile()
    if profile is None:
        raise ValidationError(FieldError("shop", "Set up the shop's profile (its state) first"))
    place = document_parties.home_place(customer, profile)
    kind: TaxKind = "inter"
    if place == gst.FOREIGN:
        kind = "export"
    elif place == profile.state_code and not customer.is_sez:
        kind = "intra"
    taxable, cgst, sgst, igst = tax_out_of(advance, rate_bp, kind)
    return AdvanceTax(advance, rate_bp, taxable, cgst, sgst, igst, place, kind, description)


def preview(customer_code: str, advance: int, rate_bp: int) -> AdvanceTax | None:
    """What `work_out` would store for a receipt being typed (None: no such customer yet, or
    nothing to tax)."""
    customer = Customer.get_or_none(Customer.code == customer_code.strip().upper())
    if customer is None or advance <= 0 or rate_bp <= 0:
        return None
    return work_out(customer, advance, rate_bp)


def check(rate_bp: int, *, allocated: int) -> list[FieldError]:
    """Why a receipt cannot be taken as an advance for services at `rate_bp` ([] when it can)."""
    errors: list[FieldError] = []
    scheme = tax_scheme.shop_scheme()
    if scheme != "regular":
        who = "A shop without a GSTIN" if scheme == "unregistered" else "A composition shop"
        errors.append(
            FieldError(FIELD, f"{who} collects no GST on an advance (s.32(1), s.10(4) CGST Act)")
        )
    if rate_bp <= 0 or rate_bp not in active_rates():
        errors.append(FieldError(FIELD, "Choose the GST rate of the services the advance is for"))
    if allocated:
        errors.append(
            FieldError(
                FIELD,
                "An advance for services settles no invoices: leave all of it as advance, and "
                "take a payment for invoices as a separate receipt",
            )
        )
    return errors


def take(receipt_id: int, tax: AdvanceTax) -> None:
    """Store the advance's tax with its receipt (inside the receipt's transaction)."""
    ReceiptAdvanceTax.create(
        receipt=receipt_id,
        advance=tax.advance,
        rate_bp=tax.rate_bp,
        taxable=tax.taxable,
        cgst=tax.cgst,
        sgst=tax.sgst,
        igst=tax.igst,
        place_of_supply=tax.place_of_supply,
        tax_kind=tax.tax_kind,
        description=tax.description,
    )


def of_receipt(receipt_id: int) -> AdvanceTax | None:
    """The tax stored with a receipt, or None (not an advance for services)."""
    row = ReceiptAdvanceTax.get_or_none(ReceiptAdvanceTax.receipt == receipt_id)
    if row is None:
        return None
    return AdvanceTax(
        int(row.advance),
        int(row.rate_bp),
        int(row.taxable),
        int(row.cgst),
        int(row.sgst),
        int(row.igst),
        str(row.place_of_supply),
        str(row.tax_kind),
        str(row.description),
    )


def services_part(lines: list[tuple[str, int, int]], advance: int) -> tuple[int, int] | None:
    """(the part of an order's `advance` that is for services, its rate) from the order's lines
    as (HSN/SAC, value, rate); None when no line is a service (SAC 99...). The advance is split
    in proportion to the lines' values; services at more than one rate take 18% (Rule 50)."""
    services = [(value, rate) for code, value, rate in lines if code.startswith("99")]
    whole = sum(value for _code, value, _rate in lines)
    if not services or whole <= 0 or advance <= 0:
        return None
    part = divide_round(advance * sum(v for v, _r in services), whole)
    rates = {r for _v, r in services if r > 0}
    if part <= 0 or not rates:
        return None
    return part, rates.pop() if len(rates) == 1 else RATE_NOT_DETERMINABLE_BP


def _posted_advances() -> Any:
    return (
        ReceiptAdvanceTax.select(
            ReceiptAdvanceTax,
            Receipt.number,
            Receipt.receipt_date,
            Receipt.amount.alias("receipt_amount"),
            Customer.code,
            Customer.name,
            pw.fn.COALESCE(DocumentParty.gstin, Customer.gstin).alias("issued_gstin"),
        )
        .join(Receipt)
        .join(Customer)
        .switch(Receipt)
        .join(
            DocumentParty,
            pw.JOIN.LEFT_OUTER,
            on=(DocumentParty.doc_type == "receipt") & (DocumentParty.doc_id == Receipt.id),
        )
        .where(Receipt.status == "posted")
    )


def received(period_from: date, period_to: date) -> list[ReceivedRow]:
    """Advances for services received from `period_from` to `period_to` (GSTR-1 table 11A)."""
    _check_period(period_from, period_to)
    query = _posted_advances().where(Receipt.receipt_date.between(period_from, period_to))
    rows = []
    for r in query.order_by(Receipt.receipt_date, Receipt.number).objects():
        rows.append(
            ReceivedRow(
                r.receipt_date,
                r.number,
                r.code,
                r.name,
                r.issued_gstin or "",
                r.place_of_supply,
                int(r.rate_bp),
                int(r.advance),
                int(r.taxable),
                int(r.cgst),
                int(r.sgst),
                int(r.igst),
            )
        )
    return rows


def adjusted(period_from: date, period_to: date) -> list[AdjustedRow]:
    """The parts of advances for services set against invoices dated from `period_from` to
    `period_to` (GSTR-1 table 11B), in invoice date order."""
    _check_period(period_from, period_to)
    advances = {int(r.receipt_id): r for r in _posted_advances().objects()}
    if not advances:
        return []
    query = tuples(
        Allocation.select(Allocation.receipt, Allocation.amount, SalesDoc.number, SalesDoc.doc_date)
        .join(SalesDoc)
        .where(
            Allocation.receipt.in_(list(advances))
            & (SalesDoc.status == "posted")
            & (SalesDoc.kind == "invoice")
        )
        .order_by(Allocation.receipt, Allocation.id)
    )
    used: dict[int, int] = {}
    rows = []
    for receipt_id, amount, invoice_number, invoice_date in query:
        a = advances[int(receipt_id)]
        before = used.get(int(receipt_id), 0)
        after = min(before + int(amount), int(a.advance))
        used[int(receipt_id)] = after

        def share(
            total: int, before: int = before, after: int = after, whole: int = a.advance
        ) -> int:
            return divide_round(total * after, whole) - divide_round(total * before, whole)

        day = invoice_date if isinstance(invoice_date, date) else date.fromisoformat(invoice_date)
        if not period_from <= day <= period_to or after == before:
            continue
        rows.append(
            AdjustedRow(
                day,
                invoice_number,
                a.number,
                a.receipt_date,
                a.code,
                a.place_of_supply,
                int(a.rate_bp),
                share(int(a.advance)),
                share(int(a.taxable)),
                share(int(a.cgst)),
                share(int(a.sgst)),
                share(int(a.igst)),
            )
        )
    rows.sort(key=lambda r: (r.invoice_date, r.invoice_number))
    return rows


def _check_period(start: date, end: date) -> None:
    if start > end:
        raise ValidationError(
            FieldError("period", f"The period starts ({start}) after it ends ({end})")
        )
