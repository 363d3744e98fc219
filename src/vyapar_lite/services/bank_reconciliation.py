"""Bank reconciliation: tick a bank account's entries against its passbook or statement.

A bank account's money entries (receipts by UPI/card/transfer, cleared cheques, payments,
expenses, contras; not its opening balance) are reconciled when the bank shows them: a row of
`bank_reconciled` keeps the day the bank shows the entry and the statement's words for it.
`position(account)` is the book balance, what is not yet reconciled (in and out), and the
balance the bank should show for what is reconciled.

The shopkeeper ticks entries by hand (`tick`, `untick`), or imports the bank's statement:
`match_statement(account, sheet)` reads it (`domain.bank_statement`: a file whose columns are
not a statement's is refused naming what was expected) and pairs its lines with the entries not
yet reconciled (`domain.passbook_match`: same amount and direction, dates close, the cheque
number or UTR when the statement carries it), writing nothing; `reconcile(account, pairs)` then
ticks the pairs the shopkeeper accepts, in one transaction with its audit row. Lines of the
statement with no entry (bank charges, interest, a payment not entered) and entries the bank
does not show (a cheque not yet presented) are the two unmatched lists; the entries looked at
are those dated within the statement's period (widened by the pairing's window), so an
entry is "only in the books" for the period the statement covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.closing_models import BankReconciled
from vyapar_lite.db.models import Receipt
from vyapar_lite.db.money_models import MoneyEntry
from vyapar_lite.domain import bank_statement, passbook_match
from vyapar_lite.domain.bank_statement import StatementLine
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.sheet import SheetData
from vyapar_lite.services import audit, money_accounts
from vyapar_lite.services.report_rows import day, rows_of

OPENING_KIND = "opening"
OPENING_DOC_TYPE = "money_account"  # an opening balance's entry points to its account


@dataclass(frozen=True)
class BookItem:
    """A bank account's money entry as reconciliation shows it."""

    entry_id: int
    on: date
    doc_number: str
    description: str
    amount: int  # signed: money in positive
    reference: str
    bank_date: date | None  # None: not yet reconciled
    contra: bool = False  # a contra voucher's entry: its description may read "X to Y"


@dataclass(frozen=True)
class Position:
    book_balance: int
    not_reconciled_in: int
    not_reconciled_out: int  # positive

    @property
    def bank_should_show(self) -> int:
        """The balance the passbook should show once every reconciled entry is in it."""
        return self.book_balance - self.not_reconciled_in + self.not_reconciled_out


@dataclass(frozen=True)
class StatementMatch:
    file_name: str
    columns: dict[str, str]
    lines: tuple[StatementLine, ...]
    pairs: tuple[tuple[StatementLine, BookItem], ...]
    unmatched_lines: tuple[StatementLine, ...]
    unmatched_items: tuple[BookItem, ...]


def _bank(account_id: int) -> money_accounts.Account:
    account = money_accounts.get_account(account_id)
    if account.kind != "bank":
        raise ValidationError(
            FieldError(
                "account",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name} is not a bank account: choose a bank"),
                    name=account.name,
                ),
            )
        )
    return account


def _items(where: pw.Expression, latest: int | None = None) -> list[BookItem]:
    query = (
        MoneyEntry.select(
            MoneyEntry.id,
            MoneyEntry.entry_date,
            MoneyEntry.doc_number,
            MoneyEntry.description,
            MoneyEntry.amount,
            pw.fn.COALESCE(
                pw.fn.NULLIF(Receipt.cheque_number, ""), pw.fn.NULLIF(Receipt.reference, ""), ""
            ),
            BankReconciled.bank_date,
            MoneyEntry.kind,
        )
        .join(BankReconciled, pw.JOIN.LEFT_OUTER, on=(BankReconciled.entry == MoneyEntry.id))
        .switch(MoneyEntry)
        .join(
            Receipt,
            pw.JOIN.LEFT_OUTER,
            on=((MoneyEntry.doc_type == "receipt") & (Receipt.id == MoneyEntry.doc_id)),
        )
        .where(where & (MoneyEntry.kind != OPENING_KIND))
        .order_by(MoneyEntry.entry_date, MoneyEntry.id)
    )
    if latest is not None:
        query = query.order_by(MoneyEntry.entry_date.desc(), MoneyEntry.id.desc()).limit(latest)
    rows = rows_of(query)
    if latest is not None:
        rows.reverse()
    return [
        BookItem(
            int(i),
            day(d),
            str(n),
            str(t),
            int(a),
            str(r or ""),
            day(b) if b else None,
            contra=k == "contra",
        )
        for i, d, n, t, a, r, b, k in rows
    ]


