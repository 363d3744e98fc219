"""The shapes the Tally export hands to the XML writer: vouchers, their entries and bills, and
the ledger masters. Amounts are integer paise, signed the accountant's way: + debit, - credit;
the writer turns them into Tally's sign (a debit is a negative AMOUNT, ISDEEMEDPOSITIVE Yes).
The shapes made once per voucher line are named tuples: a month of a big shop makes hundreds of
thousands of them, and a frozen dataclass costs several times as much to build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

# Tally's predefined voucher types, in the order a day's vouchers are written.
VOUCHER_TYPES = (
    "Sales",
    "Debit Note",
    "Credit Note",
    "Receipt",
    "Payment",
    "Journal",
    "Purchase",
    "Contra",
)


class Bill(NamedTuple):
    """A bill-wise allocation: `kind` is Tally's bill type ("New Ref", "Agst Ref", "On Account",
    "Advance"), `name` the bill's reference (a document number; "" on account)."""

    kind: str
    name: str
    amount: int  # paise, signed like its entry
    on: date | None = None  # an opening bill's date


class Entry(NamedTuple):
    ledger: str
    amount: int  # paise: + debit, - credit
    bills: tuple[Bill, ...] = ()
    is_party: bool = False


class PartyAsIssued(NamedTuple):
    """The buyer as the document was issued (`document_party`), printed on the voucher."""

    name: str
    address: str
    gstin: str
    state_name: str
    place_name: str


class Side(NamedTuple):
    """Whose voucher: the customer's ledger name and the party as issued on the document."""

    ledger: str
    issued: PartyAsIssued | None = None


class Voucher(NamedTuple):
    kind: str  # one of VOUCHER_TYPES
    number: str
    on: date
    party_ledger: str
    entries: tuple[Entry, ...]
    narration: str = ""
    reference: str = ""  # e.g. the invoice a note is against
    party: PartyAsIssued | None = None

    @property
    def balance(self) -> int:
        """Debits less credits: 0 for every voucher the export writes."""
        return sum(e.amount for e in self.entries)


@dataclass(frozen=True)
class Ledger:
    """A ledger master. `opening` (paise, + Dr) is set only from opening bills and credits dated
    in the period exported, with their bills."""

    name: str
    parent: str
    gstin: str = ""
    state_name: str = ""
    address: str = ""
    pin_code: str = ""
    country: str = ""
    bill_wise: bool = False
    duty_head: str = ""  # GST ledgers: "Central Tax", "State Tax", "Integrated Tax"
    opening: int = 0
    opening_bills: tuple[Bill, ...] = field(default=())


@dataclass(frozen=True)
class TallyBooks:
    """What one export writes: the period, the company named in settings, masters, vouchers."""

    start: date
    end: date
    company: str
    ledgers: tuple[Ledger, ...]
    vouchers: tuple[Voucher, ...]
    cancelled_left_out: int  # cancelled documents left out (they net to nothing in the period)
