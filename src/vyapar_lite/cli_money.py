"""`vyapar-lite-cli export` for where the money is: the cash book, a bank book, the day book and
the expenses list, each an .xlsx workbook with formula totals."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from vyapar_lite.cli import CommandError, _export
from vyapar_lite.cli_reports import iso_date


def _period(args: argparse.Namespace) -> tuple[date, date]:
    start, end = args.from_date, args.to_date
    if start > end:
        raise CommandError(f"--from {start} is after --to {end}; the period must start first")
    return start, end


def _account(name: str | None, kind: str) -> int:
    from vyapar_lite.domain.errors import ValidationError
    from vyapar_lite.services import money_accounts

    try:
        if name is None:
            return money_accounts.cash_account().id
        account = money_accounts.find_account(name)
    except ValidationError as e:
        raise CommandError(f"--account: {e}") from None
    if account.kind != kind:
        raise CommandError(f"--account: {account.name} is not a {kind} account")
    return account.id


def cmd_export_cash_book(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.money_books import export_book
    from vyapar_lite.services import money_books

    start, end = _period(args)
    account_id = _account(args.account, "cash")

    def write(out: Path) -> int:
        return export_book(out, money_books.account_book(account_id, start, end))

    return _export(args, write, "movement") + f" ({start} to {end})"


def cmd_export_bank_book(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.money_books import export_book
    from vyapar_lite.services import money_books

    start, end = _period(args)
    account_id = _account(args.account, "bank")

    def write(out: Path) -> int:
        return export_book(out, money_books.account_book(account_id, start, end))

    return _export(args, write, "movement") + f" ({args.account}, {start} to {end})"


def cmd_export_day_book(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.money_books import export_day_book
    from vyapar_lite.services import money_books

    start = args.on if args.on is not None else args.from_date
    end = args.on if args.on is not None else args.to_date
    if start is None or end is None:
        raise CommandError("give --on DATE, or --from DATE and --to DATE")
    if start > end:
        raise CommandError(f"--from {start} is after --to {end}; the period must start first")

    def write(out: Path) -> int:
        return export_day_book(out, money_books.day_book(start, end))

    return _export(args, write, "document") + f" ({start} to {end})"


def cmd_export_expenses(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.money_books import export_expenses
    from vyapar_lite.services import expenses

    start, end = _period(args)

    def write(out: Path) -> int:
        return export_expenses(out, expenses.expenses(start, end), start, end)

    return _export(args, write, "expense") + f" ({start} to {end})"


def add_money_exports(exporting: Any, common: argparse.ArgumentParser) -> None:
    """Add the money books to `vyapar-lite-cli export`."""

    def command(name: str, help_text: str, run: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = exporting.add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        parser.add_argument(
            "--out", type=Path, required=True, metavar="FILE.xlsx", help="the workbook to write"
        )
        parser.set_defaults(run=run)
        return parser

    def period(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
        parser.add_argument(
            "--from", dest="from_date", type=iso_date, required=required, metavar="DATE",
            help="first day of the period, YYYY-MM-DD",
        )  # fmt: skip
        parser.add_argument(
            "--to", dest="to_date", type=iso_date, required=required, metavar="DATE",
            help="last day of the period, YYYY-MM-DD",
        )  # fmt: skip

    cash = command(
        "cash-book",
        "write the cash book for a period: brought forward, each movement with its document "
        "and running balance, closing",
        cmd_export_cash_book,
    )
    period(cash)
    cash.add_argument(
        "--account", metavar="NAME", help="a Cash counter's name (default: the Cash account)"
    )
    bank = command(
        "bank-book",
        "write one bank account's book for a period (as the cash book)",
        cmd_export_bank_book,
    )
    period(bank)
    bank.add_argument("--account", required=True, metavar="NAME", help="the bank account's name")
    day = command(
        "day-book",
        "write the day book: every document of a day (or period), all kinds, with the money "
        "each moved in and out",
        cmd_export_day_book,
    )
    day.add_argument("--on", type=iso_date, metavar="DATE", help="the day, YYYY-MM-DD")
    period(day, required=False)
    expenses = command(
        "expenses",
        "write the period's expenses: head, account paid from, GST bill details and tax",
        cmd_export_expenses,
    )
    period(expenses)
