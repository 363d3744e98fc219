"""Payment rules: allocating money to what is owed, cheques and their dates.

Pure functions over plain values (paise, dates, document numbers); the services read the open
documents from the shop file and save what these decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.domain.money import MAX_PAISE, format_money

COUNT_ON = ("receipt", "clearance")  # when a post-dated cheque is counted in the balance
CHEQUE_VALIDITY = timedelta(days=91)  # a cheque is valid for three months from its date
MAX_REFERENCE = 100


@dataclass(frozen=True)
class Owing:
    """A document that still owes something: an invoice, a debit note or a purchase bill."""

    number: str
    doc_date: date
    due_date: date
    outstanding: int


def oldest_due_first(items: Iterable[Owing]) -> list[Owing]:
    """By due date, then document date, then number."""
    return sorted(items, key=lambda o: (o.due_date, o.doc_date, o.number))


def auto_allocate(items: Iterable[Owing], amount: int) -> dict[str, int]:
    """`amount` spread over the oldest due first, each up to what it owes; the rest is left over
    (an advance). Documents that get nothing are left out."""
    left = max(amount, 0)
    result: dict[str, int] = {}
    for item in oldest_due_first(items):
        if left <= 0:
            break
        take = min(left, item.outstanding)
        if take > 0:
            result[item.number] = take
            left -= take
    return result


def check_allocations(
    wanted: Mapping[str, int],
    outstanding: Mapping[str, int],
    *,
    amount: int,
    what: str = "receipt",
) -> list[FieldError]:
    """Each allocation is > 0 and at most its document's outstanding; together at most `amount`.

    `outstanding` maps each open document that can be allocated to its outstanding amount."""
    errors: list[FieldError] = []
    for number, paise in wanted.items():
        field = f"allocation {number}"
        if paise < 0:
            errors.append(FieldError(field, f"{number}: an allocation can't be negative"))
        elif number not in outstanding:
            errors.append(FieldError(field, f"{number} is not an open document of this account"))
        elif paise > outstanding[number]:
            errors.append(
                FieldError(
                    field,
                    f"{number} has only {format_money(outstanding[number])} outstanding; "
                    f"{format_money(paise)} can't be allocated to it",
                )
            )
    total = sum(p for p in wanted.values() if p > 0)
    if total > amount:
        errors.append(
            FieldError(
                "allocations",
                f"Allocated {format_money(total)} is more than the {what}'s {format_money(amount)}",
            )
        )
    return errors


def trim_to_outstanding(
    planned: Sequence[tuple[str, int]], outstanding: Mapping[str, int]
) -> dict[str, int]:
    """Planned allocations cut down to what each document owes now (a cheque clearing later)."""
    result: dict[str, int] = {}
    for number, paise in planned:
        take = min(paise, outstanding.get(number, 0) - result.get(number, 0))
        if take > 0:
            result[number] = result.get(number, 0) + take
    return result


def days_overdue(due: date | None, on: date) -> int:
    return max(0, (on - due).days) if due is not None else 0


def check_amount(amount: int, *, field: str = "amount") -> list[FieldError]:
    if amount <= 0:
        return [FieldError(field, "Enter an amount more than ₹0")]
    if amount > MAX_PAISE:
        return [FieldError(field, f"An amount can be at most {format_money(MAX_PAISE)}")]
    return []


def is_post_dated(cheque_date: date, received_on: date) -> bool:
    return cheque_date > received_on


def check_cheque(number: str, bank: str, cheque_date: date, received_on: date) -> list[FieldError]:
    """A cheque needs its number and bank; a cheque older than three months is stale."""
    errors = []
    digits = number.strip()
    if not digits.isdigit() or not 6 <= len(digits) <= 10:
        errors.append(FieldError("cheque number", "Enter the cheque number (6 digits)"))
    if not bank.strip():
        errors.append(FieldError("cheque bank", "Enter the bank the cheque is drawn on"))
    elif len(bank.strip()) > MAX_REFERENCE:
        errors.append(
            FieldError("cheque bank", f"The bank's name can have at most {MAX_REFERENCE} letters")
        )
    if cheque_date + CHEQUE_VALIDITY < received_on:
        errors.append(
            FieldError(
                "cheque date",
                f"A cheque dated {cheque_date:%d-%m-%Y} is older than three months (stale)",
            )
        )
    return errors


def check_reference(reference: str) -> list[FieldError]:
    if len(reference.strip()) > MAX_REFERENCE:
        return [
            FieldError("reference", f"The reference can have at most {MAX_REFERENCE} characters")
        ]
    return []
