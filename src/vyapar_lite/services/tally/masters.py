"""The ledger masters a Tally export carries: one per customer under Sundry Debtors (GSTIN,
state and address from the customer master, bill-wise on), a payable ledger under Sundry
Creditors for a customer with contra settlements, and every other ledger its vouchers name, each
under the group Tally keeps it in (GST ledgers as duties of their head)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from vyapar_lite.db import database
from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services.tally.names import TallyNames, party_ledger
from vyapar_lite.services.tally.vouchers import Bill, Ledger, Voucher

FOREIGN = "96"
_CUSTOMERS = (
    "SELECT id, code, name, billing_address, city, pin_code, state_code, gstin, country "
    "FROM customer WHERE id IN ({})"
)


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    address: str
    city: str
    pin_code: str
    state_code: str
    gstin: str
    country: str


def customers(ids: Iterable[int]) -> dict[int, CustomerRow]:
    wanted = sorted(ids)
    found = {}
    for at in range(0, len(wanted), 500):
        part = wanted[at : at + 500]
        sql = _CUSTOMERS.format(", ".join("?" * len(part)))
        for r in database.execute_sql(sql, part).fetchall():
            found[int(r[0])] = CustomerRow(int(r[0]), *(str(x or "") for x in r[1:]))
    return found


def state_name(code: str) -> str:
    if not code or code == FOREIGN:
        return ""
    try:
        return gst.state_name(code)
    except ValidationError:
        return ""


def ledgers(
    names: TallyNames,
    people: dict[int, CustomerRow],
    openings: dict[int, list[Bill]],
    vouchers: Sequence[Voucher],
    known: Sequence[Ledger] = (),
) -> tuple[Ledger, ...]:
    """Every ledger the vouchers and openings name, sorted by name (so the file is the same
    bytes each time). `known`: masters made elsewhere (money accounts, expense heads), written
    when a voucher names them."""
    used = {e.ledger for v in vouchers for e in v.entries}
    out: dict[str, Ledger] = {}
    for c in people.values():
        name = party_ledger(c.name, c.code)
        bills = tuple(openings.get(c.id, ()))
        address = c.address.strip()
        if c.city and c.city.casefold() not in address.casefold():
            address = f"{address}\n{c.city}".strip()
        master = Ledger(
            name, "Sundry Debtors", gstin=c.gstin, state_name=state_name(c.state_code),
            address=address, pin_code=c.pin_code,
            country=c.country if c.state_code == FOREIGN else "India", bill_wise=True,
        )  # fmt: skip
        if name in used or bills:
            out[name] = replace(master, opening=sum(b.amount for b in bills), opening_bills=bills)
        payable = names.supplier(name)
        if payable in used:
            out[payable] = replace(master, name=payable, parent="Sundry Creditors")
    fixed = _fixed(names)
    given = {ledger.name: ledger for ledger in known}
    for name in sorted(used - set(out)):
        if name in given:
            out[name] = given[name]
        elif name in fixed:
            parent, head = fixed[name]
            out[name] = Ledger(name, parent, duty_head=head)
        else:
            out[name] = Ledger(name, "Sales Accounts")  # the sales ledgers by rate
    return tuple(out[n] for n in sorted(out))


def _fixed(n: TallyNames) -> dict[str, tuple[str, str]]:
    """Ledger name -> (Tally group, GST duty head) for the named ledgers."""
    return {
        n.sales_zero_rated: ("Sales Accounts", ""),
        n.sales_nil: ("Sales Accounts", ""),
        n.sales_exempt: ("Sales Accounts", ""),
        n.sales_non_gst: ("Sales Accounts", ""),
        n.sales_unsplit: ("Sales Accounts", ""),
        n.cgst: ("Duties & Taxes", "Central Tax"),
        n.sgst: ("Duties & Taxes", "State Tax"),
        n.igst: ("Duties & Taxes", "Integrated Tax"),
        n.rcm_billed: ("Current Liabilities", ""),
        n.round_off: ("Indirect Expenses", ""),
        n.discount: ("Indirect Expenses", ""),
        n.cash: ("Cash-in-Hand", ""),
        n.bank: ("Bank Accounts", ""),
        n.write_off: ("Indirect Expenses", ""),
        n.cheque_charges: ("Indirect Incomes", ""),
        n.purchases: ("Purchase Accounts", ""),
        n.input_gst: ("Duties & Taxes", ""),
        n.input_cgst: ("Duties & Taxes", "Central Tax"),
        n.input_sgst: ("Duties & Taxes", "State Tax"),
        n.input_igst: ("Duties & Taxes", "Integrated Tax"),
        n.no_document: ("Suspense A/c", ""),
    }
