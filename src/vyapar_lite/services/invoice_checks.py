"""An invoice draft checked and worked out before it is previewed or posted: the customer, the
lines and their items and rates, HSN digits, the place of supply and tax kind (`supply_rules`),
who may charge tax (`tax_scheme`), SEZ, export, deemed export and walk-in buyer rules, the
payment, points redeemed and a sale order's advance. Every problem is a field's message, all at
once; the GST rules are cited where each is decided (`sales` posts what this prepares)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from vyapar_lite.db.models import (
    Customer,
    SaleOrder,
)
from vyapar_lite.domain import gst, shipping_bill, supply
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.invoice import (
    LineAmounts,
    TaxKind,
    Totals,
    check_lines,
    check_payment,
    due_date,
    line_amounts,
    points_earned,
    redemption_value,
    totals,
)
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.redemption import redeem_on_lines
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.services import (
    deemed_export,
    money_accounts,
    order_link,
    sales_settings,
    sez_supply,
    tax_scheme,
    walk_in_buyer,
)
from vyapar_lite.services.sales_customer import active_customer
from vyapar_lite.services.sales_postings import (
    MAX_NOTES,
    active_rates,
    check_mode,
    check_notes,
    resolve_items,
)
from vyapar_lite.services.sales_postings import ResolvedLines as _ResolvedLines
from vyapar_lite.services.supply_rules import hsn_errors, moves_goods, place_of_supply
from vyapar_lite.services.tax_scheme import shop_scheme

if TYPE_CHECKING:
    from vyapar_lite.services.sales import InvoiceDraft


@dataclass(frozen=True)
class Prepared:
    """An invoice draft checked and worked out: what the preview shows and the posting writes."""

    customer: Customer
    place: str
    tax_kind: TaxKind
    state_tax_label: str
    resolved: _ResolvedLines
    amounts: list[LineAmounts]
    totals: Totals
    due: date
    redeem_value: int
    loyalty_shares: list[int]
    points_to_earn: int
    order: SaleOrder | None
    advance_applied: int
    scheme: supply.Scheme
    document_type: supply.DocumentType
    delivery_state: str = ""
    sez_supply: str = ""
    deemed_export: str = ""
    shipping_bill: ShippingBill = field(default_factory=ShippingBill)


def prepare(draft: InvoiceDraft) -> Prepared:
    """The draft checked (every message at once) and worked out: place of supply, tax kind,
    lines, totals, points, the order's advance, the document type; raises ValidationError."""
    customer = active_customer(draft.customer_code)
    errors: list[FieldError] = []
    try:
        check_lines(draft.lines, allowed_rates=active_rates())
    except ValidationError as exc:
        errors.extend(exc.errors)
    resolved, item_errors = resolve_items(draft.lines)
    delivery_state = _delivery_state(draft, errors)
    errors += hsn_errors(customer, resolved.lines)
    raise_if_any(errors + item_errors)
    shop_state, place, tax_kind = place_of_supply(
        customer,
        export=draft.export,
        delivery_state=delivery_state if moves_goods(resolved.lines) else "",
        bill_to_ship_to=draft.bill_to_ship_to,
    )
    bill = shipping_bill.clean(draft.shipping_bill)
    errors += shipping_bill.errors(bill, invoice_date=draft.doc_date, export=place == gst.FOREIGN)
    sez = sez_supply.choose(customer, draft.sez_with_tax)
    if sez == sez_supply.WITHOUT_TAX:
        tax_kind = "zero"

    scheme = shop_scheme()
    tax_scheme.check_can_bill(scheme, tax_kind)
    errors += deemed_export.errors(
        draft.deemed_export, customer, place=place, sez_supply=sez, scheme=scheme,
        lines=resolved.lines,
    )  # fmt: skip
    typed, taxed = supply.taxed_lines(resolved.lines, scheme)
    resolved = replace(resolved, lines=typed)
    amounts = [line_amounts(line, tax_kind) for line in taxed]
    lines_total = sum(a.total for a in amounts)
    settings = sales_settings.get()
    redeem = 0
    if draft.redeem_points:
        if customer.is_cash:
            errors.append(
                FieldError(
                    "points",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "A walk-in (CASH) sale has no points to redeem"
                        )
                    ),
                )
            )
        elif settings.point_value_paise <= 0:
            errors.append(
                FieldError(
                    "points",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Redeeming points is switched off in Settings"
                        )
                    ),
                )
            )
        else:
            try:
                redeem = redemption_value(
                    draft.redeem_points,
                    balance=customer.loyalty_points,
                    point_value_paise=settings.point_value_paise,
                    limit=lines_total,
                )
            except ValidationError as exc:
                errors.extend(exc.errors)
    # points redeemed come off the lines before tax (s.15(3)(a) CGST Act; domain.redemption)
    amounts, shares = redeem_on_lines(amounts, redeem, tax_kind)
    invoice_totals = totals(amounts, round_to_rupee=settings.round_off)
    grand_total = invoice_totals.grand_total

    order = None
    advance = 0
    if draft.order_number.strip():
        order = order_link.order_for_invoice(draft.order_number, customer)
        advance = min(order_link.advance_unused(order), grand_total)
    errors += check_mode(draft.mode)
    if draft.received:  # the drawer it goes into, checked as every receipt's is
        errors += money_accounts.chosen_account_errors(draft.mode, draft.account_id)
    try:
        check_payment(
            is_cash_customer=customer.is_cash,
            grand_total=grand_total - advance,
            received=draft.received,
        )
    except ValidationError as exc:
        errors.extend(exc.errors)
    errors += check_notes(draft.notes)
    errors += walk_in_buyer.errors(
        customer, draft.buyer_name, draft.buyer_address, draft.buyer_state, value=grand_total
    )
    raise_if_any(errors)
    return Prepared(
        customer=customer,
        place=place,
        tax_kind=tax_kind,
        state_tax_label=gst.state_tax_label(shop_state),
        resolved=resolved,
        amounts=amounts,
        totals=invoice_totals,
        due=due_date(draft.doc_date, customer.payment_terms_days),
        redeem_value=redeem,
        loyalty_shares=shares,
        points_to_earn=0
        if customer.is_cash
        else points_earned(grand_total, settings.earn_per_paise),
        order=order,
        advance_applied=advance,
        delivery_state=delivery_state,
        sez_supply=sez,
        deemed_export=draft.deemed_export,
        shipping_bill=bill,
        scheme=scheme,
        document_type=supply.document_type(
            scheme, [supply.clean_supply_type(t.supply_type) for t in typed]
        ),
    )


def _delivery_state(draft: InvoiceDraft, errors: list[FieldError]) -> str:
    """The delivery address's state code ('' when none is given); a bad one is an error."""
    text = draft.delivery_state.strip()
    if len(draft.delivery_address) > MAX_NOTES:
        errors.append(
            FieldError(
                "delivery_address",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Keep the delivery address under {max_notes} characters"
                    ),
                    max_notes=MAX_NOTES,
                ),
            )
        )
    if draft.bill_to_ship_to and not draft.delivery_address.strip():  # s.10(1)(b) IGST Act
        errors.append(
            FieldError(
                "delivery_address",
                Message(
                    QT_TRANSLATE_NOOP("messages", "Give the third party's address the goods go to")
                ),
            )
        )
    if not text:
        return ""
    try:
        return gst.parse_state(text, field="delivery_state")
    except ValidationError as exc:
        errors.extend(exc.errors)
        return ""
