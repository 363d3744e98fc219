"""`vyapar-lite-cli export` for the accountant's reports: statement, balances, ageing,
outstanding invoices, sales register, HSN summary and the whole pack, each an .xlsx workbook; and
the period's vouchers as a Tally XML file (`export tally`).

Dates on the command line are ISO dates (YYYY-MM-DD), checked strictly: a mistyped date stops
the command with a message naming the argument and the form expected (exit status 2).
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import Any

from vyapar_lite.cli import CommandError, _export
from vyapar_lite.services.report_scope import STATUSES, CustomerScope

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_FORM = "YYYY-MM-DD (for example 2026-04-01)"


def iso_date(text: str) -> date:
    """argparse type: a strict ISO date."""
    if not _ISO_DATE.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f"expected a date in the form {DATE_FORM}, not {text!r}")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text} is not a real date; expected a date in the form {DATE_FORM}"
        ) from None


def _period(args: argparse.Namespace) -> tuple[date, date]:
    start, end = args.from_date, args.to_date
    if start > end:
        raise CommandError(f"--from {start} is after --to {end}; the period must start first")
    return start, end


def _scope(args: argparse.Namespace) -> CustomerScope:
    return CustomerScope(
        customer_type=args.type or "",
        category=args.category or "",
        city=args.city or "",
        status=args.status,
        customer_code=getattr(args, "customer", None) or "",
    )


def cmd_export_statement(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.statement import export_statement
    from vyapar_lite.services import statement

    start, end = _period(args)

    def write(out: Path) -> int:
        return export_statement(out, statement.open_statement(args.customer, start, end))

    return _export(args, write, "statement line") + f" ({args.customer.upper()}, {start} to {end})"


def cmd_export_balances(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.balances import export_balances
    from vyapar_lite.services import balances

    def write(out: Path) -> int:
        report = balances.balances(
            args.as_of, _scope(args), sort=args.sort, descending=args.sort == "balance"
        )
        return export_balances(out, report)

    return _export(args, write, "customer") + f" (balances as of {args.as_of})"


def cmd_export_ageing(args: argparse.Namespace) -> str:
    from vyapar_lite.domain.ageing import parse_bands
    from vyapar_lite.exports.ageing import export_ageing
    from vyapar_lite.services import ageing

    bands = parse_bands(args.bands) if args.bands else None

    def write(out: Path) -> int:
        return export_ageing(out, ageing.ageing(args.as_of, _scope(args), bands=bands))

    return _export(args, write, "customer") + f" (ageing as of {args.as_of})"


def cmd_export_outstanding(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.outstanding import export_outstanding
    from vyapar_lite.services import outstanding, report_scope

    def write(out: Path) -> int:
        scope = _scope(args)
        if scope.customer_code:
            report_scope.customer_by_code(scope.customer_code)  # an unknown code is an error
        return export_outstanding(out, outstanding.outstanding_summary(args.as_of, scope), scope)

    return _export(args, write, "outstanding invoice") + f" (as of {args.as_of})"


def cmd_export_sales_register(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.sales_register import export_sales_register
    from vyapar_lite.services import sales_register

    start, end = _period(args)

    def write(out: Path) -> int:
        return export_sales_register(out, sales_register.register_summary(start, end))

    return _export(args, write, "register row") + f" ({start} to {end})"


def cmd_export_hsn(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.hsn_summary import export_hsn_summary
    from vyapar_lite.services.returns.hsn_summary import hsn_summary

    start, end = _period(args)

    def write(out: Path) -> int:
        return export_hsn_summary(out, hsn_summary(start, end))

    return _export(args, write, "HSN row") + f" ({start} to {end})"


def cmd_export_pack(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.pack import export_pack

    start, end = _period(args)
    return _export(args, lambda out: export_pack(out, start, end).customers, "customer statement")


TALLY_HELP = (
    "write the period's vouchers and ledgers as an XML file for TallyPrime "
    "(Gateway of Tally > Import > Transactions). Cancelled documents are left out (each is "
    "reversed on its own date, so it moves nothing); opening bills and credits dated in the "
    "period go on the customer's ledger as its opening balance, bill by bill. Ledger names "
    "come from Settings > Tally."
)


def cmd_export_tally(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.tally.xml_file import write_tally_xml
    from vyapar_lite.services.tally.months import tally_months

    start, end = _period(args)

    def write(out: Path) -> int:
        return write_tally_xml(out, tally_months(start, end))

    return _export(args, write, "voucher", suffix=".xml", kind="an XML file for Tally") + (
        f" ({start} to {end})"
    )


def add_report_exports(exporting: Any, common: argparse.ArgumentParser) -> None:
    """Add the report kinds to `vyapar-lite-cli export`."""

    def command(
        name: str, help_text: str, run: Any, *, out: str = "FILE.xlsx", what: str = "workbook"
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = exporting.add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        parser.add_argument(
            "--out", type=Path, required=True, metavar=out, help=f"the {what} to write"
        )
        parser.set_defaults(run=run)
        return parser

    def period(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--from", dest="from_date", type=iso_date, required=True, metavar="DATE",
            help="first day of the period, YYYY-MM-DD",
        )  # fmt: skip
        parser.add_argument(
            "--to", dest="to_date", type=iso_date, required=True, metavar="DATE",
            help="last day of the period, YYYY-MM-DD",
        )  # fmt: skip

    def as_of(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--as-of", dest="as_of", type=iso_date, default=date.today(), metavar="DATE",
            help="the date the report is as of, YYYY-MM-DD (default: today)",
        )  # fmt: skip

    def filters(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--type", metavar="TYPE", help="only customers of this type")
        parser.add_argument("--category", metavar="NAME", help="only this customer category")
        parser.add_argument("--city", metavar="CITY", help="only customers in this city")
        parser.add_argument(
            "--status", choices=STATUSES, default="all", help="active or inactive customers"
        )

    statement = command(
        "statement",
        "write a customer's statement for a period (opening, entries, closing)",
        cmd_export_statement,
    )
    statement.add_argument("--customer", required=True, metavar="CODE", help="customer code")
    period(statement)

    balances = command(
        "balances",
        "write every customer's city, phone, type, category, receivable, advance and balance "
        "as of a date",
        cmd_export_balances,
    )
    as_of(balances)
    filters(balances)
    balances.add_argument(
        "--sort", choices=("balance", "code", "name", "city"), default="balance",
        help="row order (balance: largest dues first)",
    )  # fmt: skip

    ageing = command("ageing", "write the ageing of receivables as of a date", cmd_export_ageing)
    as_of(ageing)
    filters(ageing)
    ageing.add_argument(
        "--bands", metavar="DAYS", help="band limits in days, e.g. 30,60,90 (default: Settings)"
    )

    outstanding = command(
        "outstanding", "write the invoices still owing something as of a date",
        cmd_export_outstanding,
    )  # fmt: skip
    as_of(outstanding)
    filters(outstanding)
    outstanding.add_argument("--customer", metavar="CODE", help="only this customer")

    register = command(
        "sales-register",
        "write the sales register for a period (one row per document and GST rate)",
        cmd_export_sales_register,
    )
    period(register)

    hsn = command(
        "hsn",
        "write the HSN summary for a period (GSTR-1 table 12: by HSN/SAC, unit and rate, "
        "B2B and B2C apart)",
        cmd_export_hsn,
    )
    period(hsn)
    tally = command("tally", TALLY_HELP, cmd_export_tally, out="FILE.xml", what="XML file")
    period(tally)

    pack = command(
        "pack",
        "write the accountant's pack for a period: summary, sales register, HSN summary and "
        "statements",
        cmd_export_pack,
    )
    period(pack)
