"""Write the Tally XML file TallyPrime's Import Data takes (Gateway of Tally > Import >
Transactions): one ENVELOPE whose IMPORTDATA names the company (SVCURRENTCOMPANY, when set) and
carries the ledger masters first, then the vouchers, each in its own TALLYMESSAGE.

Vouchers are accounting vouchers (Accounting Voucher View, not invoices with stock items):
their ALLLEDGERENTRIES.LIST hold the party ledger with its BILLALLOCATIONS.LIST and the income,
tax and money ledgers. The party as issued (name, address, GSTIN, state, place of supply) comes
from the document's snapshot. The same books give the same bytes: nothing depends on the clock.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from vyapar_lite.exports.tally.xml_text import (
    attribute,
    deemed_positive,
    element,
    tally_amount,
    tally_date,
    text,
)
from vyapar_lite.services.tally.months import merged_ledgers
from vyapar_lite.services.tally.vouchers import (
    Bill,
    Entry,
    Ledger,
    PartyAsIssued,
    TallyBooks,
    Voucher,
)

Progress = Callable[[int, int, str], None]


def write_tally_xml(
    path: Path, parts: Iterable[TallyBooks], *, progress: Progress | None = None
) -> int:
    """Write the books, given a month at a time (`services.tally.months.tally_months`, or one
    `TallyBooks`), to `path`; returns how many vouchers were written.

    Tally must meet the ledgers before the vouchers that use them, and the ledgers are known only
    once every month is read: each month's vouchers go to a scratch file beside `path` as they
    are made, then the file is put together (head, ledgers, vouchers) and renamed into place, so
    memory stays that of one month and a failed export leaves no half-written file."""
    partial = path.with_name(path.name + ".partial")
    scratch = path.with_name(path.name + ".vouchers")
    count = 0
    ledgers: tuple[Ledger, ...] = ()
    first: TallyBooks | None = None
    last: TallyBooks | None = None
    try:
        with open(scratch, "w", encoding="utf-8", newline="\n") as out:
            for books in [parts] if isinstance(parts, TallyBooks) else parts:
                first, last = first or books, books
                out.writelines(_voucher(v) for v in books.vouchers)
                count += len(books.vouchers)
                ledgers = merged_ledgers((ledgers, books.ledgers))
                if progress is not None:
                    progress(count, count, f"{count:,} vouchers written")
        if first is None or last is None:
            raise ValueError("no books to write")
        with open(partial, "w", encoding="utf-8", newline="\n") as out:
            out.write(_head(first.start, last.end, last.company))
            out.writelines(_ledger(ledger) for ledger in ledgers)
            with open(scratch, encoding="utf-8", newline="\n") as vouchers:
                shutil.copyfileobj(vouchers, out, 1 << 20)
            out.write(_TAIL)
        os.replace(partial, path)
    finally:
        for leftover in (partial, scratch):
            leftover.unlink(missing_ok=True)
    return count


def tally_xml(books: TallyBooks) -> str:
    """One `TallyBooks` as the file's whole text."""
    return (
        _head(books.start, books.end, books.company)
        + "".join(_ledger(ledger) for ledger in books.ledgers)
        + "".join(_voucher(v) for v in books.vouchers)
        + _TAIL
    )


def _head(start: date, end: date, company_name: str) -> str:
    company = ""
    if company_name:
        company = f"<STATICVARIABLES>{element('SVCURRENTCOMPANY', company_name)}</STATICVARIABLES>"
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Vyapar Lite: vouchers {start:%d-%m-%Y} to {end:%d-%m-%Y} -->",
        "<ENVELOPE>",
        "<HEADER><TALLYREQUEST>Import Data</TALLYREQUEST></HEADER>",
        "<BODY><IMPORTDATA>",
        f"<REQUESTDESC><REPORTNAME>Vouchers</REPORTNAME>{company}</REQUESTDESC>",
        "<REQUESTDATA>",
    ]
    return "\n".join(head) + "\n"


_TAIL = "</REQUESTDATA>\n</IMPORTDATA></BODY>\n</ENVELOPE>\n"


def _message(body: str) -> str:
    return f'<TALLYMESSAGE xmlns:UDF="TallyUDF">\n{body}</TALLYMESSAGE>\n'