def items(
    account_id: int,
    *,
    reconciled: bool | None = None,
    start: date | None = None,
    end: date | None = None,
    latest: int | None = None,
) -> list[BookItem]:
    """The account's entries (all, only reconciled, or only not yet), oldest first; dated from
    `start` to `end` when given; only the `latest` ones when given (a screen's list)."""
    _bank(account_id)
    where: pw.Expression = MoneyEntry.account_id == account_id  # type: ignore[assignment]
    if reconciled is True:
        where &= BankReconciled.entry.is_null(False)
    elif reconciled is False:
        where &= BankReconciled.entry.is_null(True)
    if start is not None:
        where &= MoneyEntry.entry_date >= start
    if end is not None:
        where &= MoneyEntry.entry_date <= end
    return _items(where, latest)


def _sums(query: Any) -> tuple[int, int, int]:
    """(money in, money out as a positive figure, how many) of a query over money entries."""
    ((got, out, n),) = rows_of(
        query.select(
            pw.fn.COALESCE(
                pw.fn.SUM(pw.Case(None, [(MoneyEntry.amount > 0, MoneyEntry.amount)], 0)), 0
            ),
            pw.fn.COALESCE(
                pw.fn.SUM(pw.Case(None, [(MoneyEntry.amount < 0, 0 - MoneyEntry.amount)], 0)), 0
            ),
            pw.fn.COUNT(MoneyEntry.id),
        )
    )
    return int(got), int(out), int(n)


def _ticked(account_id: int) -> Any:
    """The account's reconciled entries, read from the (few) marks first."""
    return (
        BankReconciled.select()
        .join(MoneyEntry, on=(BankReconciled.entry == MoneyEntry.id))
        .where(MoneyEntry.account_id == account_id)
    )


def _not_reconciled(account_id: int) -> tuple[int, int, int]:
    """In, out and how many of the account's entries are not reconciled: all its entries (read
    from the (account, date, amount) index alone) less its opening and its reconciled ones
    (both few), so a bank with 250,000 entries is not joined row by row."""
    every = _sums(MoneyEntry.select().where(MoneyEntry.account_id == account_id))
    opening = _sums(  # through the (doc_type, doc_id) index: an opening is its account's
        MoneyEntry.select().where(
            (MoneyEntry.doc_type == OPENING_DOC_TYPE)
            & (MoneyEntry.doc_id == account_id)
            & (MoneyEntry.kind == OPENING_KIND)
        )
    )
    ticked = _sums(_ticked(account_id))
    return (
        every[0] - opening[0] - ticked[0],
        every[1] - opening[1] - ticked[1],
        every[2] - opening[2] - ticked[2],
    )


def count(account_id: int, *, reconciled: bool) -> int:
    """How many of the account's entries are (or are not yet) reconciled."""
    _bank(account_id)
    if not reconciled:
        return _not_reconciled(account_id)[2]
    return _sums(_ticked(account_id))[2]


def position(account_id: int) -> Position:
    _bank(account_id)
    got, out, _n = _not_reconciled(account_id)
    return Position(money_accounts.balance(account_id), got, out)


def _check_entries(account_id: int, entry_ids: Sequence[int]) -> None:
    found = {
        int(i)
        for (i,) in rows_of(
            MoneyEntry.select(MoneyEntry.id).where(
                (MoneyEntry.id.in_(list(entry_ids)))
                & (MoneyEntry.account_id == account_id)
                & (MoneyEntry.kind != OPENING_KIND)
            )
        )
    }
    missing = sorted(set(entry_ids) - found)
    if missing:
        raise ValidationError(
            FieldError(
                "entries",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Entries {missing} are not movements of this bank account"
                    ),
                    missing=missing,
                ),
            )
        )


