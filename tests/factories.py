"""Test-data builders shared by every test layer."""

from __future__ import annotations

from datetime import date
from itertools import count

from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.services import customers

_phones = count(9000000001)


def make_customer(
    name: str = "Asha Verma",
    *,
    opening: int = 0,
    opening_kind: OpeningKind = OpeningKind.RECEIVABLE,
    **fields: object,
) -> customers.CustomerAccount:
    """Create a customer through the service (unique phone unless given)."""
    fields.setdefault("phone", str(next(_phones)))
    details = CustomerDetails(name=name, **fields)  # type: ignore[arg-type]
    start = OpeningBalance(opening, opening_kind, date(2026, 4, 1)) if opening else None
    return customers.create_customer(details, opening=start)
