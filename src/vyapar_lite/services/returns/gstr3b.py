"""GSTR-3B, the outward side: Tables 3.1 (a), (b), (c), (e) and 3.2, from the GSTR-1 tables.

GSTR-3B's outward figures are GSTR-1's tables added up (the GSTN's auto-population of GSTR-3B
from GSTR-1, advisory of 2020 and the hard-locking from July 2025): this module reads the one
classification (`returns.gstr1`) and sums it, so the two returns cannot disagree. Amounts are
integer paise, credit notes taken off.

- **3.1 (a)** outward taxable supplies other than zero-rated, nil-rated and exempt: GSTR-1
  tables 4A (b2b, invoice type R), 6C (b2b, invoice type DE: a deemed export, s.147 CGST Act, is
  taxed as usual and not zero-rated), 5 (b2cl), 7 (b2cs), and the notes on them in 9B (cdnr on
  a regular or deemed-export B2B invoice, cdnur of type B2CL). A B2B invoice on reverse charge
  (table 4B, `rchrg` Y) is left out: the tax on it is payable by the recipient (s.9(3)/(4) CGST
  Act), who reports it in its own 3.1 (d); it is shown apart (`reverse_charge`) so the figures
  still add up.
- **3.1 (b)** zero-rated outward supplies (s.16 IGST Act): exports (6A `exp`), supplies to SEZ
  units and developers with or without IGST (6B, b2b SEWP/SEWOP), and the notes on them (cdnr
  on an SEZ invoice, cdnur EXPWP/EXPWOP).
- **3.1 (c)** other outward supplies, nil-rated and exempt: table 8 (`nil`), nil and exempt.
- **3.1 (e)** non-GST outward supplies: table 8's non-GST column.
- **3.2** of the supplies in 3.1 (a), the inter-state ones by place of supply (s.10 IGST Act):
  to unregistered persons (b2cl, the INTER rows of b2cs, and cdnur of type B2CL), and to
  composition taxable persons (s.10 CGST Act): B2B invoices and their notes (cdnr) whose buyer
  was marked a composition dealer when the document was issued (`document_party.composition`,
  the customer's "Composition dealer" then). UIN holders are not recorded: that list is empty.

Table 3.1 (d) (inward supplies on reverse charge) and Table 4 (input tax credit) need the
purchases to carry tax by head; they are not covered (`INWARD_NOT_COVERED`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import cast

from vyapar_lite.db.models import DocumentParty, SalesDoc
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services.returns import gstr1 as g1
from vyapar_lite.services.returns.gstr1 import Amounts, Gstr1, ReturnDocument
from vyapar_lite.services.returns.period import ReturnPeriod

# the returns' words, marked for the screens ("gst_returns"); exports keep the English
INWARD_NOT_COVERED = QT_TRANSLATE_NOOP(
    "gst_returns",
    "Inward supplies are not covered yet: Table 3.1 (d) (inward supplies liable to reverse "
    "charge) and Table 4 (eligible ITC) need purchase bills with tax by head. Fill them in on "
    "the portal from GSTR-2B.",
)
ROWS = {
    "osup_det": QT_TRANSLATE_NOOP(
        "gst_returns",
        "3.1 (a) Outward taxable supplies (other than zero rated, nil rated and exempted)",
    ),
    "osup_zero": QT_TRANSLATE_NOOP("gst_returns", "3.1 (b) Outward taxable supplies (zero rated)"),
    "osup_nil_exmp": QT_TRANSLATE_NOOP(
        "gst_returns", "3.1 (c) Other outward supplies (nil rated, exempted)"
    ),
    "osup_nongst": QT_TRANSLATE_NOOP("gst_returns", "3.1 (e) Non-GST outward supplies"),
}
REVERSE_CHARGE = QT_TRANSLATE_NOOP(
    "gst_returns",
    "Outward supplies on reverse charge (GSTR-1 table 4B): tax payable by the recipient, "
    "not in 3.1 (a)",
)
ZERO_RATED_SEZ = ("SEWP", "SEWOP")


@dataclass(frozen=True)
class PlaceRow:
    """One place of supply in Table 3.2."""

    place: str  # state code
    taxable: int
    igst: int


@dataclass(frozen=True)
class Gstr3b:
    period: ReturnPeriod
    outward: Amounts  # 3.1 (a)
    zero_rated: Amounts  # 3.1 (b)
    nil_exempt: Amounts  # 3.1 (c): taxable value only
    non_gst: Amounts  # 3.1 (e): taxable value only
    reverse_charge: Amounts  # B2B on reverse charge, left out of 3.1 (a)
    unregistered: tuple[PlaceRow, ...]  # 3.2, by place of supply
    composition: tuple[PlaceRow, ...] = ()  # 3.2: to composition dealers, by place of supply
    uin_holders: tuple[PlaceRow, ...] = ()

    @property
    def table_31(self) -> dict[str, Amounts]:
        """The portal's `sup_details` keys and their amounts, in the form's order."""
        return {
            "osup_det": self.outward,
            "osup_zero": self.zero_rated,
            "osup_nil_exmp": self.nil_exempt,
            "osup_nongst": self.non_gst,
        }

    @property
    def taxable_total(self) -> int:
        """Every outward supply's value in 3.1 and the reverse-charge ones: the register's."""
        rows = (*self.table_31.values(), self.reverse_charge)
        return sum(a.taxable for a in rows)


def gstr3b(period: ReturnPeriod) -> Gstr3b:
    """The period's GSTR-3B outward tables."""
    return from_gstr1(g1.gstr1(period), composition_buyers(period))


