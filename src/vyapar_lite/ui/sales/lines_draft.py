"""What a kept draft of a form with lines holds (the invoice and the sale order): the customer,
the fields as typed and the lines as typed; and putting it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.sales.customer_picker import CustomerPicker
from vyapar_lite.ui.sales.line_grid import LineGrid


def summary(noun: str, picker: CustomerPicker, grid: LineGrid) -> str:
    """ "an invoice for Asha Verma (2 lines)"."""
    account = picker.account
    who = account.details.name if account is not None else picker.edit.text().strip()
    lines = len(grid.typed_rows())
    for_whom, alone = _SUMMARIES[noun]
    said = QCoreApplication.translate("lines_draft", for_whom if who else alone)
    return said.format(who=who, lines=counted(lines, "line"))


# a kept draft's name in the next start's offer, by the form's noun
_SUMMARIES = {
    "invoice": (
        QT_TRANSLATE_NOOP("lines_draft", "an invoice for {who} ({lines})"),
        QT_TRANSLATE_NOOP("lines_draft", "an invoice ({lines})"),
    ),
    "sale order": (
        QT_TRANSLATE_NOOP("lines_draft", "a sale order for {who} ({lines})"),
        QT_TRANSLATE_NOOP("lines_draft", "a sale order ({lines})"),
    ),
}


def payload(form: QWidget, picker: CustomerPicker, grid: LineGrid) -> dict[str, Any]:
    return {
        "customer": picker.code(),
        "fields": form_state.values(form, skip=[picker.edit]),
        "lines": grid.typed_rows(),
    }


def show(form: QWidget, picker: CustomerPicker, grid: LineGrid, kept: dict[str, Any]) -> None:
    """The customer first (choosing one sets prices and fields), then the fields, then lines."""
    code = kept.get("customer")
    if isinstance(code, str) and code:
        picker.set_code(code)
    fields = kept.get("fields")
    if isinstance(fields, dict):
        form_state.restore(form, fields, skip=[picker.edit])
    lines = kept.get("lines")
    if isinstance(lines, list):
        grid.show_typed_rows([row for row in lines if isinstance(row, dict)])
