"""A long period exported a calendar month at a time, so memory stays that of one month however
long the period (a year of a 1,000,000-entry shop would otherwise hold some 450,000 vouchers).

Months partition the dates, and a document and its same-day cancellation fall in one month, so
the vouchers come out in the same order, and the file is the same bytes, as in one piece.
`merged_ledgers` joins the months' ledger masters (openings summed, their bills in order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services.tally.books import tally_books
from vyapar_lite.services.tally.vouchers import VOUCHER_TYPES, Ledger, TallyBooks

Progress = Callable[[int, int, str], None]


def month_windows(start: date, end: date) -> list[tuple[date, date]]:
    """`start`..`end` cut at month ends: [(start, 31 Jan), (1 Feb, 28 Feb), ..., (1 Mar, end)]."""
    if start > end:
        raise ValidationError(FieldError("from", "The period must start on or before its end"))
    windows = []
    first = start
    while first <= end:
        next_month = (first.replace(day=1) + timedelta(days=32)).replace(day=1)
        last = min(end, next_month - timedelta(days=1))
        windows.append((first, last))
        first = last + timedelta(days=1)
    return windows


def tally_months(
    start: date, end: date, *, progress: Progress | None = None
) -> Iterator[TallyBooks]:
    """The period's books, one calendar month at a time (see the module docstring)."""
    windows = month_windows(start, end)
    for n, (first, last) in enumerate(windows):
        if progress is not None:
            progress(n, len(windows), f"Vouchers of {first:%B %Y}")
        yield tally_books(first, last)


def merged_ledgers(parts: Iterable[tuple[Ledger, ...]]) -> tuple[Ledger, ...]:
    """Every month's ledgers as one list by name; a ledger's openings from each month added."""
    found: dict[str, Ledger] = {}
    for ledgers in parts:
        for ledger in ledgers:
            before = found.get(ledger.name)
            if before is None:
                found[ledger.name] = ledger
            elif ledger.opening_bills:
                found[ledger.name] = replace(
                    before,
                    opening=before.opening + ledger.opening,
                    opening_bills=before.opening_bills + ledger.opening_bills,
                )
    return tuple(found[name] for name in sorted(found))


@dataclass
class TallySummary:
    """What an export of a period holds, counted month by month (no vouchers kept)."""

    start: date
    end: date
    company: str = ""
    vouchers: int = 0
    cancelled_left_out: int = 0
    by_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # count, party side
    ledgers: tuple[Ledger, ...] = ()

    def add(self, books: TallyBooks) -> None:
        self.company = books.company
        self.vouchers += len(books.vouchers)
        self.cancelled_left_out += books.cancelled_left_out
        for v in books.vouchers:
            count, amount = self.by_type.get(v.kind, (0, 0))
            party = sum(e.amount for e in v.entries if e.is_party)
            self.by_type[v.kind] = (count + 1, amount + party)
        self.ledgers = merged_ledgers((self.ledgers, books.ledgers))

    def rows(self) -> list[tuple[str, int, int]]:
        """(voucher type, how many, the parties' side in paise, + debit) in Tally's order."""
        return [(k, *self.by_type[k]) for k in VOUCHER_TYPES if k in self.by_type]


def tally_summary(start: date, end: date, *, progress: Progress | None = None) -> TallySummary:
    summary = TallySummary(start, end)
    for books in tally_months(start, end, progress=progress):
        summary.add(books)
    return summary
