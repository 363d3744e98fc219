"""No document number is missing: every number each series has given out, from its first
document the app itself issued up to the number before the series' next, is on a document
(posted or cancelled). A whole document deleted outside the app leaves such a gap.

Numbers are made again exactly as `doc_series.take` made them (the series' prefix, width and
year form), so a series numbered in any of the forms the app has used is checked in its own.
A number a migration moved to another series is accounted for by its `renumber` audit row.
Imported history (audited as `import`) keeps numbers of its own that may skip (the shop's old
books had their own gaps): a series is checked from its first number the app issued itself.
"""

from __future__ import annotations

import json
from bisect import bisect_left

from vyapar_lite.db import database
from vyapar_lite.db.models import Sequence
from vyapar_lite.domain import doc_numbers
from vyapar_lite.services import doc_series

LIMIT = 20
# every table whose documents take their numbers from a series of `doc_series`
_NUMBERED = (
    "sales_doc",
    "sale_order",
    "receipt",
    "payment_out",
    "purchase_bill",
    "contra",
    "expense",
    "contra_voucher",
)


def _renumbered() -> set[str]:
    """Numbers a document gave up when it moved series (migration 11's bank charges): its
    `renumber` audit row names the old number, so its place in the old series is accounted for."""
    old = set()
    for (before,) in database.execute_sql(
        "SELECT before_json FROM audit_entry WHERE action = 'renumber'"
    ):
        try:
            number = json.loads(before or "{}").get("number")
        except (ValueError, AttributeError):
            continue
        if number:
            old.add(str(number))
    return old


def _given_out(
    prefix: str, year: str, next_number: int, width: int, form: doc_numbers.YearForm
) -> list[str]:
    """The numbers 1 .. next_number - 1 of a series as `doc_numbers.fitting_number` makes them,
    up to the first that would not fit (Rule 46(b): at most 16 characters), each form made by
    one format a number: the series' own form while it fits, then the short year's. Lengths
    only grow with the number, so where each form stops fitting is found by bisection. On the
    1M-entry shop (900,000 numbers, most past a long-year series' 9,999th) 2.7 s of calls to
    `fitting_number` become a few tenths of a second."""
    own = doc_numbers.document_number(prefix, year, 0, width, year_form=form).rsplit("/", 1)[0]
    texts = [f"{own}/{n:0{width}d}" for n in range(1, next_number)]
    fits = bisect_left(texts, doc_numbers.MAX_LENGTH + 1, key=len)
    if fits == len(texts):
        return texts
    wide = max(width, doc_numbers.WIDTH)
    short = doc_numbers.document_number(prefix, year, 0, wide).rsplit("/", 1)[0]
    rest = [f"{short}/{n:0{wide}d}" for n in range(fits + 1, next_number)]
    return texts[:fits] + rest[: bisect_left(rest, doc_numbers.MAX_LENGTH + 1, key=len)]


def problems() -> list[str]:
    """`check`'s lines: each series with numbers given out that no document carries."""
    numbers: set[str] = set()
    for table in _NUMBERED:
        numbers.update(n for (n,) in database.execute_sql(f"SELECT number FROM {table}").fetchall())
    numbers.update(_renumbered())  # moved to another series by a migration, audited as such
    imported = {
        str(label)
        for (label,) in database.execute_sql(
            "SELECT record_label FROM audit_entry WHERE action = 'import'"
        )
    }
    found: list[str] = []
    for row in Sequence.select().order_by(Sequence.name):
        kind, _, year = str(row.name).partition("/")
        if kind not in doc_series.PREFIXES or not year:
            continue
        form: doc_numbers.YearForm = "long" if row.year_form == "long" else "short"
        missing: list[str] = []
        issued_by_app = False
        for text in _given_out(row.prefix, year, int(row.next_number), row.width, form):
            if text in numbers:
                issued_by_app = issued_by_app or text not in imported
            elif issued_by_app or not imported:
                missing.append(text)
        if missing:
            shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5
                                               else "")  # fmt: skip
            found.append(
                f"{kind.replace('_', ' ')} numbers of {year} missing: {shown}: no document "
                "carries them (deleted outside the app)"
            )
        if len(found) >= LIMIT:
            break
    return found
