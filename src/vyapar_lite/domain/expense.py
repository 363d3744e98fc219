"""An expense's rules: its amount, its date, and the tax on a GST bill (pure arithmetic).

A GST bill's tax at each rate is CGST + SGST (half the rate each) on an intra-state supply or
IGST (the whole rate) on an inter-state one (s.8 and s.5 IGST Act; s.9 CGST Act), never both.
Each figure may differ from the rate worked on the taxable value by rounding only (at most
`ROUNDING` paise: a supplier rounds per line), and the amount paid is the bill's total, give or
take the round-off to the rupee (at most `ROUND_OFF` paise).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.money import MAX_PAISE, format_money, percent_of

GST_RATES_BP = (0, 25, 150, 300, 500, 1200, 1800, 2800, 4000)
ROUNDING = 100  # paise a tax figure may differ from its rate's (rounding per line on the bill)
ROUND_OFF = 100  # paise the amount paid may differ from the bill's total (round-off to ₹1)
MAX_HEAD = 40


@dataclass(frozen=True)
class TaxAtRate:
    rate_bp: int
    taxable: int
    cgst: int = 0
    sgst: int = 0
    igst: int = 0

    @property
    def tax(self) -> int:
        return self.cgst + self.sgst + self.igst

    @property
    def total(self) -> int:
        return self.taxable + self.tax


def rate_text(rate_bp: int) -> str:
    whole, part = divmod(rate_bp, 100)
    return f"{whole}%" if not part else f"{whole}.{part:02d}".rstrip("0") + "%"


def check_amount(amount: int, *, field: str = "amount") -> list[FieldError]:
    if amount <= 0:
        return [
            FieldError(
                field, Message(QT_TRANSLATE_NOOP("messages", "Enter an amount more than ₹0"))
            )
        ]
    if amount > MAX_PAISE:
        return [
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP("messages", "An amount can be at most {MAX_PAISE}"),
                    MAX_PAISE=format_money(MAX_PAISE),
                ),
            )
        ]
    return []


def check_date(on: date, *, today: date, future_days: int, field: str = "date") -> list[FieldError]:
    """Money cannot move on a day further ahead than the shop allows (Settings > Numbering)."""
    last = today + timedelta(days=future_days)
    if on > last:
        return [
            FieldError(
                field,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The date can be at most {last:%d-%m-%Y} ({future_days} days ahead)",
                    ),
                    last=last,
                    future_days=future_days,
                ),
            )
        ]
    return []


def check_taxes(taxes: Sequence[TaxAtRate], amount: int) -> list[FieldError]:
    """Each rate's tax matches its rate; the amount paid is the bill's total (see the module)."""
    errors: list[FieldError] = []
    seen: set[int] = set()
    for t in taxes:
        name = f"tax at {rate_text(t.rate_bp)}"
        if t.rate_bp not in GST_RATES_BP:
            allowed = ", ".join(rate_text(r) for r in GST_RATES_BP)
            errors.append(
                FieldError(
                    "rate",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{rate_bp} is not a GST rate: {allowed}"),
                        rate_bp=rate_text(t.rate_bp),
                        allowed=allowed,
                    ),
                )
            )
            continue
        if t.rate_bp in seen:
            errors.append(
                FieldError(
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{rate_bp} is given twice; add them up"),
                        rate_bp=rate_text(t.rate_bp),
                    ),
                )
            )
        seen.add(t.rate_bp)
        if min(t.taxable, t.cgst, t.sgst, t.igst) < 0:
            errors.append(
                FieldError(
                    name,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Taxable value and tax cannot be negative")
                    ),
                )
            )
            continue
        if t.taxable == 0:
            errors.append(
                FieldError(
                    f"taxable value at {rate_text(t.rate_bp)}",
                    Message(QT_TRANSLATE_NOOP("messages", "Enter the taxable value")),
                )
            )
            continue
        if t.igst and (t.cgst or t.sgst):
            errors.append(
                FieldError(
                    name,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "A bill charges either CGST + SGST or IGST, not both"
                        )
                    ),
                )
            )
            continue
        if t.igst or not (t.cgst or t.sgst):
            expected = percent_of(t.taxable, t.rate_bp)
            if abs(t.igst - expected) > ROUNDING and abs(t.cgst + t.sgst - expected) > ROUNDING:
                errors.append(
                    FieldError(
                        name,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "IGST at {rate_bp} on {taxable} is {expected}"
                            ),
                            rate_bp=rate_text(t.rate_bp),
                            taxable=format_money(t.taxable),
                            expected=format_money(expected),
                        ),
                    )
                )
            continue
        half = percent_of(t.taxable, t.rate_bp // 2) if t.rate_bp % 2 == 0 else None
        each = half if half is not None else percent_of(t.taxable, t.rate_bp) // 2
        if abs(t.cgst - each) > ROUNDING or abs(t.sgst - each) > ROUNDING:
            errors.append(
                FieldError(
                    name,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "CGST and SGST at {rate_bp} on {taxable} are {each} each"
                        ),
                        rate_bp=rate_text(t.rate_bp),
                        taxable=format_money(t.taxable),
                        each=format_money(each),
                    ),
                )
            )
    if taxes and not errors:
        total = sum(t.total for t in taxes)
        if abs(total - amount) > ROUND_OFF:
            errors.append(
                FieldError(
                    "amount",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The bill's total is {total}; the amount paid should be that",
                        ),
                        total=format_money(total),
                    ),
                )
            )
    return errors
