"""The buyer's details a sale of ₹50,000 or more to an unregistered buyer must carry (Rule 46(e)).

Rule 46(e) CGST Rules: a tax invoice to an unregistered recipient whose value is fifty thousand
rupees or more carries the recipient's name and address, the delivery address, and the name of
the State with its code. The rule speaks of the value of the taxable supply; the bill's total is
used here, which is never less, so a bill of ₹50,000 or more always carries them (never fewer
details than the rule asks). For a walk-in (CASH) sale they are typed on the invoice; for a
customer without a GSTIN they come from the customer's record.
"""

from __future__ import annotations

from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import FieldError
from vyapar_lite.domain.money import format_money

THRESHOLD = 5_000_000  # ₹50,000 in paise


def needs_buyer_details(value: int, *, registered: bool) -> bool:
    return not registered and value >= THRESHOLD


def missing_buyer_details(
    value: int, *, name: str, address: str, state: str, walk_in: bool
) -> list[FieldError]:
    """What is missing for an unregistered buyer of `value` paise ([] when nothing is)."""
    where = "on the invoice" if walk_in else "in the customer's record"
    missing = [
        (field, label)
        for field, label, text in (
            ("buyer_name", "name", name),
            ("buyer_address", "address", address),
            ("buyer_state", "state", state),
        )
        if not text.strip()
    ]
    errors = [
        FieldError(
            field,
            f"A sale of {format_money(value)} (₹50,000 or more) to an unregistered buyer must "
            f"carry the buyer's {label} (Rule 46(e)): enter it {where}",
        )
        for field, label in missing
    ]
    if state.strip() and not _known_state(state.strip()):
        errors.append(FieldError("buyer_state", f"{state} is not a GST state code"))
    return errors


def _known_state(code: str) -> bool:
    try:
        gst.state_name(code)
    except ValueError:
        return False
    return True
