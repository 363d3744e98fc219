"""An unregistered buyer of ₹50,000 or more is named on the invoice (Rule 46(e), `domain.walk_in`).

A walk-in (CASH) sale has no customer record to take them from: the invoice form asks for the
buyer's name, address and state, and they are kept on the invoice (`walk_in_*` columns). Any
other customer without a GSTIN needs them in the customer's record.
"""

from __future__ import annotations

from vyapar_lite.db.models import Customer
from vyapar_lite.domain import walk_in
from vyapar_lite.domain.errors import FieldError


def errors(
    customer: Customer, name: str, address: str, state: str, *, value: int
) -> list[FieldError]:
    """What the invoice of `value` paise still needs ([] when the buyer is registered, or the
    sale is under ₹50,000, or everything is there)."""
    if not walk_in.needs_buyer_details(value, registered=bool(customer.gstin)):
        return []
    if customer.is_cash:
        return walk_in.missing_buyer_details(
            value, name=name, address=address, state=state, walk_in=True
        )
    return walk_in.missing_buyer_details(
        value,
        name=customer.name,
        address=customer.billing_address,
        state=customer.state_code,
        walk_in=False,
    )


def kept(customer: Customer, name: str, address: str, state: str) -> dict[str, str]:
    """The walk-in buyer's details as typed, for a CASH invoice's row ({} for anyone else)."""
    if not customer.is_cash:
        return {}
    return {
        "walk_in_name": " ".join(name.split()),
        "walk_in_address": address.strip(),
        "walk_in_state": state.strip(),
    }
