"""What the law decides about a sale before its amounts: where it is supplied, which taxes apply,
and how many HSN/SAC digits its lines need.

Where `services.sales` posts an invoice, this module answers the questions the GST rules ask of
it; sale orders and a bounced cheque's charge ask the same ones.
"""

from __future__ import annotations

from vyapar_lite.db.models import Customer
from vyapar_lite.domain import gst, hsn
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import LineInput, TaxKind
from vyapar_lite.services import gst_settings, shop


def hsn_errors(customer: Customer, lines: list[LineInput]) -> list[FieldError]:
    """HSN/SAC codes each line must carry (`domain.hsn`, Notification 78/2020): 4 digits on an
    invoice to a registered customer, 6 on every invoice once the shop's turnover is above ₹5
    crore (a Gst setting)."""
    large = gst_settings.get().turnover_above_5_crore
    registered = bool(customer.gstin) and not customer.is_cash
    needed = hsn.digits_needed(registered_buyer=registered, turnover_above_5_crore=large)
    why = "an invoice to a registered customer" if registered else "a shop above ₹5 crore"
    return hsn.check_line_codes([line.hsn_sac for line in lines], needed, why=why)


def place_of_supply(
    customer: Customer,
    *,
    export: bool = False,
    delivery_state: str = "",
    bill_to_ship_to: bool = False,
) -> tuple[str, str, TaxKind]:
    """(shop state, place of supply, tax kind): the customer's state (a customer with a GSTIN and
    no state: the GSTIN's, as `domain.customer` fills it), or the shop's for CASH and customers
    without either; an export only for a customer outside India.

    Goods delivered to another address: the place of supply is where their movement ends for
    delivery, the delivery address's state (IGST Act s.10(1)(a)); the caller passes
    `delivery_state` only for an invoice that moves goods (services follow the recipient's
    location, s.12(2)). An export stays an export (s.13 / zero-rated, IGST Act s.16). A supply to
    an SEZ unit is inter-state whatever the states (s.7(5)(b) IGST Act): "inter" here, "zero"
    when made under LUT (`sez_supply`).

    Bill to / ship to (`bill_to_ship_to`): goods delivered to a third person on the buyer's
    direction are supplied at the principal place of business of the buyer, the bill-to party
    (IGST Act s.10(1)(b)), whatever the delivery address's state: its GSTIN's state, else its
    own state."""
    profile = shop.get_profile()
    if profile is None:
        raise ValidationError(FieldError("shop", "Set up the shop's profile (its state) first"))
    registered_in = gst.fill_from_gstin(customer.gstin)[0] if customer.gstin else ""
    place = (
        profile.state_code
        if customer.is_cash
        else customer.state_code or registered_in or profile.state_code
    )
    if bill_to_ship_to and not customer.is_cash:
        place = registered_in or customer.state_code or place
    elif delivery_state and not export:
        place = delivery_state
    place = gst.LEGACY_SUCCESSORS.get(place, place)
    if export and place != gst.FOREIGN:
        raise ValidationError(
            FieldError(
                "export",
                f"Only a customer outside India (state {gst.FOREIGN}) can be billed as an export",
            )
        )
    kind = gst.tax_split_kind(profile.state_code, place, export=export)
    if customer.is_sez and kind == "intra":
        kind = "inter"
    return profile.state_code, place, kind


def moves_goods(lines: list[LineInput]) -> bool:
    """True when a line is goods: its code is not a SAC (services' codes start with 99, Scheme
    of Classification of Services, Notification 11/2017-CT(Rate)); a line without a code is
    taken as goods, what a shop mostly sells."""
    return any(not line.hsn_sac.strip().startswith("99") for line in lines)
