"""The composition scheme's quarterly figures for CMP-08 (Rule 62 CGST Rules).

For each quarter of a financial year: the value of the outward supplies billed while the shop was
a composition taxable person (bills of supply with `supplier_scheme` 'composition'), net of the
credit notes and plus the debit notes against them, split into taxable supplies and exempt /
nil-rated / non-GST ones, and the tax at the composition rate on the taxable turnover, half
central tax and half state/UT tax.

The tax is worked out on the taxable supplies: for traders the rate applies to the "turnover of
taxable supplies of goods" (Notification 8/2017-Central Tax, as amended by 1/2018-Central Tax);
exempt supplies are shown beside it so a manufacturer or restaurant, whose rate applies to the
turnover in the state, adds them where the notification for them says so. The rate is the shop
profile's composition rate now (it is not stored per bill). Cancelled documents count nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from vyapar_lite.db.models import SalesDoc, SalesDocLine
from vyapar_lite.domain.money import divide_round
from vyapar_lite.services import shop

QUARTERS = (
    ("April-June", 4, 6),
    ("July-September", 7, 9),
    ("October-December", 10, 12),
    ("January-March", 1, 3),
)
_SIGN = {"invoice": 1, "debit_note": 1, "credit_note": -1}


@dataclass(frozen=True)
class QuarterRow:
    quarter: str
    start: date
    end: date
    documents: int
    taxable_turnover: int  # paise, net of credit notes
    exempt_turnover: int  # nil-rated, exempt and non-GST supplies
    rate_bp: int
    central_tax: int
    state_tax: int

    @property
    def tax(self) -> int:
        return self.central_tax + self.state_tax


@dataclass(frozen=True)
class CompositionReport:
    fin_year: str  # "2026-27"
    rate_bp: int
    rows: list[QuarterRow]

    @property
    def taxable_turnover(self) -> int:
        return sum(r.taxable_turnover for r in self.rows)

    @property
    def exempt_turnover(self) -> int:
        return sum(r.exempt_turnover for r in self.rows)

    @property
    def tax(self) -> int:
        return sum(r.tax for r in self.rows)


def quarter_dates(fin_year: str) -> list[tuple[str, date, date]]:
    """The four quarters of `2026-27`: (label, first day, last day)."""
    first = int(fin_year[:4])
    out = []
    for label, start_month, end_month in QUARTERS:
        year = first if start_month >= 4 else first + 1
        end_day = 30 if end_month in (6, 9) else 31
        out.append((label, date(year, start_month, 1), date(year, end_month, end_day)))
    return out


def _sums(start: date, end: date) -> tuple[int, int, int]:
    """(documents, taxable turnover, exempt turnover) of the composition bills in the period."""
    scope = (
        (SalesDoc.supplier_scheme == "composition")
        & (SalesDoc.status == "posted")
        & SalesDoc.doc_date.between(start, end)
    )
    query: Any = (
        SalesDocLine.select(
            SalesDoc.kind, SalesDocLine.supply_type, pw.fn.SUM(SalesDocLine.taxable)
        )
        .join(SalesDoc)
        .where(scope)
        .group_by(SalesDoc.kind, SalesDocLine.supply_type)
    )
    taxable = exempt = 0
    for kind, supply_type, amount in query.tuples():
        signed = _SIGN.get(str(kind), 0) * int(amount or 0)
        if supply_type == "taxable":
            taxable += signed
        else:
            exempt += signed
    documents = SalesDoc.select().where(scope).count()
    return documents, taxable, exempt


def composition_report(fin_year: str) -> CompositionReport:
    """The year's four quarters (see the module docstring)."""
    profile = shop.get_profile()
    rate = profile.composition_rate_bp if profile is not None else 0
    rows = []
    for label, start, end in quarter_dates(fin_year):
        documents, taxable, exempt = _sums(start, end)
        half = divide_round(taxable * rate, 20000)
        rows.append(QuarterRow(label, start, end, documents, taxable, exempt, rate, half, half))
    return CompositionReport(fin_year, rate, rows)
