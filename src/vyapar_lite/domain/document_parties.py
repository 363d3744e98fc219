"""Both parties of a posted document as they stood when it was issued (the "snapshot").

A tax invoice must show the supplier's and the recipient's name, address, GSTIN and state, the
place of supply and, where it differs, the delivery address (CGST Rules, Rule 46(a), (e), (f),
(n), (o)); credit and debit notes (Rule 53) and receipt, refund and payment vouchers (Rules 50,
51, 52) carry the same particulars. What was issued is what counts: a reprint, a register or a
return must show the particulars the document was issued with, never the masters as edited since.
So the posting transaction copies them here once; every reader uses this copy; the masters
(customer, shop profile) are only for new documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from vyapar_lite.domain import gst
from vyapar_lite.domain.shop import ShopProfile


@dataclass(frozen=True)
class Party:
    """The other party (customer or supplier) as on the document."""

    name: str
    billing_address: str  # as printed: the address lines, then "city pin"
    shipping_address: str  # the delivery address (invoices: the ship-to chosen at issue)
    phone: str
    gstin: str
    state_code: str
    state_name: str
    composition: bool = False  # a composition taxable person (s.10 CGST Act) when issued


@dataclass(frozen=True)
class DocumentParties:
    """Who issued the document to whom, and the place of supply, as at issue."""

    party: Party
    shop: ShopProfile
    shop_state_name: str
    place_of_supply: str  # state code (96: outside India)
    place_name: str
    shipping_state_code: str = ""  # the delivery address's state ('' when not known)
    # bill to / ship to: goods delivered to a third party on the buyer's direction; the place of
    # supply is then the buyer's principal place of business (s.10(1)(b) IGST Act)
    third_party_delivery: bool = False

    @property
    def ships_elsewhere(self) -> bool:
        """True when the goods go to an address other than the billing address (printed then)."""
        ship = _plain(self.party.shipping_address)
        return bool(ship) and ship != _plain(self.party.billing_address)


def _plain(text: str) -> str:
    """Compared without case, commas and line breaks (a form gives the address on one line)."""
    return " ".join(text.replace(",", " ").split()).casefold()


def state_label(code: str) -> str:
    """The state's name for a code ('' for none; the code itself for one not in the list)."""
    if not code:
        return ""
    try:
        return gst.state_name(code)
    except ValueError:
        return code


def place_text(code: str, name: str) -> str:
    """`Maharashtra (27)`, as Rule 46(n) asks for: the state's name with its code."""
    if not code:
        return ""
    return f"{name or code} ({code})" if name and name != code else code


def address_text(address: str, city: str, pin_code: str) -> str:
    """The address lines and then "city pin", as printed (blank parts left out)."""
    place = " ".join(part for part in (city.strip(), pin_code.strip()) if part)
    return "\n".join(part for part in (address.strip(), place) if part)


def party_of(
    *,
    name: str,
    address: str,
    city: str,
    pin_code: str,
    shipping_address: str,
    shipping_same_as_billing: bool,
    phone: str,
    gstin: str,
    state_code: str,
    composition: bool = False,
) -> Party:
    """A customer master's particulars as a document's party (the shipping address is the
    billing one when the customer ships to where they are billed, or has no other)."""
    billing = address_text(address, city, pin_code)
    ship = shipping_address.strip()
    return Party(
        name=name,
        billing_address=billing,
        shipping_address=billing if shipping_same_as_billing or not ship else ship,
        phone=phone,
        gstin=gstin,
        state_code=state_code,
        state_name=state_label(state_code),
        composition=composition,
    )
