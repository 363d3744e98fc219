"""Which lines of an invoice must carry an HSN/SAC code, and how many digits.

Notification 78/2020-Central Tax (from 1 April 2021, under Rule 46 CGST Rules): a shop whose
turnover in the previous year was up to ₹5 crore prints at least 4 digits of the HSN (or the SAC)
on tax invoices to registered persons (B2B), and may leave it off B2C invoices; above ₹5 crore,
at least 6 digits on every tax invoice. The code is digits only.
"""

from __future__ import annotations

from vyapar_lite.domain.errors import FieldError

SMALL_SHOP_DIGITS = 4
LARGE_SHOP_DIGITS = 6  # turnover above ₹5 crore


def digits_needed(*, registered_buyer: bool, turnover_above_5_crore: bool) -> int:
    """Digits every line needs (0: none needed)."""
    if turnover_above_5_crore:
        return LARGE_SHOP_DIGITS
    return SMALL_SHOP_DIGITS if registered_buyer else 0


def check_line_codes(codes: list[str], needed: int, *, why: str) -> list[FieldError]:
    """A FieldError naming each line (`line 2 HSN/SAC`) whose code is blank, not digits, or short;
    `why` says who needs it ("an invoice to a registered customer")."""
    if needed <= 0:
        return []
    errors = []
    for number, typed in enumerate(codes, start=1):
        code = typed.strip()
        if code and not code.isdigit():
            problem = f"'{code}' is not an HSN/SAC code: it has only digits"
        elif len(code) < needed:
            problem = f"{why} needs an HSN/SAC code of at least {needed} digits" + (
                f"; '{code}' has {len(code)}" if code else ""
            )
        else:
            continue
        errors.append(FieldError(f"line {number} HSN/SAC", f"Line {number}: {problem}"))
    return errors
