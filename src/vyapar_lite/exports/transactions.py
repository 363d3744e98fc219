"""The transactions template: the empty sheet the history import starts from (the columns of
`domain.transaction_sheet`)."""

from __future__ import annotations

from pathlib import Path

from vyapar_lite.domain.transaction_sheet import COLUMNS
from vyapar_lite.exports import workbook

SHEET_TITLE = "Transactions"
_TEMPLATE_NOTES = (
    "One document per row on the Transactions sheet; keep row 1 (the headers) as it is.",
    "Type is Invoice, Receipt, Credit note, Debit note, Refund, Opening bill or Opening credit. "
    "Amounts are "
    "rupees; dates dd-mm-yyyy. The customers must already be in the shop (import them first).",
    "Every document keeps its own number, which must not be used by anything in the shop. The "
    "app's own series continue after imported numbers of its shape (INV/2026-27/0042).",
    "A receipt settles its Against number first, then the customer's oldest due bills; what is "
    "left is the customer's advance. Opening bills are what customers owed before the shop "
    "started using the app, bill by bill; an Opening credit is what a customer had paid ahead "
    "before then (a Total, no Taxable value, GST or Against number): it is their "
    "advance, which later receipts' open bills and refunds use like any other.",
    "Nothing is imported while any row has a problem: the import lists every row and column "
    "to fix.",
    "Import from the Payments screen (Import history), or: "
    "vyapar-lite-cli import transactions FILE.xlsx",
)


def write_template(path: Path) -> None:
    """The import template: the header row alone on the first sheet, and a sheet of notes."""
    workbook.write_template(path, SHEET_TITLE, COLUMNS, _TEMPLATE_NOTES)
