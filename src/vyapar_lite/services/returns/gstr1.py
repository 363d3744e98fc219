"""GSTR-1: the one classification of a period's documents into the return's tables.

This is the public API for every GST return, report and export (GSTR-1's JSON and Excel, GSTR-3B's
outward tables, the HSN summary): call `gstr1(period)` and read the tables; don't classify
documents again elsewhere. Amounts are integer paise; rates basis points (1800 = 18%); dates
`date`s. Everything is read from the documents as issued (`gstr1_documents`): the parties'
snapshot (GSTIN, place of supply) and the lines as stored, never the customer or item masters.

Which table a posted document goes to (Notification 12/2024-Central Tax and the GSTR-1 form's
instructions; check the current text before relying on a detail):

- **b2b** (table 4 / 6B / 6C): an invoice to a buyer with a GSTIN, grouped by `ctin`; `inv_typ`
  R (regular), SEWP / SEWOP (to an SEZ unit with / without payment of IGST, s.16 IGST Act),
  DE (table 6C: a deemed export, s.147 CGST Act and Notification 48/2017-Central Tax, taxed as
  usual; `services.deemed_export`); a note on such an invoice carries its invoice type in cdnr.
- **b2cl** (table 5): an inter-state invoice to an unregistered buyer of a value above
  ₹1,00,000 (₹2,50,000 for invoices before 1 August 2024: `B2CL_LIMITS`).
- **exp** (table 6A): an invoice to a buyer outside India (place of supply 96): WPAY with IGST
  paid, WOPAY under bond or LUT; with the shipping bill's number, date and port code when known.
- **b2cs** (table 7): every other supply to unregistered buyers, summed by place of supply and
  rate (`typ` OE); credit and debit notes on such invoices are netted into it (table 7 is net of
  them, as the form's instructions say), so a row can be negative.
- **cdnr** (table 9B): credit and debit notes to registered buyers; **cdnur** (9B): notes to
  unregistered buyers on a B2CL invoice (`ur_type` B2CL) or an export (EXPWP / EXPWOP).
- **nil** (table 8): nil-rated, exempt and non-GST lines (a line at 0% in a domestic supply is
  nil-rated), inter-/intra-state to registered / unregistered buyers; notes net them.
  The lines of an export or an SEZ supply are zero-rated supplies and stay in exp / b2b; a
  document whose every line is in table 8 (a bill of supply, a note on such lines) is only there.
- **hsn_b2b / hsn_b2c** (table 12): every line, by HSN, unit code and rate, net of credit notes,
  split by whether the buyer had a GSTIN on the document; exports are B2C (GSTN advisory on
  table 12, 2025). A service (SAC 99...) has unit code NA and no quantity.
- **doc_issue** (table 13): invoices (1), debit notes (4) and credit notes (5) by number series:
  the first and last number, how many and how many cancelled.

Cancelled documents are counted in doc_issue only. Documents the shop issued while it was
unregistered or under the composition scheme (`sales_doc.supplier_scheme`, as issued) are not
GSTR-1's: a composition dealer reports in CMP-08 / GSTR-4 (s.10, Rule 62 CGST Rules) and an
unregistered person files no return; they are in no table (`readiness` says so). Debit memos
for a bounced cheque's charge and financial credit notes are not GST documents (`non_gst`) and
are in no table. Reverse charge: `rchrg` is Y for a document with a reverse-charge line; its
amounts are the lines' as stored. Cess is not charged by the app (`cess` 0).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from vyapar_lite.services.returns.gstr1_documents import (
    IssuedDocument,
    IssuedLine,
    issued_documents,
)
from vyapar_lite.services.returns.period import ReturnPeriod

FOREIGN = "96"
# (first day, limit in paise): an inter-state B2C invoice of a value above the limit is B2CL.
B2CL_LIMITS = ((date(2024, 8, 1), 1_00_000_00), (date(2017, 7, 1), 2_50_000_00))
NIL_SUPPLIES = ("INTRB2B", "INTRAB2B", "INTRB2C", "INTRAB2C")
NIL_LABELS = {
    "INTRB2B": "Inter-State supplies to registered persons",
    "INTRAB2B": "Intra-State supplies to registered persons",
    "INTRB2C": "Inter-State supplies to unregistered persons",
    "INTRAB2C": "Intra-State supplies to unregistered persons",
}
DOC_NATURES = {"invoice": 1, "debit_note": 4, "credit_note": 5}
DOC_NATURE_LABELS = {1: "Invoices for outward supply", 4: "Debit Note", 5: "Credit Note"}
SERVICE_UQC = "NA"
TABLES = ("b2b", "b2cl", "b2cs", "cdnr", "cdnur", "exp", "nil", "hsn_b2b", "hsn_b2c")


@dataclass(frozen=True)
class Amounts:
    """Taxable value and tax by head, paise."""

    taxable: int = 0
    igst: int = 0
    cgst: int = 0
    sgst: int = 0
    cess: int = 0

    @property
    def tax(self) -> int:
        return self.igst + self.cgst + self.sgst + self.cess

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(
            self.taxable + other.taxable,
            self.igst + other.igst,
            self.cgst + other.cgst,
            self.sgst + other.sgst,
            self.cess + other.cess,
        )

    def times(self, sign: int) -> Amounts:
        return Amounts(
            *(sign * a for a in (self.taxable, self.igst, self.cgst, self.sgst, self.cess))
        )


@dataclass(frozen=True)
class RatePart:
    """One document's lines at one rate (GSTR-1's `itm_det`)."""

    rate_bp: int
    amounts: Amounts


@dataclass(frozen=True)
class ReturnDocument:
    """A document as GSTR-1 lists it (b2b, b2cl, exp, cdnr, cdnur); amounts as issued
    (positive on notes: `note_type` says C or D)."""

    table: str  # 'b2b' | 'b2cl' | 'exp' | 'cdnr' | 'cdnur'
    doc_id: int
    number: str
    doc_date: date
    value: int  # the document's value (grand total), paise
    place: str  # place of supply, state code
    gstin: str  # the buyer's, as issued ('' unregistered)
    party_name: str
    customer_code: str
    reverse_charge: bool
    parts: tuple[RatePart, ...]  # the taxable (and zero-rated) lines by rate
    invoice_type: str = ""  # b2b/cdnr: R | SEWP | SEWOP
    inter_state: bool = False
    note_type: str = ""  # notes: C | D
    invoice_number: str = ""  # notes: the invoice corrected
    invoice_date: date | None = None
    ur_type: str = ""  # cdnur: B2CL | EXPWP | EXPWOP
    export_type: str = ""  # exp: WPAY | WOPAY
    shipping_bill_number: str = ""
    shipping_bill_date: date | None = None
    port_code: str = ""

    @property
    def amounts(self) -> Amounts:
        return sum((p.amounts for p in self.parts), Amounts())


@dataclass(frozen=True)
class B2csRow:
    supply: str  # 'INTRA' | 'INTER'
    place: str
    rate_bp: int
    amounts: Amounts  # net of notes: can be negative


@dataclass(frozen=True)
class NilRow:
    supply: str  # one of NIL_SUPPLIES
    nil: int = 0
    exempt: int = 0
    non_gst: int = 0

    @property
    def label(self) -> str:
        return NIL_LABELS[self.supply]

    @property
    def total(self) -> int:
        return self.nil + self.exempt + self.non_gst


@dataclass(frozen=True)
class HsnRow:
    hsn: str
    description: str
    uqc: str
    qty_milli: int  # thousandths of the unit (0 for services), net of credit notes
    rate_bp: int
    amounts: Amounts

    @property
    def value(self) -> int:
        """Total value: taxable value and tax."""
        return self.amounts.taxable + self.amounts.tax


@dataclass(frozen=True)
class DocIssueRow:
    nature: int  # 1 invoices, 4 debit notes, 5 credit notes
    first: str
    last: str
    total: int
    cancelled: int

    @property
    def label(self) -> str:
        return DOC_NATURE_LABELS[self.nature]

    @property
    def net_issued(self) -> int:
        return self.total - self.cancelled


@dataclass(frozen=True)
class Gstr1:
    period: ReturnPeriod
    b2b: tuple[ReturnDocument, ...]
    b2cl: tuple[ReturnDocument, ...]
    b2cs: tuple[B2csRow, ...]
    cdnr: tuple[ReturnDocument, ...]
    cdnur: tuple[ReturnDocument, ...]
    exp: tuple[ReturnDocument, ...]
    nil: tuple[NilRow, ...]
    hsn_b2b: tuple[HsnRow, ...]
    hsn_b2c: tuple[HsnRow, ...]
    doc_issue: tuple[DocIssueRow, ...]

    def totals(self, table: str) -> Amounts:
        """A table's taxable value and tax; notes in cdnr/cdnur count as issued (positive:
        `signed_totals` takes credit notes off)."""
        rows: Iterable[ReturnDocument | B2csRow | HsnRow] = getattr(self, table)
        return sum((r.amounts for r in rows), Amounts())

    def signed_totals(self, table: str) -> Amounts:
        """As `totals`, with credit notes taken off (what the table adds to the period)."""
        if table not in ("cdnr", "cdnur"):
            return self.totals(table)
        notes: tuple[ReturnDocument, ...] = getattr(self, table)
        return sum((n.amounts.times(-1 if n.note_type == "C" else 1) for n in notes), Amounts())

    def nil_total(self) -> NilRow:
        return NilRow(
            "",
            sum(r.nil for r in self.nil),
            sum(r.exempt for r in self.nil),
            sum(r.non_gst for r in self.nil),
        )


def b2cl_limit(on: date) -> int:
    """The invoice value above which an inter-state B2C invoice dated `on` is B2CL, paise."""
    return next(limit for start, limit in B2CL_LIMITS if on >= start)


def gstr1(period: ReturnPeriod) -> Gstr1:
    """The period's GSTR-1 tables (see the module docstring for which document goes where)."""
    return classify(period, issued_documents(period.start, period.end))


