"""Opening a document or sale order by its number, in a window of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import doc_series
from vyapar_lite.ui.language import said
from vyapar_lite.ui.sales.document_dialog import DocumentDialog
from vyapar_lite.ui.sales.order_dialog import ConvertHandler, OrderDialog


def is_order(number: str, kind: str = "") -> bool:
    if kind:
        return kind == "order"
    return doc_series.kind_of_number(number) == "order"


def open_document(
    number: str,
    parent: QWidget | None,
    *,
    kind: str = "",
    on_change: Callable[[], None] | None = None,
    on_convert: ConvertHandler | None = None,
) -> QDialog | None:
    """Show the invoice, note or order `number` (non-modal); None (after saying so) if missing.
    Receipts, payments, purchase bills and contras open in the payments windows."""
    from vyapar_lite.ui.payments.opener import is_payment, open_payment

    if is_payment(number, kind):
        return open_payment(number, parent, kind=kind, on_change=on_change)
    dialog: DocumentDialog | OrderDialog
    try:
        if is_order(number, kind):
            dialog = OrderDialog(number, parent, on_convert=on_convert)
        else:
            dialog = DocumentDialog(number, parent)
    except ValidationError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("opener", "Not found"), said(exc))
        return None
    if on_change is not None:
        dialog.changed.connect(on_change)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
