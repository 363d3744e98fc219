"""Sales documents as Tally vouchers: invoices (Sales), debit notes (Debit Note), credit notes
(Credit Note) and debit memos (Journal), with the income and GST ledgers their lines carry.

- Income: one sales ledger per GST rate for taxable lines (`TallyNames.sales_at`); zero-rated
  supplies (exports and SEZ supplies, s.16 IGST Act) on their own ledger, and nil-rated, exempt
  and non-GST lines each on theirs (they are reported apart in GSTR-1 table 8 and GSTR-3B 3.1(c)
  and (e)). A document imported without lines has its taxable value on one unsplit ledger.
- Output tax: CGST, SGST and IGST ledgers take the tax of the lines the shop pays tax on. A
  reverse-charge line's tax is payable by the recipient (s.9(3) CGST Act, s.5(3) IGST Act), so it
  carries no output tax ledger; a document issued when such tax was still added to the total
  shows that amount on its own ledger (`rcm_billed`), never as output tax.
- Points redeemed on a document made before migration 13 were a discount after tax
  (`loyalty_discount`): a debit to the discount ledger. Round-off has its own ledger.
- A debit memo for a bounced cheque's charges is not a supply (CBIC Circular 178/10/2022-GST,
  para 7.1.3): a Journal debiting the customer and crediting the charges ledger, no GST ledger.
  A financial credit note (after the s.34(2) time limit) is a Credit Note without GST ledgers:
  the discount ledger is debited.

Bill-wise: an invoice, debit note or debit memo is a new bill under its own number (less any
advance received before it, settled against that advance's own reference); a credit note is
against the invoice it corrects.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import non_gst
from vyapar_lite.services.tally.names import TallyNames
from vyapar_lite.services.tally.vouchers import Bill, Entry, Side, Voucher


class DocRow(NamedTuple):
    id: int
    kind: str  # invoice | credit_note | debit_note | opening_bill
    number: str
    on: date
    against: str  # the invoice's number for a note ("" otherwise)
    tax_kind: str  # intra | inter | export | zero (SEZ without IGST resolved)
    note_reason: str
    taxable: int
    cgst: int
    sgst: int
    igst: int
    round_off: int
    loyalty_discount: int
    grand_total: int


class LineGroup(NamedTuple):
    """A document's lines summed by supply type, GST rate and reverse charge."""

    supply_type: str
    rate_bp: int
    reverse_charge: bool
    taxable: int
    cgst: int
    sgst: int
    igst: int

    @property
    def tax(self) -> int:
        return self.cgst + self.sgst + self.igst


def document_voucher(
    doc: DocRow,
    groups: list[LineGroup],
    *,
    names: TallyNames,
    side: Side,
    advances: tuple[tuple[str, int], ...] = (),
) -> Voucher:
    """The voucher for a sales document as issued (the party's amount is its grand total,
    debited for an invoice, note of debit or memo, credited for a credit note)."""
    party_ledger, party = side.ledger, side.issued
    new_bills = _new_bills(doc, advances)
    if doc.note_reason == non_gst.MEMO:
        entries = [
            Entry(party_ledger, doc.grand_total, new_bills, True),
            Entry(names.cheque_charges, -doc.grand_total),
        ]
        return Voucher("Journal", doc.number, doc.on, party_ledger, tuple(entries),
                       "Cheque return charges (not a supply: no GST)", party=party)  # fmt: skip
    if doc.note_reason == non_gst.FINANCIAL:
        bill = _against(doc, -doc.grand_total)
        entries = [
            Entry(names.discount, doc.grand_total),
            Entry(party_ledger, -doc.grand_total, (bill,), True),
        ]
        return Voucher("Credit Note", doc.number, doc.on, party_ledger, tuple(entries),
                       "Financial credit note (no GST)", doc.against, party)  # fmt: skip
    income = income_entries(doc, groups, names)
    if doc.kind == "credit_note":
        party_entry = Entry(
            party_ledger, -doc.grand_total, (_against(doc, -doc.grand_total),), True
        )
        others = tuple(Entry(e.ledger, -e.amount) for e in income)
        kind = "Credit Note"
    else:
        party_entry = Entry(party_ledger, doc.grand_total, new_bills, True)
        others = tuple(income)
        kind = "Debit Note" if doc.kind == "debit_note" else "Sales"
    return Voucher(kind, doc.number, doc.on, party_ledger, (party_entry, *others),
                   reference=doc.against, party=party)  # fmt: skip


def income_entries(doc: DocRow, groups: list[LineGroup], names: TallyNames) -> list[Entry]:
    """The credit side of a supply (amounts negative: credits), adding up to minus its grand
    total; a document whose total is not its lines is refused with its number named."""
    by_ledger: dict[str, int] = {}
    if not groups:
        groups = [LineGroup("", 0, False, doc.taxable, doc.cgst, doc.sgst, doc.igst)]
    cgst = sgst = igst = rc_tax = 0
    for g in groups:
        ledger = _income_ledger(doc, g, names)
        by_ledger[ledger] = by_ledger.get(ledger, 0) - g.taxable
        if g.reverse_charge:
            rc_tax += g.tax
        else:
            cgst, sgst, igst = cgst + g.cgst, sgst + g.sgst, igst + g.igst
    taxable = sum(g.taxable for g in groups)
    own = taxable + cgst + sgst + igst - doc.loyalty_discount + doc.round_off
    if own == doc.grand_total:
        rc_billed = 0
    elif own + rc_tax == doc.grand_total:
        rc_billed = rc_tax
    else:
        raise ValidationError(
            FieldError(
                "books",
                f"{doc.number}: its total is not what its lines add up to; "
                "run Check the books (vyapar-lite-cli check) before exporting",
            )
        )
    entries = [Entry(ledger, amount) for ledger, amount in by_ledger.items()]
    for ledger, amount in (
        (names.cgst, cgst),
        (names.sgst, sgst),
        (names.igst, igst),
        (names.rcm_billed, rc_billed),
    ):
        if amount:
            entries.append(Entry(ledger, -amount))
    if doc.loyalty_discount:
        entries.append(Entry(names.discount, doc.loyalty_discount))
    if doc.round_off:
        entries.append(Entry(names.round_off, -doc.round_off))
    return entries


def _income_ledger(doc: DocRow, group: LineGroup, names: TallyNames) -> str:
    if not group.supply_type:
        return names.sales_unsplit
    if group.supply_type == "nil":
        return names.sales_nil
    if group.supply_type == "exempt":
        return names.sales_exempt
    if group.supply_type == "non_gst":
        return names.sales_non_gst
    if doc.tax_kind in ("export", "zero") and not group.tax:
        return names.sales_zero_rated
    return names.sales_at(group.rate_bp)


def _new_bills(doc: DocRow, advances: tuple[tuple[str, int], ...]) -> tuple[Bill, ...]:
    """A new bill under the document's number for what advances received before it (an order's
    advance, an opening credit) did not already pay; each advance settled "Agst Ref" itself."""
    bills = [Bill("Agst Ref", number, paise) for number, paise in advances if paise]
    rest = doc.grand_total - sum(paise for _, paise in advances)
    if rest or not bills:
        bills.append(Bill("New Ref", doc.number, rest))
    return tuple(bills)


def _against(doc: DocRow, amount: int) -> Bill:
    if doc.against:
        return Bill("Agst Ref", doc.against, amount)
    return Bill("On Account", "", amount)
