"""What a kept draft of the receipt form holds: the customer, the fields as typed and, when the
shopkeeper split the money by hand, each invoice's allocation and write-off; and putting it
back (the customer first: choosing one lists their open invoices)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.payments.allocation_table import ALLOCATE, WRITE_OFF, AllocationTable

if TYPE_CHECKING:
    from vyapar_lite.ui.payments.receipt_form import ReceiptForm


def summary(form: ReceiptForm) -> str:
    account = form.picker.account
    who = f" from {account.details.name}" if account is not None else ""
    amount = form.amount_edit.text().strip()
    return f"a receipt{who}" + (f" of ₹{amount}" if amount else "")


def payload(form: ReceiptForm) -> dict[str, Any]:
    kept: dict[str, Any] = {
        "customer": form.picker.code(),
        "fields": form_state.values(form, skip=[form.picker.edit]),
        "auto": form.auto,
    }
    if not form.auto:
        table = form.table
        kept["split"] = {
            doc.number: [_text(table, row, c) for c in (ALLOCATE, WRITE_OFF)]
            for row, doc in enumerate(table.documents)
        }
    return kept


def _text(table: AllocationTable, row: int, column: int) -> str:
    cell = table.item(row, column)
    return cell.text() if cell is not None else ""


def show(form: ReceiptForm, kept: dict[str, Any]) -> None:
    code = kept.get("customer")
    if isinstance(code, str) and code:
        form.picker.set_code(code)
    fields = kept.get("fields")
    if isinstance(fields, dict):
        form_state.restore(form, fields, skip=[form.picker.edit])
    split = kept.get("split")
    if not kept.get("auto", True) and isinstance(split, dict):
        for number, cells in split.items():
            if form.table.row_of(number) < 0 or not isinstance(cells, list):
                continue
            for column, text in zip((ALLOCATE, WRITE_OFF), cells, strict=False):
                if isinstance(text, str):
                    form.table.set_amount(number, text, column)
        form.auto = False
    form.refresh_preview()
