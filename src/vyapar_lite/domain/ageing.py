"""Ageing of receivables: the bands, and which part of a balance is how old.

Pure functions over plain values; the service feeds them a customer's open items.

**Bands** are the upper limits of "days past due" ranges, editable by the shopkeeper: the default
(30, 60, 90) gives the columns 0-30, 31-60, 61-90 and Over 90. Amounts not yet due have their own
column before them ("Not due"), so every rupee of a receivable lands in exactly one column.

**Which items are still owed.** An open item is an invoice or debit note (what is left of it after
the receipts allocated to it and the credit notes against it), an opening balance, or any other
debit on the account. Credits that settle no particular document (a receipt taken on account, an
order's advance, an opening advance) are taken to settle the oldest items first. So what is still
owed is the newest open items that add up to the balance: `owed_by_band` walks the items newest
first, takes each whole until the balance is covered, and takes only the rest of the last one.
The result always adds up to the balance, whatever the allocations say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from vyapar_lite.domain.errors import FieldError, ValidationError

DEFAULT_LIMITS = (30, 60, 90)
MAX_BANDS = 8
MAX_DAYS = 3650  # ten years: anything longer is a typing mistake
NOT_DUE = "Not due"
FIELD = "bands"
_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class AgeingBands:
    """Upper limits (days past due) of each band but the last, which is open-ended."""

    limits: tuple[int, ...] = DEFAULT_LIMITS

    def __post_init__(self) -> None:
        errors = band_errors(self.limits)
        if errors:
            raise ValidationError(errors)

    @property
    def labels(self) -> tuple[str, ...]:
        """Column titles, "Not due" first: ("Not due", "0-30", "31-60", "61-90", "Over 90")."""
        names = [NOT_DUE]
        low = 0
        for high in self.limits:
            names.append(f"{low}-{high}")
            low = high + 1
        names.append(f"Over {self.limits[-1]}")
        return tuple(names)

    @property
    def count(self) -> int:
        """How many columns: not due, one per limit, and the open-ended last band."""
        return len(self.limits) + 2

    def index_of(self, days_past_due: int) -> int:
        """The column of an amount `days_past_due` days after its due date (< 0: not due yet)."""
        if days_past_due < 0:
            return 0
        for index, high in enumerate(self.limits, start=1):
            if days_past_due <= high:
                return index
        return len(self.limits) + 1

    def text(self) -> str:
        """As typed and stored: "30, 60, 90"."""
        return ", ".join(str(limit) for limit in self.limits)


def band_errors(limits: Sequence[object]) -> list[FieldError]:
    """What is wrong with a list of band limits (empty when they are fine)."""
    if not limits:
        return [FieldError(FIELD, "Enter at least one band limit in days, for example 30, 60, 90")]
    if len(limits) > MAX_BANDS:
        return [FieldError(FIELD, f"Use at most {MAX_BANDS} band limits")]
    if not all(isinstance(limit, int) and not isinstance(limit, bool) for limit in limits):
        return [FieldError(FIELD, "Band limits are whole numbers of days, for example 30, 60, 90")]
    numbers = [limit for limit in limits if isinstance(limit, int)]
    if numbers[0] < 1 or numbers[-1] > MAX_DAYS:
        return [FieldError(FIELD, f"Band limits are between 1 and {MAX_DAYS} days")]
    if any(later <= earlier for earlier, later in pairwise(numbers)):
        return [FieldError(FIELD, "Each band limit must be larger than the one before it")]
    return []


def parse_bands(text: str) -> AgeingBands:
    """Band limits as typed: "30, 60, 90" (commas, semicolons or spaces between them)."""
    parts = [part for part in _SEPARATORS.split(text.strip()) if part]
    if not all(part.isdigit() for part in parts):
        raise ValidationError(
            FieldError(FIELD, "Type the band limits as whole days, for example 30, 60, 90")
        )
    return AgeingBands(tuple(int(part) for part in parts))


class OpenItem(NamedTuple):
    """Something the customer was charged and may still owe, with the day it falls due (a
    named tuple: a report makes tens of thousands of them)."""

    due: date
    amount: int  # paise still open on it (after its own allocations and credit notes)


def owed_by_band(
    items_newest_first: Iterable[OpenItem],
    balance: int,
    as_of: date,
    bands: AgeingBands,
    columns: dict[date, int] | None = None,
) -> list[int]:
    """The parts of `balance` (> 0) in each column: the newest items that make it up, as
    `by_band(what_makes_up(...))` says, in one pass.

    Stops reading `items_newest_first` as soon as the balance is covered, so the caller can feed
    it lazily. If the items run out first (they always cover a consistent balance), the rest is
    put in the oldest band so that the columns still add up to the balance. `columns`: each due
    date's column as of `as_of` in these bands, filled as it goes; a report passes one for all
    its customers (a few hundred due dates among tens of thousands of items).
    """
    amounts = [0] * bands.count
    left = balance
    if left <= 0:
        return amounts
    if columns is None:
        columns = {}
    for due, amount in items_newest_first:
        if amount <= 0:
            continue
        column = columns.get(due)
        if column is None:
            column = columns[due] = bands.index_of((as_of - due).days)
        if amount >= left:
            amounts[column] += left
            return amounts
        amounts[column] += amount
        left -= amount
    amounts[-1] += left  # `what_makes_up`'s item due on date.min: the oldest band
    return amounts


def what_makes_up(items_newest_first: Iterable[OpenItem], balance: int) -> list[OpenItem]:
    """The newest items (the last one perhaps in part) that add up to `balance`, newest first;
    [] when nothing is owed. Items that run out before the balance is covered leave the rest as
    one item due on `date.min`, which every as-of date puts in the oldest band."""
    taken: list[OpenItem] = []
    left = balance
    if left <= 0:
        return taken
    for item in items_newest_first:
        if item.amount <= 0:
            continue
        take = min(item.amount, left)
        taken.append(OpenItem(item.due, take))
        left -= take
        if left == 0:
            return taken
    taken.append(OpenItem(date.min, left))
    return taken


def by_band(items: Iterable[OpenItem], as_of: date, bands: AgeingBands) -> list[int]:
    """The items' amounts in each column as of `as_of`."""
    amounts = [0] * bands.count
    for item in items:
        amounts[bands.index_of((as_of - item.due).days)] += item.amount
    return amounts


def split_balance(balance: int) -> tuple[int, int]:
    """(receivable, advance) of a balance: what the customer owes, or what they paid ahead."""
    return (balance, 0) if balance > 0 else (0, -balance)