def classify(period: ReturnPeriod, documents: list[IssuedDocument]) -> Gstr1:
    """The tables for `documents` (all of the period's, cancelled ones included)."""
    tables: dict[str, list[ReturnDocument]] = {
        t: [] for t in ("b2b", "b2cl", "cdnr", "cdnur", "exp")
    }
    b2cs: dict[tuple[str, str, int], Amounts] = {}
    nil: dict[str, dict[str, int]] = {
        s: {"nil": 0, "exempt": 0, "non_gst": 0} for s in NIL_SUPPLIES
    }
    hsn: dict[bool, dict[tuple[str, str, int], _HsnSum]] = {True: {}, False: {}}
    for doc in documents:
        if not doc.posted or doc.scheme != "regular":
            continue
        zero_rated = doc.place == FOREIGN or bool(doc.sez_supply) or _original_zero_rated(doc)
        sign = -1 if doc.kind == "credit_note" else 1
        rated: list[IssuedLine] = []
        inter = doc.tax_kind != "intra"
        nil_row = (
            ("INTRB2B" if inter else "INTRAB2B")
            if doc.registered
            else ("INTRB2C" if inter else "INTRAB2C")
        )
        for line in doc.lines:
            kind = None if zero_rated else _nil_kind(line)
            if kind is None:
                rated.append(line)
            else:
                nil[nil_row][kind] += sign * line.taxable
            _add_hsn(hsn[doc.registered and doc.place != FOREIGN], line, sign)
        table = _table(doc)
        if table == "b2cs":
            for part in _parts(rated):
                key = ("INTER" if inter else "INTRA", doc.place, part.rate_bp)
                b2cs[key] = b2cs.get(key, Amounts()) + part.amounts.times(sign)
        elif rated:
            tables[table].append(_return_document(table, doc, _parts(rated)))
    return Gstr1(
        period,
        b2b=tuple(tables["b2b"]),
        b2cl=tuple(tables["b2cl"]),
        b2cs=tuple(
            B2csRow(s, place, rate, amounts)
            for (s, place, rate), amounts in sorted(b2cs.items())
            if amounts != Amounts()
        ),
        cdnr=tuple(tables["cdnr"]),
        cdnur=tuple(tables["cdnur"]),
        exp=tuple(tables["exp"]),
        nil=tuple(NilRow(s, **nil[s]) for s in NIL_SUPPLIES),
        hsn_b2b=_hsn_rows(hsn[True]),
        hsn_b2c=_hsn_rows(hsn[False]),
        doc_issue=doc_issue(documents),
    )