def composition_buyers(period: ReturnPeriod) -> frozenset[int]:
    """The period's sales documents issued to a composition dealer (their snapshot says so)."""
    query = (
        DocumentParty.select(DocumentParty.doc_id)
        .join(SalesDoc, on=(SalesDoc.id == DocumentParty.doc_id))
        .where(
            (DocumentParty.doc_type == "sales_doc")
            & (DocumentParty.composition == True)  # noqa: E712 (peewee's SQL comparison)
            & SalesDoc.doc_date.between(period.start, period.end)
        )
    )
    rows = cast("Iterable[tuple[int]]", query.tuples())
    return frozenset(int(row[0]) for row in rows)


def of_dates(start: date, end: date) -> Gstr3b:
    """The outward tables for any run of days (a report's chosen dates)."""
    return gstr3b(ReturnPeriod(start, end))


def from_gstr1(g: Gstr1, composition: frozenset[int] = frozenset()) -> Gstr3b:
    """Add GSTR-1's tables up into GSTR-3B's (see the module docstring for which goes where);
    `composition`: the ids of documents issued to composition dealers."""
    outward = zero = rcm = Amounts()
    dealers: dict[str, list[int]] = {}
    for doc in (*g.b2b, *g.cdnr):
        regular = doc.invoice_type not in ZERO_RATED_SEZ and not doc.reverse_charge
        if regular and doc.inter_state and doc.doc_id in composition:
            _add_place(dealers, doc.place, _signed(doc))
    for doc in g.b2b:
        if doc.invoice_type in ZERO_RATED_SEZ:
            zero += doc.amounts
        elif doc.reverse_charge:
            rcm += doc.amounts
        else:
            outward += doc.amounts
    for note in g.cdnr:
        signed = _signed(note)
        if note.invoice_type in ZERO_RATED_SEZ:
            zero += signed
        elif note.reverse_charge:
            rcm += signed
        else:
            outward += signed
    for note in g.cdnur:
        if note.ur_type == "B2CL":
            outward += _signed(note)
        else:
            zero += _signed(note)
    outward += g.totals("b2cl") + g.totals("b2cs")
    zero += g.totals("exp")
    nil = g.nil_total()
    places: dict[str, list[int]] = {}
    for doc in g.b2cl:
        _add_place(places, doc.place, doc.amounts)
    for note in g.cdnur:
        if note.ur_type == "B2CL":
            _add_place(places, note.place, _signed(note))
    for row in g.b2cs:
        if row.supply == "INTER":
            _add_place(places, row.place, row.amounts)
    return Gstr3b(
        g.period,
        outward,
        zero,
        Amounts(taxable=nil.nil + nil.exempt),
        Amounts(taxable=nil.non_gst),
        rcm,
        _rows(places),
        _rows(dealers),
    )


def _rows(places: dict[str, list[int]]) -> tuple[PlaceRow, ...]:
    return tuple(PlaceRow(p, taxable, igst) for p, (taxable, igst) in sorted(places.items()))


def _signed(note: ReturnDocument) -> Amounts:
    return note.amounts.times(-1 if note.note_type == "C" else 1)


def _add_place(places: dict[str, list[int]], place: str, amounts: Amounts) -> None:
    row = places.setdefault(place, [0, 0])
    row[0] += amounts.taxable
    row[1] += amounts.igst
