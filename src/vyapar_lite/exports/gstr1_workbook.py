"""GSTR-1 in the sheet layout of the GST offline tool's Excel template, from
`services.returns.gstr1`, so the accountant can check it in a spreadsheet and import it.

One sheet per table, named as in the template (`b2b,sez,de`, `b2cl`, `b2cs`, `cdnr`, `cdnur`,
`exp`, `exemp`, `hsn(b2b)`, `hsn(b2c)`, `docs`), each laid out as the template is: row 1 the
summary's title, row 2 the summary's labels over the columns they sum, row 3 the summary as
formulas over the data (counts of distinct recipients and documents, total values), row 4 the
template's column headers, data from row 5. Amounts are exact numbers (never through a float)
shown with Indian grouping by the rules every workbook shares (`workbook.MONEY_FORMAT` and each
amount column's `indian_grouping`, from the summary row down), so a crore, a negative net B2CS
figure and a value the accountant types later all show as 1,23,45,678.90. Dates are real dates
shown as the template shows them (05-May-2026); the place of supply "27-Maharashtra"; the unit
"NOS-NUMBERS". As in the template, the b2b, b2cl, b2cs, cdnr, cdnur and exp sheets carry the
taxable value and cess by rate but no tax amounts (the offline tool works them out); the HSN
sheets carry tax by head.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from vyapar_lite.domain import gst
from vyapar_lite.domain.uqc import UQC_NAMES
from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import hundredths
from vyapar_lite.services.returns.gstr1 import (
    Amounts,
    B2csRow,
    DocIssueRow,
    Gstr1,
    HsnRow,
    NilRow,
    ReturnDocument,
)

DATE_FORMAT = "dd-mmm-yyyy"
FIRST_DATA_ROW = 5
INVOICE_TYPES = {
    "R": "Regular B2B",
    "SEWP": "SEZ supplies with payment",
    "SEWOP": "SEZ supplies without payment",
    "DE": "Deemed Exp",
}
_BOLD = Font(bold=True)


@dataclass(frozen=True)
class Summary:
    """A figure in the summary rows: its label (row 2) over `column`, and how it is worked out:
    'sum' of the column, 'distinct' values counted, 'once' (a document's value, repeated on each
    of its rate rows, summed once per `key` column), or 'count' of filled cells."""

    column: str
    label: str
    how: str = "sum"
    key: str = ""


@dataclass(frozen=True)
class SheetLayout:
    name: str
    title: str
    headers: tuple[str, ...]
    summary: tuple[Summary, ...]
    money: str = ""  # the amount columns' letters (Indian grouping)


LAYOUTS = {
    "b2b": SheetLayout(
        "b2b,sez,de",
        "Summary For B2B, SEZ, DE (4A, 4B, 6B, 6C)",
        ("GSTIN/UIN of Recipient", "Receiver Name", "Invoice Number", "Invoice date",
         "Invoice Value", "Place Of Supply", "Reverse Charge", "Applicable % of Tax Rate",
         "Invoice Type", "E-Commerce GSTIN", "Rate", "Taxable Value", "Cess Amount"),
        (Summary("A", "No. of Recipients", "distinct"), Summary("C", "No. of Invoices", "distinct"),
         Summary("E", "Total Invoice Value", "once", "C"), Summary("L", "Total Taxable Value"),
         Summary("M", "Total Cess")),
        "ELM",
    ),
    "b2cl": SheetLayout(
        "b2cl",
        "Summary For B2CL(5)",
        ("Invoice Number", "Invoice date", "Invoice Value", "Place Of Supply",
         "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount", "E-Commerce GSTIN"),
        (Summary("A", "No. of Invoices", "distinct"), Summary("C", "Total Inv Value", "once", "A"),
         Summary("G", "Total Taxable Value"), Summary("H", "Total Cess")),
        "CGH",
    ),
    "b2cs": SheetLayout(
        "b2cs",
        "Summary For B2CS(7)",
        ("Type", "Place Of Supply", "Applicable % of Tax Rate", "Rate", "Taxable Value",
         "Cess Amount", "E-Commerce GSTIN"),
        (Summary("E", "Total Taxable  Value"), Summary("F", "Total Cess")),
        "EF",
    ),
    "cdnr": SheetLayout(
        "cdnr",
        "Summary For CDNR(9B)",
        ("GSTIN/UIN of Recipient", "Receiver Name", "Note Number", "Note Date", "Note Type",
         "Place Of Supply", "Reverse Charge", "Note Supply Type", "Note Value",
         "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount"),
        (Summary("A", "No. of Recipients", "distinct"), Summary("C", "No. of Notes", "distinct"),
         Summary("I", "Total Note Value", "once", "C"), Summary("L", "Total Taxable Value"),
         Summary("M", "Total Cess")),
        "ILM",
    ),
    "cdnur": SheetLayout(
        "cdnur",
        "Summary For CDNUR(9B)",
        ("UR Type", "Note Number", "Note Date", "Note Type", "Place Of Supply", "Note Value",
         "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount"),
        (Summary("B", "No. of Notes/Vouchers", "distinct"),
         Summary("F", "Total Note Value", "once", "B"), Summary("I", "Total Taxable Value"),
         Summary("J", "Total Cess")),
        "FIJ",
    ),
    "exp": SheetLayout(
        "exp",
        "Summary For EXP(6)",
        ("Export Type", "Invoice Number", "Invoice date", "Invoice Value", "Port Code",
         "Shipping Bill Number", "Shipping Bill Date", "Rate", "Taxable Value", "Cess Amount"),
        (Summary("B", "No. of Invoices", "distinct"),
         Summary("D", "Total Invoice Value", "once", "B"),
         Summary("F", "No. of Shipping Bill", "count"), Summary("I", "Total Taxable Value"),
         Summary("J", "Total Cess")),
        "DIJ",
    ),
    "nil": SheetLayout(
        "exemp",
        "Summary For Nil rated, exempted and non GST outward supplies (8)",
        ("Description", "Nil Rated Supplies", "Exempted(other than nil rated/non GST supply)",
         "Non-GST Supplies"),
        (Summary("B", "Total Nil Rated Supplies"), Summary("C", "Total Exempted Supplies"),
         Summary("D", "Total Non-GST Supplies")),
        "BCD",
    ),
    "hsn_b2b": SheetLayout(
        "hsn(b2b)",
        "Summary For HSN(12) - B2B",
        ("HSN", "Description", "UQC", "Total Quantity", "Total Value", "Rate", "Taxable Value",
         "Integrated Tax Amount", "Central Tax Amount", "State/UT Tax Amount", "Cess Amount"),
        (Summary("A", "No. of HSN", "distinct"), Summary("E", "Total Value"),
         Summary("G", "Total Taxable Value"), Summary("H", "Total Integrated Tax"),
         Summary("I", "Total Central Tax"), Summary("J", "Total State/UT Tax"),
         Summary("K", "Total Cess")),
        "EGHIJK",
    ),
    "docs": SheetLayout(
        "docs",
        "Summary of documents issued during the tax period (13)",
        ("Nature of Document", "Sr. No. From", "Sr. No. To", "Total Number", "Cancelled"),
        (Summary("D", "Total Number"), Summary("E", "Total Cancelled")),
    ),
}  # fmt: skip
LAYOUTS["hsn_b2c"] = SheetLayout(
    "hsn(b2c)",
    "Summary For HSN(12) - B2C",
    LAYOUTS["hsn_b2b"].headers,
    LAYOUTS["hsn_b2b"].summary,
    LAYOUTS["hsn_b2b"].money,
)
SUMMARY_ROW = 3
SHEET_ORDER = ("b2b", "b2cl", "b2cs", "cdnr", "cdnur", "exp", "nil", "hsn_b2b", "hsn_b2c", "docs")


def write_gstr1_workbook(path: Path, g: Gstr1) -> int:
    """Write the workbook; returns how many data rows it holds (every sheet). Only the
    template's sheets, nothing else, so the offline tool imports it as it is (the tool asks for
    the GSTIN and the period itself)."""
    rows_of: dict[str, Callable[[Any], list[list[Any]]]] = {
        "b2b": lambda ws: _documents(ws, g.b2b, _b2b_row),
        "b2cl": lambda ws: _documents(ws, g.b2cl, _b2cl_row),
        "b2cs": lambda ws: [_b2cs_row(ws, r) for r in g.b2cs],
        "cdnr": lambda ws: _documents(ws, g.cdnr, _cdnr_row),
        "cdnur": lambda ws: _documents(ws, g.cdnur, _cdnur_row),
        "exp": lambda ws: _documents(ws, g.exp, _exp_row),
        "nil": lambda ws: [_nil_row(ws, r) for r in g.nil],
        "hsn_b2b": lambda ws: [_hsn_row(ws, r) for r in g.hsn_b2b],
        "hsn_b2c": lambda ws: [_hsn_row(ws, r) for r in g.hsn_b2c],
        "docs": lambda ws: [_docs_row(ws, r) for r in g.doc_issue],
    }
    written = 0
    with workbook.writing(path) as wb:
        for key in SHEET_ORDER:
            layout = LAYOUTS[key]
            ws = wb.create_sheet(layout.name)
            rows = rows_of[key](ws)
            _write_sheet(ws, layout, rows)
            written += len(rows)
    return written


def _write_sheet(ws: Any, layout: SheetLayout, rows: list[list[Any]]) -> None:
    for index, header in enumerate(layout.headers, start=1):  # wide enough for its header
        ws.column_dimensions[get_column_letter(index)].width = max(14, len(header) + 3)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    workbook.indian_grouping(ws, [_index(c) + 1 for c in layout.money], SUMMARY_ROW)
    width = len(layout.headers)
    ws.append([_bold(ws, layout.title)])
    labels: list[Any] = [None] * width
    figures: list[Any] = [None] * width
    last = FIRST_DATA_ROW + len(rows) - 1
    for s in layout.summary:
        at = _index(s.column)
        labels[at] = _bold(ws, s.label)
        figures[at] = _formula(ws, s, last) if rows else 0
    ws.append(labels)
    ws.append(figures)
    ws.append([_bold(ws, h) for h in layout.headers])
    for row in rows:
        ws.append(row)


def _index(column: str) -> int:
    return ord(column) - ord("A")


def _formula(ws: Any, s: Summary, last: int) -> WriteOnlyCell:
    span = f"{s.column}{FIRST_DATA_ROW}:{s.column}{last}"
    key = f"{s.key}{FIRST_DATA_ROW}:{s.key}{last}"
    text = {
        "sum": f"=SUM({span})",
        "distinct": f"=SUMPRODUCT(1/COUNTIF({span},{span}))",
        "once": f"=SUMPRODUCT({span}/COUNTIF({key},{key}))",
        "count": f"=COUNTA({span})",
    }[s.how]
    cell = WriteOnlyCell(ws, value=text)
    if s.how in ("sum", "once"):
        cell.number_format = workbook.MONEY_FORMAT
    return cell


def _bold(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = _BOLD
    return cell


def _money(ws: Any, paise: int) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    workbook.set_exact_number(cell, hundredths(paise))
    cell.number_format = workbook.MONEY_FORMAT
    return cell


def _rate(ws: Any, bp: int) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    workbook.set_exact_number(cell, Decimal(bp).scaleb(-2).normalize())
    return cell


def _day(ws: Any, on: date | None) -> WriteOnlyCell | None:
    if on is None:
        return None
    cell = WriteOnlyCell(ws, value=on)
    cell.number_format = DATE_FORMAT
    return cell


def _place(code: str) -> str:
    name = gst.STATES.get(code) or (gst.FOREIGN_NAME if code == gst.FOREIGN else "")
    return f"{code}-{name}" if name else code


def _uqc(code: str) -> str:
    name = UQC_NAMES.get(code)
    return f"{code}-{name.upper()}" if name else code


def _documents(
    ws: Any,
    docs: Sequence[ReturnDocument],
    row: Callable[[Any, ReturnDocument, int, Amounts], list[Any]],
) -> list[list[Any]]:
    """A row per document and rate."""
    return [row(ws, d, p.rate_bp, p.amounts) for d in docs for p in d.parts]


def _taxable(ws: Any, amounts: Amounts) -> list[Any]:
    return [_money(ws, amounts.taxable), _money(ws, amounts.cess)]


def _b2b_row(ws: Any, d: ReturnDocument, rate: int, amounts: Amounts) -> list[Any]:
    return [
        d.gstin, workbook.text_cell(ws, d.party_name), d.number, _day(ws, d.doc_date),
        _money(ws, d.value), _place(d.place), "Y" if d.reverse_charge else "N", None,
        INVOICE_TYPES[d.invoice_type], None, _rate(ws, rate), *_taxable(ws, amounts),
    ]  # fmt: skip


def _b2cl_row(ws: Any, d: ReturnDocument, rate: int, amounts: Amounts) -> list[Any]:
    return [
        d.number, _day(ws, d.doc_date), _money(ws, d.value), _place(d.place), None,
        _rate(ws, rate), *_taxable(ws, amounts), None,
    ]  # fmt: skip


def _b2cs_row(ws: Any, r: B2csRow) -> list[Any]:
    return [
        "OE", _place(r.place), None, _rate(ws, r.rate_bp), _money(ws, r.amounts.taxable),
        _money(ws, r.amounts.cess), None,
    ]  # fmt: skip


def _cdnr_row(ws: Any, d: ReturnDocument, rate: int, amounts: Amounts) -> list[Any]:
    return [
        d.gstin, workbook.text_cell(ws, d.party_name), d.number, _day(ws, d.doc_date),
        d.note_type, _place(d.place), "Y" if d.reverse_charge else "N",
        INVOICE_TYPES[d.invoice_type], _money(ws, d.value), None, _rate(ws, rate),
        *_taxable(ws, amounts),
    ]  # fmt: skip


def _cdnur_row(ws: Any, d: ReturnDocument, rate: int, amounts: Amounts) -> list[Any]:
    return [
        d.ur_type, d.number, _day(ws, d.doc_date), d.note_type,
        _place(d.place) if d.ur_type == "B2CL" else None, _money(ws, d.value), None,
        _rate(ws, rate), *_taxable(ws, amounts),
    ]  # fmt: skip


def _exp_row(ws: Any, d: ReturnDocument, rate: int, amounts: Amounts) -> list[Any]:
    return [
        d.export_type, d.number, _day(ws, d.doc_date), _money(ws, d.value), d.port_code or None,
        d.shipping_bill_number or None, _day(ws, d.shipping_bill_date), _rate(ws, rate),
        *_taxable(ws, amounts),
    ]  # fmt: skip


def _nil_row(ws: Any, r: NilRow) -> list[Any]:
    return [r.label, _money(ws, r.nil), _money(ws, r.exempt), _money(ws, r.non_gst)]


def _hsn_row(ws: Any, r: HsnRow) -> list[Any]:
    qty = WriteOnlyCell(ws)
    workbook.set_exact_number(qty, Decimal(r.qty_milli).scaleb(-3).normalize())
    a = r.amounts
    return [
        r.hsn, workbook.text_cell(ws, r.description), _uqc(r.uqc), qty, _money(ws, r.value),
        _rate(ws, r.rate_bp), _money(ws, a.taxable), _money(ws, a.igst), _money(ws, a.cgst),
        _money(ws, a.sgst), _money(ws, a.cess),
    ]  # fmt: skip


def _docs_row(ws: Any, r: DocIssueRow) -> list[Any]:
    return [r.label, r.first, r.last, r.total, r.cancelled]