def _original_zero_rated(doc: IssuedDocument) -> bool:
    o = doc.original
    return o is not None and (o.place == FOREIGN or bool(o.sez_supply))


def _nil_kind(line: IssuedLine) -> str | None:
    """'nil' | 'exempt' | 'non_gst' for a line reported in table 8, None for a taxed one. A
    taxable line at 0% in a domestic supply is nil-rated (a nil rate of tax)."""
    if line.supply_type in ("nil", "exempt", "non_gst"):
        return line.supply_type
    return "nil" if line.rate_bp == 0 else None


def _table(doc: IssuedDocument) -> str:
    if doc.kind != "invoice":
        if doc.registered:
            return "cdnr"
        o = doc.original
        if o is not None and FOREIGN in (o.place, doc.place):
            return "cdnur"
        if o is not None and o.tax_kind != "intra" and o.value > b2cl_limit(o.doc_date):
            return "cdnur"
        return "b2cs"
    if doc.registered:
        return "b2b"
    if doc.place == FOREIGN:
        return "exp"
    if doc.tax_kind != "intra" and doc.value > b2cl_limit(doc.doc_date):
        return "b2cl"
    return "b2cs"


def _parts(lines: list[IssuedLine]) -> tuple[RatePart, ...]:
    by_rate: dict[int, Amounts] = {}
    for line in lines:
        by_rate[line.rate_bp] = by_rate.get(line.rate_bp, Amounts()) + _amounts(line)
    return tuple(RatePart(rate, amounts) for rate, amounts in sorted(by_rate.items()))