def tick(account_id: int, marks: Iterable[tuple[int, date, str]]) -> int:
    """Mark entries reconciled: (entry id, the bank's date, the statement's words); entries
    already reconciled keep their mark. One transaction with its audit row; returns how many
    were marked."""
    account = _bank(account_id)
    wanted = {entry_id: (on, text) for entry_id, on, text in marks}
    if not wanted:
        return 0
    with database.atomic():
        _check_entries(account.id, list(wanted))
        already = {
            int(i)
            for (i,) in rows_of(
                BankReconciled.select(BankReconciled.entry).where(
                    BankReconciled.entry.in_(list(wanted))
                )
            )
        }
        now = datetime.now()
        rows = [
            {"entry": i, "bank_date": on, "statement_text": text[:500], "marked_at": now}
            for i, (on, text) in sorted(wanted.items())
            if i not in already
        ]
        if rows:
            BankReconciled.insert_many(rows).execute()
            audit.record(
                "reconcile",
                "money_account",
                account.id,
                label=account.name,
                after={"reconciled": len(rows), "entries": [r["entry"] for r in rows]},
            )
    return len(rows)


def untick(account_id: int, entry_ids: Iterable[int]) -> int:
    """Take the reconciled mark off entries (a tick made by mistake): one transaction with its
    audit row (the marks taken off, with their bank dates); an id that is not a movement of
    this bank account refuses the lot. Returns how many marks were taken off."""
    account = _bank(account_id)
    ids = sorted(set(entry_ids))
    if not ids:
        return 0
    with database.atomic():
        _check_entries(account.id, ids)
        marks = {
            str(entry_id): day(on)
            for entry_id, on in rows_of(
                BankReconciled.select(BankReconciled.entry, BankReconciled.bank_date).where(
                    BankReconciled.entry.in_(ids)
                )
            )
        }
        removed = int(BankReconciled.delete().where(BankReconciled.entry.in_(ids)).execute())
        if removed:
            audit.record(
                "unreconcile",
                "money_account",
                account.id,
                label=f"{account.name}: {removed} un-ticked",
                before={"reconciled": marks},  # entry id -> the bank's date it was ticked with
                after={"reconciled": {}},
            )
    return removed


def match_statement(account_id: int, sheet: SheetData) -> StatementMatch:
    """Read a statement and pair it with the entries not yet reconciled; writes nothing.
    ValidationError (field 'file' or the row and column) for a file that is not a statement."""
    _bank(account_id)
    if sheet.problem:
        raise ValidationError(FieldError("file", sheet.problem))
    statement = bank_statement.read_statement(sheet.rows)
    days = [line.on for line in statement.lines]
    open_items = items(
        account_id,
        reconciled=False,
        start=min(days) - timedelta(days=passbook_match.DAYS_AFTER),
        end=max(days) + timedelta(days=passbook_match.DAYS_BEFORE),
    )
    by_id = {item.entry_id: item for item in open_items}
    by_row = {line.row_number: line for line in statement.lines}
    pairing = passbook_match.pair(
        [
            passbook_match.PassbookLine(
                line.row_number, line.on, line.amount, f"{line.narration} {line.reference}"
            )
            for line in statement.lines
        ],
        [
            passbook_match.BookEntry(item.entry_id, item.on, item.amount, item.reference)
            for item in open_items
        ],
    )
    return StatementMatch(
        sheet.file_name,
        statement.columns,
        statement.lines,
        tuple((by_row[row], by_id[entry]) for row, entry in pairing.pairs),
        tuple(by_row[row] for row in pairing.unmatched_rows),
        tuple(by_id[entry] for entry in pairing.unmatched_entries),
    )


def reconcile(account_id: int, pairs: Iterable[tuple[StatementLine, BookItem]]) -> int:
    """Tick the accepted pairs of a matched statement (the bank's date and words)."""
    return tick(
        account_id,
        [
            (item.entry_id, line.on, " ".join(f"{line.narration} {line.reference}".split()))
            for line, item in pairs
        ],
    )