def _ledger(ledger: Ledger) -> str:
    parts = [
        f'<LEDGER NAME={attribute(ledger.name)} ACTION="Create">',
        f'<NAME.LIST TYPE="String">{element("NAME", ledger.name)}</NAME.LIST>',
        element("PARENT", ledger.parent),
        element("ISBILLWISEON", "Yes" if ledger.bill_wise else "No"),
    ]
    if ledger.duty_head:
        parts += [element("TAXTYPE", "GST"), element("GSTDUTYHEAD", ledger.duty_head)]
    lines = [line.strip() for line in ledger.address.splitlines() if line.strip()]
    if lines:
        parts.append(
            '<ADDRESS.LIST TYPE="String">'
            + "".join(element("ADDRESS", line) for line in lines)
            + "</ADDRESS.LIST>"
        )
    if ledger.parent in ("Sundry Debtors", "Sundry Creditors"):
        if ledger.state_name:
            parts.append(element("LEDSTATENAME", ledger.state_name))
        if ledger.country:
            parts.append(element("COUNTRYNAME", ledger.country))
        if ledger.pin_code:
            parts.append(element("PINCODE", ledger.pin_code))
        registration = "Regular" if ledger.gstin else "Unregistered"
        parts.append(element("GSTREGISTRATIONTYPE", registration))
        if ledger.gstin:
            parts.append(element("PARTYGSTIN", ledger.gstin))
    if ledger.opening or ledger.opening_bills:
        parts.append(element("OPENINGBALANCE", tally_amount(ledger.opening)))
        parts += [_opening_bill(bill) for bill in ledger.opening_bills]
    parts.append("</LEDGER>\n")
    return _message("\n".join(parts))


def _voucher(v: Voucher) -> str:
    day = tally_date(v.on)
    parts = [
        f'<VOUCHER VCHTYPE={attribute(v.kind)} ACTION="Create" OBJVIEW="Accounting Voucher View">',
        f"<DATE>{day}</DATE><EFFECTIVEDATE>{day}</EFFECTIVEDATE>"
        f"<VOUCHERTYPENAME>{v.kind}</VOUCHERTYPENAME>",
        element("VOUCHERNUMBER", v.number),
        "<PERSISTEDVIEW>Accounting Voucher View</PERSISTEDVIEW>",
        element("PARTYLEDGERNAME", v.party_ledger),
    ]
    if v.reference:
        parts.append(element("REFERENCE", v.reference))
    if v.party is not None:
        parts.append(_party(v.party))
    if v.narration:
        parts.append(element("NARRATION", v.narration))
    parts += [_entry(e) for e in v.entries]
    parts.append("</VOUCHER>\n")
    return _message("\n".join(parts))


def _party(p: PartyAsIssued) -> str:
    """The buyer as the document was issued."""
    parts = [element("PARTYNAME", p.name)]
    lines = [line.strip() for line in p.address.splitlines() if line.strip()]
    if lines:
        parts.append(
            '<ADDRESS.LIST TYPE="String">'
            + "".join(element("ADDRESS", line) for line in lines)
            + "</ADDRESS.LIST>"
        )
    if p.gstin:
        parts.append(element("PARTYGSTIN", p.gstin))
    parts.append(element("GSTREGISTRATIONTYPE", "Regular" if p.gstin else "Unregistered"))
    if p.state_name:
        parts.append(element("STATENAME", p.state_name))
    if p.place_name:
        parts.append(element("PLACEOFSUPPLY", p.place_name))
    return "\n".join(parts)


def _entry(e: Entry) -> str:
    """One ledger line; tag text that never needs escaping is written as it is."""
    bills = "".join(_bill(bill) for bill in e.bills)
    return (
        f"<ALLLEDGERENTRIES.LIST><LEDGERNAME>{text(e.ledger)}</LEDGERNAME>"
        f"<ISDEEMEDPOSITIVE>{deemed_positive(e.amount)}</ISDEEMEDPOSITIVE>"
        f"<ISPARTYLEDGER>{'Yes' if e.is_party else 'No'}</ISPARTYLEDGER>"
        f"<AMOUNT>{tally_amount(e.amount)}</AMOUNT>{bills}</ALLLEDGERENTRIES.LIST>"
    )


def _opening_bill(bill: Bill) -> str:
    """A bill of a ledger's opening balance: its date, name, whether it is an advance, and its
    own opening balance (signed like the ledger's)."""
    day = f"<BILLDATE>{tally_date(bill.on)}</BILLDATE>" if bill.on is not None else ""
    advance = "Yes" if bill.kind == "Advance" else "No"
    return (
        f"<BILLALLOCATIONS.LIST>{day}<NAME>{text(bill.name)}</NAME>"
        f"<ISADVANCE>{advance}</ISADVANCE>"
        f"<OPENINGBALANCE>{tally_amount(bill.amount)}</OPENINGBALANCE></BILLALLOCATIONS.LIST>"
    )


def _bill(bill: Bill) -> str:
    day = f"<BILLDATE>{tally_date(bill.on)}</BILLDATE>" if bill.on is not None else ""
    name = f"<NAME>{text(bill.name)}</NAME>" if bill.name else ""
    return (
        f"<BILLALLOCATIONS.LIST>{day}{name}<BILLTYPE>{bill.kind}</BILLTYPE>"
        f"<AMOUNT>{tally_amount(bill.amount)}</AMOUNT></BILLALLOCATIONS.LIST>"
    )


__all__ = ["tally_xml", "text", "write_tally_xml"]
