"""Expenses and contra vouchers as Tally vouchers, and the ledgers of the shop's money accounts.

- An expense is a **Payment**: the expense head's ledger (under Indirect Expenses) debited with
  what was spent less the GST bill's tax, the input CGST / SGST / IGST ledgers (Duties & Taxes)
  debited with that tax (the input tax credit the accountant claims on the supplier's bill,
  s.16 CGST Act), and the money account it was paid from credited with the whole amount.
- A contra voucher is a **Contra**: the account the money went to debited, the one it came from
  credited.
- Cancelled ones are left out and counted: cancelling reverses the money on the voucher's own
  date (`money_vouchers.cancel_voucher`), so the pair nets to nothing, as with other documents.
- A money account's ledger (`money_ledgers`): the account the cash mode reaches is the Cash
  ledger named in Settings › Tally, "Bank (not yet set)" the Bank ledger named there; any other
  account (a second counter, a real bank) is a ledger of its own name, under Cash-in-Hand or
  Bank Accounts. Receipts and refunds use the same ledgers (`books`), so a bank's ledger in
  Tally moves by what its bank book moves by.

Read in four queries over the period's dates (indexed: `expense_date`, `contra_voucher_date`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

from vyapar_lite.db import database
from vyapar_lite.services.tally.money_vouchers import MoneyRow
from vyapar_lite.services.tally.names import TallyNames
from vyapar_lite.services.tally.vouchers import Entry, Ledger, Voucher

_ACCOUNTS = (
    "SELECT a.id, a.name, a.kind, a.placeholder, m.account_id FROM money_account a "
    "LEFT JOIN mode_account m ON m.mode = 'cash' AND m.account_id = a.id ORDER BY a.id"
)
_EXPENSES = (
    "SELECT e.id, e.number, e.expense_date, h.name, e.amount, e.account_id, e.description, "
    "e.supplier_name, e.supplier_gstin, e.bill_number, e.status FROM expense e "
    "JOIN expense_head h ON h.id = e.head_id "
    "WHERE e.expense_date >= ? AND e.expense_date <= ? ORDER BY e.expense_date, e.id"
)
_EXPENSE_TAX = (
    "SELECT t.expense_id, SUM(t.cgst), SUM(t.sgst), SUM(t.igst) FROM expense_tax t "
    "JOIN expense e ON e.id = t.expense_id "
    "WHERE e.expense_date >= ? AND e.expense_date <= ? GROUP BY t.expense_id"
)
_CONTRAS = (
    "SELECT id, number, voucher_date, from_account_id, to_account_id, amount, notes, status "
    "FROM contra_voucher WHERE voucher_date >= ? AND voucher_date <= ? "
    "ORDER BY voucher_date, id"
)


class MoneyLedger(NamedTuple):
    name: str
    group: str  # "Cash-in-Hand" | "Bank Accounts"


class MoneyVouchers(NamedTuple):
    vouchers: tuple[Voucher, ...]
    ledgers: tuple[Ledger, ...]  # the masters of the heads, input tax and money accounts used
    cancelled_left_out: int


def money_ledgers(names: TallyNames) -> dict[int, MoneyLedger]:
    """Each money account's Tally ledger (see the module docstring)."""
    rows = list(database.execute_sql(_ACCOUNTS).fetchall())
    mapped = [int(r[0]) for r in rows if r[4] is not None]
    cash_ids = [int(r[0]) for r in rows if r[2] == "cash"]
    main_cash = mapped[0] if mapped else (cash_ids[0] if cash_ids else None)
    found = {}
    for account_id, name, kind, placeholder, _mode in rows:
        group = "Cash-in-Hand" if kind == "cash" else "Bank Accounts"
        if int(account_id) == main_cash:
            found[int(account_id)] = MoneyLedger(names.cash, group)
        elif placeholder:
            found[int(account_id)] = MoneyLedger(names.bank, group)
        else:
            found[int(account_id)] = MoneyLedger(str(name), group)
    return found