def _amounts(line: IssuedLine) -> Amounts:
    return Amounts(line.taxable, line.igst, line.cgst, line.sgst)


def _return_document(
    table: str, doc: IssuedDocument, parts: tuple[RatePart, ...]
) -> ReturnDocument:
    o = doc.original
    sez = doc.sez_supply or (o.sez_supply if o is not None else "")
    deemed = doc.deemed_export or (o.deemed_export if o is not None else "")
    export_with_tax = (o.tax_kind if o is not None else doc.tax_kind) != "export"
    ur_type = ""
    if table == "cdnur":
        exported = doc.place == FOREIGN or (o is not None and o.place == FOREIGN)
        ur_type = ("EXPWP" if export_with_tax else "EXPWOP") if exported else "B2CL"
    return ReturnDocument(
        table=table,
        doc_id=doc.doc_id,
        number=doc.number,
        doc_date=doc.doc_date,
        value=doc.value,
        place=doc.place,
        gstin=doc.gstin,
        party_name=doc.party_name,
        customer_code=doc.customer_code,
        reverse_charge=any(line.reverse_charge for line in doc.lines),
        parts=parts,
        invoice_type=(sez or ("DE" if deemed else "R")) if table in ("b2b", "cdnr") else "",
        inter_state=doc.tax_kind != "intra",
        note_type={"credit_note": "C", "debit_note": "D"}.get(doc.kind, ""),
        invoice_number=o.number if o is not None else "",
        invoice_date=o.doc_date if o is not None else None,
        ur_type=ur_type,
        export_type=("WPAY" if export_with_tax else "WOPAY") if table == "exp" else "",
        shipping_bill_number=doc.shipping_bill_number,
        shipping_bill_date=doc.shipping_bill_date,
        port_code=doc.port_code,
    )


@dataclass
class _HsnSum:
    description: str
    qty_milli: int = 0
    amounts: Amounts = field(default_factory=Amounts)


def _add_hsn(rows: dict[tuple[str, str, int], _HsnSum], line: IssuedLine, sign: int) -> None:
    service = line.hsn_sac.startswith("99")
    uqc = SERVICE_UQC if service else (line.uqc or "OTH")
    row = rows.setdefault((line.hsn_sac, uqc, line.rate_bp), _HsnSum(line.description))
    if not service:
        row.qty_milli += sign * line.qty_milli
    row.amounts += _amounts(line).times(sign)


def _hsn_rows(rows: dict[tuple[str, str, int], _HsnSum]) -> tuple[HsnRow, ...]:
    return tuple(
        HsnRow(hsn, row.description, uqc, row.qty_milli, rate, row.amounts)
        for (hsn, uqc, rate), row in sorted(rows.items())
    )


_SERIAL = re.compile(r"^(.*?)([0-9]+)$")


def doc_issue(documents: list[IssuedDocument]) -> tuple[DocIssueRow, ...]:
    """Table 13: each number series of each nature, from its first to its last number in the
    period; `total` counts every number issued (cancelled ones too), `cancelled` those cancelled."""
    series: dict[tuple[int, str], list[tuple[int, str, bool]]] = {}
    for doc in documents:
        if doc.scheme != "regular":
            continue
        found = _SERIAL.match(doc.number)
        prefix, serial = (found[1], int(found[2])) if found else (doc.number, 0)
        nature = DOC_NATURES[doc.kind]
        series.setdefault((nature, prefix), []).append((serial, doc.number, not doc.posted))
    rows = []
    for (nature, _prefix), numbers in sorted(series.items()):
        numbers.sort()
        rows.append(
            DocIssueRow(
                nature,
                numbers[0][1],
                numbers[-1][1],
                len(numbers),
                sum(1 for _, _, cancelled in numbers if cancelled),
            )
        )
    return tuple(rows)
