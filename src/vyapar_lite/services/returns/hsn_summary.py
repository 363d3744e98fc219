"""The HSN summary of outward supplies for a period (GSTR-1 table 12), as a report.

One row per HSN/SAC, unit quantity code (UQC) and rate, with the description, the total quantity,
the taxable value and the tax by head (IGST, CGST, SGST/UTGST, cess), net of credit notes. Rows
to registered buyers (B2B) and the rest (B2C) are apart, as table 12 has been reported in two
tabs since 2025 (GSTN advisory on table 12). The rows are the GSTR-1 classification's own
(`returns.gstr1`): this module only reads them for a screen, an Excel sheet and a PDF, so the
report and the return cannot disagree. Every posted GST document's lines are in it (nil-rated,
exempt, non-GST and zero-rated ones too), so its totals equal the sales register's for the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services.returns import gstr1
from vyapar_lite.services.returns.gstr1 import Amounts, HsnRow
from vyapar_lite.services.returns.period import ReturnPeriod

TABS = {"b2b": "B2B", "b2c": "B2C"}


class HsnLine(NamedTuple):
    """One row of the report: the tab ('b2b' | 'b2c') and the classification's row."""

    tab: str
    row: HsnRow

    @property
    def tab_label(self) -> str:
        return TABS[self.tab]


@dataclass(frozen=True)
class HsnSummary:
    start: date
    end: date
    b2b: tuple[HsnRow, ...]
    b2c: tuple[HsnRow, ...]

    @property
    def lines(self) -> list[HsnLine]:
        """B2B rows first, then B2C, each in HSN, UQC and rate order."""
        return [HsnLine("b2b", r) for r in self.b2b] + [HsnLine("b2c", r) for r in self.b2c]

    def tab_total(self, tab: str) -> Amounts:
        rows: tuple[HsnRow, ...] = getattr(self, tab)
        return sum((r.amounts for r in rows), Amounts())

    @property
    def total(self) -> Amounts:
        return self.tab_total("b2b") + self.tab_total("b2c")

    @property
    def value(self) -> int:
        """Taxable value and tax over both tabs, paise."""
        return sum(r.value for r in (*self.b2b, *self.b2c))


def hsn_summary(start: date, end: date) -> HsnSummary:
    """The period's HSN summary (a ValidationError when it starts after it ends)."""
    if start > end:
        raise ValidationError(
            FieldError("period", f"The period starts ({start}) after it ends ({end})")
        )
    g = gstr1.gstr1(ReturnPeriod(start, end))
    return HsnSummary(start, end, g.hsn_b2b, g.hsn_b2c)
