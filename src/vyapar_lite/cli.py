"""`vyapar-lite-cli`: headless commands over the same services the app uses.

Every command takes `--data PATH` (default: the shop file the app opens), prints a one-line summary
and exits 0; on any error it prints a clear message to stderr and exits non-zero (2 for a mistyped
command line, 1 for anything else).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vyapar_lite import __version__, locations
from vyapar_lite.db import DataFileError, close_data_file, open_data_file
from vyapar_lite.db.store import ServerAddress, data_location
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.sheet import RowError, SheetData
from vyapar_lite.services import counters

if TYPE_CHECKING:
    from vyapar_lite.services.sheet_import import ImportResult

Command = Callable[[argparse.Namespace], str]


class CommandError(Exception):
    """A command could not do its work; the message says why and what to do."""


def cmd_demo(args: argparse.Namespace) -> str:
    from vyapar_lite.services import sample_shop, shop

    if isinstance(args.out or args.data, ServerAddress):
        return _demo_on_server(args.out or args.data)
    target = Path(args.out or args.data)
    if target.exists() and target.stat().st_size > 0:
        raise CommandError(f"{target} already exists; choose a new file name for the sample shop")
    target.unlink(missing_ok=True)  # an empty file named for the sample shop: made anew
    open_data_file(target)
    from vyapar_lite.services import audit_anchors, backups

    audit_anchors.mark_restored(target, [backups.default_folder(target)], why="created")
    count = sample_shop.fill_sample_shop()
    profile = shop.get_profile()
    assert profile is not None
    return f"sample shop '{profile.name}' with {count} customers written to {target}"


def _demo_on_server(address: ServerAddress) -> str:
    from vyapar_lite.services import sample_shop, shop

    open_data_file(address)
    if shop.get_profile() is not None:
        raise CommandError(f"{address.url} already holds a shop; name an empty database")
    count = sample_shop.fill_sample_shop()
    return f"sample shop with {count} customers written to {address.url}"


def cmd_info(args: argparse.Namespace) -> str:
    from vyapar_lite.services import health, shop

    open_data_file(args.data, create=False)
    profile = shop.get_profile()
    s = health.summary()
    name = profile.name if profile else "(shop not set up yet)"
    return (
        f"{name}: {s.active_customers} active of {s.customers} customers, "
        f"{s.ledger_entries} ledger entries, {s.audit_entries} audit entries "
        f"(data version {s.schema_version}) in {args.data}"
    )


def cmd_check(args: argparse.Namespace) -> str:
    from vyapar_lite.services import health

    open_data_file(args.data, create=False)
    result = health.check()
    if not result.ok:
        details = "\n  ".join(result.problems[:20])
        raise CommandError(f"{args.data} has {len(result.problems)} problem(s):\n  {details}")
    return f"ok: {args.data} passed the full integrity check"


MAX_LISTED_PROBLEMS = 200


def cmd_import_customers(args: argparse.Namespace) -> str:
    from vyapar_lite.services import customer_import

    return _import(args, customer_import.import_customers, "customer")


def cmd_import_items(args: argparse.Namespace) -> str:
    from vyapar_lite.services import item_import

    return _import(args, item_import.import_items, "item")


def cmd_import_transactions(args: argparse.Namespace) -> str:
    """History: invoices, receipts, notes, refunds, opening bills and credits, all or none."""
    from vyapar_lite.exports import workbook
    from vyapar_lite.services import transaction_import
    from vyapar_lite.services.sheet_import import ImportRejected

    open_data_file(args.data, create=False)
    sheet = workbook.read_first_sheet(args.file)
    try:
        result = transaction_import.import_transactions(sheet)
    except ImportRejected as exc:
        raise CommandError(_rejection(args.file, exc.errors)) from None
    kinds = ", ".join(f"{n} {label.lower()}" for label, n in result.by_type.items())
    return f"imported {result.created} transactions ({kinds}) from {args.file}"


def _import(args: argparse.Namespace, run: Callable[[SheetData], ImportResult], noun: str) -> str:
    """Open the shop, import `args.file` (all rows or none), print warnings, say what was added."""
    from vyapar_lite.exports import workbook
    from vyapar_lite.services.sheet_import import ImportRejected

    open_data_file(args.data, create=False)
    sheet = workbook.read_first_sheet(args.file)
    try:
        result = run(sheet)
    except ImportRejected as exc:
        raise CommandError(_rejection(args.file, exc.errors)) from None
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    codes = result.first_code
    if result.created > 1:
        codes += f"–{result.last_code}"
    noun += "s" * (result.created != 1)
    return f"imported {result.created} {noun} ({codes}) from {args.file}"


def _rejection(file: Path, errors: list[RowError]) -> str:
    """What was wrong, for the terminal: the first MAX_LISTED_PROBLEMS problems; when there are
    more, every one of them is written to `<file>.problems.txt` beside the file, and it says so."""
    rows = len({e.row_number for e in errors if e.row_number > 1})
    in_rows = f" in {rows} row{'s' * (rows != 1)}" if rows else ""
    lines = [
        f"nothing imported from {file}: {len(errors)} problem{'s' * (len(errors) != 1)}"
        f"{in_rows}; fix them and import again"
    ]
    lines += [str(e) for e in errors[:MAX_LISTED_PROBLEMS]]
    if len(errors) > MAX_LISTED_PROBLEMS:
        more = len(errors) - MAX_LISTED_PROBLEMS
        listing = file.with_name(file.name + ".problems.txt")
        try:
            listing.write_text("\n".join([lines[0], *map(str, errors)]) + "\n", encoding="utf-8")
            lines.append(f"… and {more} more problems: all {len(errors)} are listed in {listing}")
        except OSError as exc:
            lines.append(f"… and {more} more problems (the full list could not be written to "
                         f"{listing}: {exc.strerror or exc})")  # fmt: skip
    return "\n".join(lines)


def cmd_export_customers(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.customers import export_customers
    from vyapar_lite.services import customer_export

    return _export(
        args, lambda out: export_customers(out, customer_export.customer_rows()), "customer"
    )


def cmd_export_items(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.items import export_items
    from vyapar_lite.services import item_export

    return _export(args, lambda out: export_items(out, item_export.item_rows()), "item")


def cmd_export_customer_data(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.customer_data import export_customer_data
    from vyapar_lite.services.customer_data import customer_data

    return _export(args, lambda out: export_customer_data(out, customer_data(args.code)), "record")


def _export(
    args: argparse.Namespace,
    write: Callable[[Path], int],
    noun: str,
    *,
    suffix: str = ".xlsx",
    kind: str = "an Excel workbook",
) -> str:
    """Check `--out`, open the shop, `write(out)` and say how many records went into the file."""
    out = Path(args.out)
    if out.suffix.lower() != suffix:
        raise CommandError(f"{out} should end in {suffix} ({kind})")
    if not out.parent.is_dir():
        raise CommandError(f"there is no folder {out.parent} to write {out.name} in")
    open_data_file(args.data, create=False)
    try:
        count = write(out)
    except OSError as exc:
        raise CommandError(f"could not write {out}: {exc.strerror or exc}") from None
    return f"exported {count} {noun}{'s' * (count != 1)} to {out}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vyapar-lite-cli",
        description="Vyapar Lite's headless commands. Each prints a one-line summary.",
    )
    parser.add_argument("--version", action="version", version=f"vyapar-lite-cli {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        type=data_location,
        default=locations.default_data_file(),
        metavar="PATH|URL",
        help="the shop file, or a shop on a PostgreSQL server: postgresql://user@host:port/dbname"
        " (its password from ~/.pgpass or PGPASSWORD, never stored by the app) "
        "(default: %(default)s)",
    )
    common.add_argument(
        "--counter",
        default=counters.host_name(),
        metavar="NAME",
        help="the counter's name carried by every document posted and audit row written "
        "(default: this PC's name, %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="write a sample shop to a new file",
        description="Write the sample shop (the one `vyapar-lite --demo` shows) to a new file.",
    )
    demo.add_argument(
        "--out", type=Path, metavar="FILE", help="the new file to write (default: --data)"
    )
    demo.set_defaults(run=cmd_demo)
    commands.add_parser(
        "info",
        parents=[common],
        help="say what the shop file holds",
    ).set_defaults(run=cmd_info)
    commands.add_parser(
        "check",
        parents=[common],
        help="run the full integrity check on the shop file",
    ).set_defaults(run=cmd_check)

    # `import X` and `export X`: later issues add more kinds (transactions, statements ...).
    importing = commands.add_parser(
        "import", help="import records from an Excel file"
    ).add_subparsers(dest="kind", required=True, metavar="KIND")
    import_customers = importing.add_parser(
        "customers",
        parents=[common],
        help="add the customers in an .xlsx file (all rows or none)",
        description="Add every customer in FILE (the customers template's columns). Nothing "
        "is imported when any row has a problem; every bad row and column is listed.",
    )
    import_customers.add_argument(
        "file", type=Path, metavar="FILE.xlsx", help="the workbook (its first sheet is read)"
    )
    import_customers.set_defaults(run=cmd_import_customers)
    import_items = importing.add_parser(
        "items",
        parents=[common],
        help="add the items in an .xlsx file (all rows or none)",
        description="Add every item in FILE (the items template's columns). Nothing is imported "
        "when any row has a problem; every bad row and column is listed.",
    )
    import_items.add_argument(
        "file", type=Path, metavar="FILE.xlsx", help="the workbook (its first sheet is read)"
    )
    import_items.set_defaults(run=cmd_import_items)
    import_transactions = importing.add_parser(
        "transactions",
        parents=[common],
        help="bring in past invoices, receipts, notes, refunds, opening bills and opening credits "
        "(all or none)",
        description="Add every document in FILE (the transactions template's columns), keeping "
        "their own numbers. Type is Invoice, Receipt, Credit note, Debit note, Refund, Opening "
        "bill (owed before the shop used the app) or Opening credit (paid ahead before then: the "
        "customer's advance). Nothing is imported when any row has a problem; every bad row and "
        "column is listed.",
    )
    import_transactions.add_argument(
        "file", type=Path, metavar="FILE.xlsx", help="the workbook (its first sheet is read)"
    )
    import_transactions.set_defaults(run=cmd_import_transactions)

    exporting = commands.add_parser(
        "export", help="export records to an Excel file (GSTR-1 also as JSON)"
    ).add_subparsers(dest="kind", required=True, metavar="KIND")
    export_customers = exporting.add_parser(
        "customers",
        parents=[common],
        help="write every customer to an .xlsx file (the import's columns)",
    )
    export_customers.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help="the workbook to write"
    )
    export_customers.set_defaults(run=cmd_export_customers)
    export_items = exporting.add_parser(
        "items",
        parents=[common],
        help="write every item to an .xlsx file (the import's columns, stock on hand included)",
    )
    export_items.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help="the workbook to write"
    )
    export_items.set_defaults(run=cmd_export_items)
    export_customer_data = exporting.add_parser(
        "customer-data",
        parents=[common],
        help="write everything the shop holds on one customer to an .xlsx file",
    )
    export_customer_data.add_argument("--code", required=True, help="the customer's code")
    export_customer_data.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help="the workbook to write"
    )
    export_customer_data.set_defaults(run=cmd_export_customer_data)
    from vyapar_lite.cli_reports import add_report_exports  # imports this module: not at the top

    add_report_exports(exporting, common)
    from vyapar_lite.cli_money import add_money_exports  # imports this module, too

    add_money_exports(exporting, common)
    from vyapar_lite.cli_returns import add_return_exports  # imports this module, too

    add_return_exports(exporting, common)
    from vyapar_lite.cli_backups import add_backup_commands  # imports this module, too

    add_backup_commands(commands, common)
    return parser


def _resolve_paths(args: argparse.Namespace) -> None:
    """Every path argument made absolute (`~` expanded) before a command uses it, so a relative
    `--to bk` or `restore bk/x.vyapar` means the folder the user is in, everywhere."""
    for name, given in vars(args).items():
        value = data_location(given) if name == "data" and isinstance(given, str) else given
        if isinstance(value, Path):
            setattr(args, name, value.expanduser().absolute())
        elif isinstance(value, ServerAddress):
            setattr(args, name, value)


# Commands that take the books out of the shop file or replace it: when the shop has an app
# password they ask for it (for scripts: the environment variable), as the app does.
GUARDED_COMMANDS = ("export", "restore")
PASSWORD_VARIABLE = "VYAPAR_APP_PASSWORD"


def _ask_app_password(args: argparse.Namespace) -> None:
    """CommandError unless the shop at `args.data` has no app password or it is given."""
    import getpass

    from vyapar_lite.services import app_lock

    if isinstance(args.data, ServerAddress):
        try:
            open_data_file(args.data, create=False)
        except DataFileError as exc:
            if exc.kind == "empty":
                return  # an empty database (a restore's target) has no password to ask for
            raise
        set_on_server = app_lock.is_set()
        close_data_file()
        stored = "on the server" if set_on_server else ""
    else:
        from vyapar_lite.db.app_lock_file import stored_in_file

        stored = stored_in_file(Path(args.data)) if Path(args.data).is_file() else ""
    if not stored:
        return
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CommandError(
                f"{_shop_name(args.data)} has an app password: run this at a terminal to type it, "
                f"or set {PASSWORD_VARIABLE} for a script; nothing was done"
            )
        try:
            password = getpass.getpass("App password: ")
        except EOFError:
            password = ""
    if isinstance(args.data, ServerAddress):
        open_data_file(args.data, create=False)
        right = app_lock.check(password)
        close_data_file()
    else:
        right = app_lock.matches(stored, password)
    if not right:
        raise CommandError("the app password is not right; nothing was done")


def _shop_name(data: Path | ServerAddress) -> str:
    return data.name if isinstance(data, Path) else data.url


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _resolve_paths(args)
    run: Command = args.run
    from vyapar_lite.services import supplier_side

    supplier_side.install()  # customer statements show a supplier's side
    try:
        counters.set_current(args.counter)  # who did it: on every document and audit row
        if args.command in GUARDED_COMMANDS:
            _ask_app_password(args)
        print(run(args))
        return 0
    except (CommandError, DataFileError) as exc:
        print(f"vyapar-lite-cli: {exc}", file=sys.stderr)
    except ValidationError as exc:
        lines = "\n".join(f"  {e.field}: {e.message}" for e in exc.errors)
        print(f"vyapar-lite-cli: the input is not valid:\n{lines}", file=sys.stderr)
    except KeyboardInterrupt:
        print("vyapar-lite-cli: stopped; nothing half-saved", file=sys.stderr)
    finally:
        close_data_file()
    return 1


if __name__ == "__main__":
    # Run the imported module's main, so `python -m vyapar_lite.cli` and the commands defined in
    # other modules (cli_reports) share one CommandError class.
    from vyapar_lite.cli import main as _main

    raise SystemExit(_main())