def money_vouchers(
    start: date, end: date, names: TallyNames, accounts: dict[int, MoneyLedger]
) -> MoneyVouchers:
    """The period's posted expenses (Payment) and contra vouchers (Contra), with the masters
    of the ledgers they name; `accounts` from `money_ledgers`."""
    period = (start.isoformat(), end.isoformat())
    taxes: dict[int, tuple[int, int, int]] = {
        int(r[0]): (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0))
        for r in database.execute_sql(_EXPENSE_TAX, period).fetchall()
    }
    vouchers: list[Voucher] = []
    ledgers: dict[str, Ledger] = {}
    cancelled = 0
    used_accounts: set[int] = set()
    for r in database.execute_sql(_EXPENSES, period).fetchall():
        if r[10] != "posted":
            cancelled += 1
            continue
        voucher = _expense(r, taxes.get(int(r[0]), (0, 0, 0)), accounts, names)
        vouchers.append(voucher)
        head = str(r[3])
        ledgers[head] = Ledger(head, "Indirect Expenses")
        used_accounts.add(int(r[5]))
    for r in database.execute_sql(_CONTRAS, period).fetchall():
        if r[7] != "posted":
            cancelled += 1
            continue
        vouchers.append(_contra(r, accounts))
        used_accounts.update((int(r[3]), int(r[4])))
    used = {e.ledger for v in vouchers for e in v.entries}
    for name, head in (
        (names.input_cgst, "Central Tax"),
        (names.input_sgst, "State Tax"),
        (names.input_igst, "Integrated Tax"),
    ):
        if name in used:
            ledgers[name] = Ledger(name, "Duties & Taxes", duty_head=head)
    for account_id in used_accounts:
        ledger = accounts[account_id]
        ledgers[ledger.name] = Ledger(ledger.name, ledger.group)
    return MoneyVouchers(tuple(vouchers), tuple(ledgers[n] for n in sorted(ledgers)), cancelled)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _expense(
    r: tuple[Any, ...],
    tax: tuple[int, int, int],
    accounts: dict[int, MoneyLedger],
    names: TallyNames,
) -> Voucher:
    _id, number, on, head, amount, account_id, text, supplier, gstin, bill, _status = r
    cgst, sgst, igst = tax
    entries = [Entry(str(head), int(amount) - cgst - sgst - igst)]
    for ledger, paise in ((names.input_cgst, cgst), (names.input_sgst, sgst),
                          (names.input_igst, igst)):  # fmt: skip
        if paise:
            entries.append(Entry(ledger, paise))
    paid_from = accounts[int(account_id)].name
    entries.append(Entry(paid_from, -int(amount)))
    narration = " ".join(f"{head}: {text or ''}".split()).rstrip(":")
    if bill:
        who = " ".join(f"{supplier or ''} {gstin or ''}".split())
        narration += f" (bill {bill}{' of ' + who if who else ''})"
    return Voucher("Payment", str(number), _day(on), paid_from, tuple(entries), narration,
                   str(bill or ""))  # fmt: skip


def _contra(r: tuple[Any, ...], accounts: dict[int, MoneyLedger]) -> Voucher:
    _id, number, on, from_id, to_id, amount, notes, _status = r
    came_from, went_to = accounts[int(from_id)].name, accounts[int(to_id)].name
    entries = (Entry(went_to, int(amount)), Entry(came_from, -int(amount)))
    narration = " ".join(f"{came_from} to {went_to}. {notes or ''}".split()).rstrip(".") + "."
    return Voucher("Contra", str(number), _day(on), came_from, entries, narration)


def accounts_of(doc_type: str, doc_ids: Iterable[int]) -> dict[int, int]:
    """doc_id -> the money account a receipt or payment out moved money on (its first entry),
    so its voucher debits or credits that account's ledger; 500 ids a query."""
    wanted = sorted(doc_ids)
    found: dict[int, int] = {}
    for at in range(0, len(wanted), 500):
        part = wanted[at : at + 500]
        sql = (
            "SELECT doc_id, MIN(account_id) FROM money_entry WHERE doc_type = ? "
            f"AND doc_id IN ({', '.join('?' * len(part))}) GROUP BY doc_id"
        )
        for doc_id, account_id in database.execute_sql(sql, (doc_type, *part)).fetchall():
            found[int(doc_id)] = int(account_id)
    return found


def with_money_ledgers(
    doc_type: str, rows: dict[int, MoneyRow], ledgers: dict[int, MoneyLedger]
) -> None:
    """Each row (in place) with the ledger of the account its money moved on."""
    for doc_id, account_id in accounts_of(doc_type, rows).items():
        if doc_id in rows and account_id in ledgers:
            rows[doc_id] = rows[doc_id]._replace(money_ledger=ledgers[account_id].name)


def account_masters(ledgers: dict[int, MoneyLedger]) -> list[Ledger]:
    """Every money account's ledger master (`masters.ledgers` keeps the ones vouchers use)."""
    return [Ledger(x.name, x.group) for x in ledgers.values()]
