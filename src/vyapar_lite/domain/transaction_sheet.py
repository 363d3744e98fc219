"""The transactions sheet: history brought in from paper, Tally or another app.

One sheet, headers on row 1 (`HEADERS`); each row is one document: an invoice, receipt, credit
note, debit note, refund, opening bill or opening credit, keeping its own number. Reading checks
each row on its own (dates, types, amounts, Total = Taxable value + GST, due date not before the
date) and collects every problem as a RowError naming the row and the column. Checks against the
shop and the rest of the file (customers, numbers, what a receipt settles) belong to the import
service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vyapar_lite.domain.sheet import (
    DATE_FORMAT_HINT,
    Column,
    Kind,
    Reading,
    Row,
    RowError,
    RowReader,
    read_date,
    read_money,
    read_rows,
    sort_row_errors,
)

COLUMNS: tuple[Column, ...] = (
    Column("Date", Kind.DATE, 12, f"Required. The document's date, {DATE_FORMAT_HINT}."),
    Column("Type", Kind.TEXT, 12, "Required: Invoice, Receipt, Credit note, Debit note, Refund, "
           "Opening bill (a bill from before the shop used the app) or Opening credit (money the "
           "customer had paid ahead before then: their advance)."),
    Column("Number", Kind.TEXT, 18, "Required. The document's own number (kept as it is; it must "
           "not be used by anything in the shop or earlier in the file)."),
    Column("Customer code", Kind.TEXT, 12, "Required. The code of a customer already in the shop."),
    Column("Taxable value", Kind.MONEY, 12, "Invoices and notes: rupees before GST. Blank for "
           "receipts and refunds."),
    Column("GST", Kind.MONEY, 10, "Invoices and notes: the GST in rupees (split CGST+SGST or IGST "
           "by the customer's state). Blank for receipts and refunds."),
    Column("Total", Kind.MONEY, 12, "Required. Rupees: Taxable value + GST for invoices and notes; "
           "the amount for receipts, refunds, opening bills and opening credits."),
    Column("Due date", Kind.DATE, 12, "Invoices, debit notes and opening bills: when payment is "
           "due (blank: the date plus the customer's payment terms)."),
    Column("Mode", Kind.TEXT, 10, "Receipts and refunds: Cash, UPI, Card, Bank or Cheque "
           "(blank: Cash)."),
    Column("Reference", Kind.TEXT, 16, "Optional: UPI/transaction id or cheque number."),
    Column("Against number", Kind.TEXT, 18, "Credit notes: the invoice they reduce (required). "
           "Receipts: the document they settle first (then the oldest due)."),
    Column("Notes", Kind.TEXT, 30, "Optional."),
)  # fmt: skip
HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)

TYPES: dict[str, str] = {
    "invoice": "Invoice",
    "receipt": "Receipt",
    "credit_note": "Credit note",
    "debit_note": "Debit note",
    "refund": "Refund",
    "opening_bill": "Opening bill",
    "opening_credit": "Opening credit",
}
_TYPE_BY_WORD = {label.lower(): kind for kind, label in TYPES.items()}
TAXED = ("invoice", "credit_note", "debit_note")
DUE = ("invoice", "debit_note", "opening_bill")
MONEY_MOVES = ("receipt", "refund")
UNTAXED = ("receipt", "refund", "opening_credit")  # no Taxable value or GST
MODES: dict[str, str] = {"cash": "cash", "upi": "upi", "card": "card", "bank": "bank"}
MODES.update({"bank transfer": "bank", "cheque": "cheque", "check": "cheque"})


@dataclass(frozen=True, slots=True)
class SheetTransaction:
    """A valid row. Money in paise; `due` None when blank; `mode` '' unless money moved."""

    row_number: int
    on: date
    kind: str  # a key of TYPES
    number: str
    customer_code: str
    taxable: int
    gst: int
    total: int
    due: date | None
    mode: str
    reference: str
    against: str
    notes: str


def sort_errors(errors: list[RowError]) -> list[RowError]:
    return sort_row_errors(errors, HEADERS)


def read_sheet(rows: Iterable[Row]) -> Reading[SheetTransaction]:
    """Read every row after the header row (each on its own; see the module docstring)."""
    records, errors, found = read_rows(rows, HEADERS, "transactions", read_row)
    return Reading(records, sort_errors(errors), [], found)


def read_row(
    row_number: int, cells: Mapping[str, object]
) -> tuple[SheetTransaction | None, list[RowError]]:
    reader = RowReader(row_number, cells)
    errors = reader.errors

    def fail(header: str, message: str) -> None:
        errors.append(RowError(row_number, header, message))

    on = reader.cell("Date", read_date, None)
    if on is None and "Date" not in reader.unreadable:
        fail("Date", f"Enter the date, {DATE_FORMAT_HINT}")
    word = reader.text("Type").strip().lower()
    kind = _TYPE_BY_WORD.get(word, "")
    if not kind:
        fail("Type", "Choose one of " + ", ".join(TYPES.values()))
    number = reader.text("Number").strip().upper()
    if not number:
        fail("Number", "Give the document's number")
    code = reader.text("Customer code").strip().upper()
    if not code:
        fail("Customer code", "Give the customer's code")
    amounts = {h: reader.cell(h, read_money, 0) for h in ("Taxable value", "GST", "Total")}
    for header, paise in amounts.items():
        if paise < 0:
            fail(header, "Amounts cannot be negative")
    taxable, gst, total = amounts["Taxable value"], amounts["GST"], amounts["Total"]
    if total == 0 and "Total" not in reader.unreadable:
        fail("Total", "Enter the total in rupees, above 0")
    if kind in TAXED and total > 0 and taxable >= 0 and gst >= 0 and taxable + gst != total:
        fail("Total", "Total must be Taxable value + GST")
    if kind in UNTAXED and (taxable or gst):
        fail(
            "Taxable value" if taxable else "GST",
            "Leave blank for receipts, refunds and opening credits",
        )
    if kind == "opening_bill" and (taxable or gst) and taxable + gst != total:
        fail("Total", "Total must be Taxable value + GST (or leave both blank)")
    due = reader.cell("Due date", read_date, None)
    if due is not None and on is not None and due < on:
        fail("Due date", "The due date cannot be before the date")
    if due is not None and kind and kind not in DUE:
        fail("Due date", "Only invoices, debit notes and opening bills have a due date")
    mode_word = reader.text("Mode").strip().lower()
    mode = MODES.get(mode_word or "cash", "") if kind in MONEY_MOVES else ""
    if kind in MONEY_MOVES and not mode:
        fail("Mode", "Choose Cash, UPI, Card, Bank or Cheque")
    against = reader.text("Against number").strip().upper()
    if kind == "credit_note" and not against:
        fail("Against number", "Give the invoice this credit note reduces")
    if against and kind in ("invoice", "opening_bill", "opening_credit", "refund"):
        label = TYPES[kind].lower()
        article = "An" if label[0] in "aeiou" else "A"
        fail("Against number", f"{article} {label} is not against another document")
    if errors or on is None:
        return None, sort_errors(errors)
    record = SheetTransaction(
        row_number,
        on,
        kind,
        number,
        code,
        taxable,
        gst,
        total,
        due,
        mode,
        reader.text("Reference").strip(),
        against,
        reader.text("Notes").strip(),
    )
    return record, []
