"""Which periods' GSTR-1 the shop has marked filed, and closing the books when it files one.

Once a period's GSTR-1 is filed, its documents must not change: a cancelled or back-dated
invoice would make the filed return untrue (amendments go through a later period's return,
s.37(3) CGST Act). So after the return is exported the app offers to mark it filed and to close
the books up to the period's last day (`closed_books`, issue 13). The filed periods are a shop
setting ('returns.gstr1_filed': period codes such as `2026-05` or `2026-Q1`, comma-separated),
changed with an audit row like every setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vyapar_lite.db import database
from vyapar_lite.services import closed_books, setting_rows
from vyapar_lite.services.returns.period import ReturnPeriod

KEY = "returns.gstr1_filed"


def code(period: ReturnPeriod) -> str:
    """`2026-05` for a month, `2026-Q1` for a quarter of the financial year 2026-27."""
    if not period.quarterly:
        return f"{period.start:%Y-%m}"
    fy = period.start.year if period.start.month >= 4 else period.start.year - 1
    return f"{fy}-Q{(period.start.month - 4) % 12 // 3 + 1}"


def filed_periods() -> list[str]:
    """The period codes marked filed, in order."""
    text = setting_rows.text(KEY)
    return sorted(c for c in text.split(",") if c)


def is_filed(period: ReturnPeriod) -> bool:
    return code(period) in filed_periods()


@dataclass(frozen=True)
class Filed:
    period: str  # its code
    closed_up_to: date | None  # the books' closed date after marking it


def mark_filed(period: ReturnPeriod, *, close_books: bool) -> Filed:
    """Mark the period's GSTR-1 filed and, when asked, close the books up to its last day (never
    reopening a later closed date); one transaction with its audit rows."""
    with database.atomic():
        codes = sorted({*filed_periods(), code(period)})
        setting_rows.save_text(
            KEY, ",".join(codes), label="GSTR-1 marked filed", field="gstr1_filed"
        )
        closed = closed_books.closed_up_to()
        if close_books and (closed is None or closed < period.end):
            closed = closed_books.close_up_to(period.end)
    return Filed(code(period), closed)
