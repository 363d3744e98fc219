"""Who the shop is for GST when a document is made: regular, composition or unregistered
(`domain.supply`), and what that allows (s.10, s.32(1) CGST Act)."""

from __future__ import annotations

from vyapar_lite.domain import supply
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import TaxKind
from vyapar_lite.domain.shop import scheme_of
from vyapar_lite.services import shop


def shop_scheme() -> supply.Scheme:
    """The shop's scheme now, from its profile (GSTIN and the composition choice)."""
    profile = shop.get_profile()
    return scheme_of(profile) if profile is not None else "regular"


def check_can_bill(scheme: supply.Scheme, tax_kind: TaxKind) -> None:
    """A composition taxable person may not make inter-state outward supplies or exports
    (s.10(2)(c) for goods, s.10(2A)(b) for services); raises ValidationError on `customer`."""
    if scheme == "composition" and tax_kind != "intra":
        raise ValidationError(
            FieldError(
                "customer",
                "A composition taxable person cannot make inter-state supplies or exports "
                "(s.10(2)(c) and s.10(2A)(b) CGST Act): bill a customer in the shop's own state",
            )
        )
