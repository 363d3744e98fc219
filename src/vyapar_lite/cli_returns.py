"""`vyapar-lite-cli export gstr1`: the GST return of outward supplies for a month or a quarter,
as the portal's JSON or in the offline tool's Excel layout; `export gstr3b`: GSTR-3B's outward
tables (3.1 and 3.2) for the same period, as the portal's JSON or a workbook.

Before writing, it prints what makes the return "not ready" (`services.returns.readiness`) to
stderr; a problem that makes the return impossible (no GSTIN, a composition shop, a number the
portal refuses) stops it with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vyapar_lite.cli import CommandError
from vyapar_lite.db import open_data_file
from vyapar_lite.services.returns.period import MONTH_FORM, QUARTER_FORM, ReturnPeriod

FORMATS = {"json": ".json", "xlsx": ".xlsx"}


def _period(args: argparse.Namespace) -> ReturnPeriod:
    from vyapar_lite.services.returns import period

    if args.period:
        return period.parse_month(args.period, field="--period")
    return period.parse_quarter(args.quarter, field="--quarter")


def cmd_export_gstr1(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.gstr1_json import write_gstr1_json
    from vyapar_lite.exports.gstr1_workbook import write_gstr1_workbook
    from vyapar_lite.services import shop
    from vyapar_lite.services.returns import gstr1, gstr1_documents, readiness

    out = Path(args.out)
    suffix = FORMATS[args.format]
    if out.suffix.lower() != suffix:
        raise CommandError(f"{out} should end in {suffix} for --format {args.format}")
    if not out.parent.is_dir():
        raise CommandError(f"there is no folder {out.parent} to write {out.name} in")
    period = _period(args)
    open_data_file(args.data, create=False)
    documents = gstr1_documents.issued_documents(period.start, period.end)
    problems = readiness.not_ready(period, documents)
    for problem in problems:
        print(f"not ready: {problem.message}", file=sys.stderr)
    stops = readiness.blocking(problems)
    if stops:
        raise CommandError(f"GSTR-1 for {period.label} was not written: {stops[0].message}")
    profile = shop.get_profile()
    assert profile is not None  # readiness refuses a shop without a GSTIN
    tables = gstr1.classify(period, documents)
    try:
        if args.format == "json":
            count = write_gstr1_json(out, tables, profile.gstin)
        else:
            count = write_gstr1_workbook(out, tables)
    except OSError as exc:
        raise CommandError(f"could not write {out}: {exc.strerror or exc}") from None
    ready = "" if not problems else f"; {len(problems)} not-ready problem(s) listed above"
    done = f"exported GSTR-1 for {period.label} (fp {period.fp}): {count} entries to {out}{ready}"
    return done + "\n" + _filing(args, period)


def _filing(args: argparse.Namespace, period: ReturnPeriod) -> str:
    """Issue 13's prompt to close a month when its return is filed: with --mark-filed, mark the
    period filed and close the books up to its last day; without it, say how."""
    from vyapar_lite.services.returns import filing

    if filing.is_filed(period):
        return f"{period.label} is already marked filed"
    if not args.mark_filed:
        return (
            f"once it is filed on the GST portal, run this again with --mark-filed to mark "
            f"{period.label} filed and close the books up to {period.end:%d-%m-%Y}"
        )
    filed = filing.mark_filed(period, close_books=True)
    closed = filed.closed_up_to
    return (
        f"marked {period.label} filed; books closed up to {closed:%d-%m-%Y}"
        if closed
        else (f"marked {period.label} filed")
    )


def cmd_export_gstr3b(args: argparse.Namespace) -> str:
    from vyapar_lite.exports.gstr3b import export_gstr3b, write_gstr3b_json
    from vyapar_lite.services import shop
    from vyapar_lite.services.returns import gstr3b

    out = _out(args)
    period = _period(args)
    open_data_file(args.data, create=False)
    profile = shop.get_profile()
    if profile is None or not profile.gstin:
        raise CommandError(
            "GSTR-3B is filed under the shop's GSTIN and the shop has none: set it in "
            "Settings › Shop first"
        )
    tables = gstr3b.gstr3b(period)
    try:
        if args.format == "json":
            write_gstr3b_json(out, tables, profile.gstin)
        else:
            export_gstr3b(out, tables)
    except OSError as exc:
        raise CommandError(f"could not write {out}: {exc.strerror or exc}") from None
    print(f"note: {gstr3b.INWARD_NOT_COVERED}", file=sys.stderr)
    return (
        f"exported GSTR-3B outward supplies for {period.label} (ret_period {period.fp}) to "
        f"{out}: 3.1 (a) taxable value {_rupees(tables.outward.taxable)}, 3.2 "
        f"{len(tables.unregistered)} place(s) of supply"
    )


def _out(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    suffix = FORMATS[args.format]
    if out.suffix.lower() != suffix:
        raise CommandError(f"{out} should end in {suffix} for --format {args.format}")
    if not out.parent.is_dir():
        raise CommandError(f"there is no folder {out.parent} to write {out.name} in")
    return out


def _rupees(paise: int) -> str:
    from vyapar_lite.domain.money import format_money

    return format_money(paise)


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--period", metavar="YYYY-MM", help=f"a month: {MONTH_FORM}")
    when.add_argument(
        "--quarter", metavar="YYYY-Qn",
        help=f"a quarterly filer's quarter: {QUARTER_FORM.replace('%', '%%')}",
    )  # fmt: skip


def add_return_exports(exporting: Any, common: argparse.ArgumentParser) -> None:
    """Add `gstr1` to `vyapar-lite-cli export`."""
    description = (
        "Write GSTR-1 (outward supplies) for a month or a quarter: b2b, b2cl, b2cs, cdnr, "
        "cdnur, exp, nil, hsn (B2B and B2C) and doc_issue, from the documents as issued. "
        "Problems that make the return not ready (lines without HSN, GSTINs that fail their "
        "check, documents after the books-closed date) are printed first; a shop without a "
        "GSTIN, a composition shop or a number over 16 characters stops it, nothing written."
    )
    parser: argparse.ArgumentParser = exporting.add_parser(
        "gstr1", parents=[common], help="write GSTR-1 as the portal's JSON or Excel",
        description=description,
    )  # fmt: skip
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--period", metavar="YYYY-MM", help=f"a month: {MONTH_FORM}")
    when.add_argument(
        "--quarter", metavar="YYYY-Qn",
        help=f"a quarterly filer's quarter: {QUARTER_FORM.replace('%', '%%')}",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=tuple(FORMATS), default="json",
        help="json: the GST portal's offline tool JSON (default); xlsx: the offline tool's "
        "Excel template layout",
    )  # fmt: skip
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the file to write (.json/.xlsx)"
    )
    parser.add_argument(
        "--mark-filed", action="store_true",
        help="after writing, mark the period's GSTR-1 filed and close the books up to its last "
        "day (no document dated in it can then be posted or cancelled; reopen in Settings)",
    )  # fmt: skip
    parser.set_defaults(run=cmd_export_gstr1)
    description = (
        "Write GSTR-3B's outward tables for a month or a quarter: 3.1 (a) taxable, (b) "
        "zero-rated (exports, SEZ), (c) nil-rated and exempt, (e) non-GST, and 3.2 inter-state "
        "supplies to unregistered persons by place of supply, added up from GSTR-1's tables. "
        "Inward supplies (3.1 (d), Table 4 ITC) are not covered."
    )
    parser = exporting.add_parser(
        "gstr3b", parents=[common], help="write GSTR-3B's outward tables as JSON or Excel",
        description=description,
    )  # fmt: skip
    _period_arguments(parser)
    parser.add_argument(
        "--format", choices=tuple(FORMATS), default="json",
        help="json: the portal's keys (sup_details, inter_sup; default); xlsx: a workbook",
    )  # fmt: skip
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the file to write (.json/.xlsx)"
    )
    parser.set_defaults(run=cmd_export_gstr3b)
