"""Opening a payments document by its number (RCT, WO, PAY, PB, CON), in a window of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.ui.payments.labels import PAYMENT_KINDS, kind_of_number


def is_payment(number: str, kind: str = "") -> bool:
    """A number the payments windows open (by its kind when known, else by its prefix)."""
    return kind in PAYMENT_KINDS if kind else bool(kind_of_number(number))


def window_for(number: str, kind: str = "", parent: QWidget | None = None) -> QDialog:
    """The window for `number` (not shown); raises ValidationError when there is no such one."""
    from vyapar_lite.ui.payments.outgoing_views import BillDialog, ContraDialog, PaymentDialog
    from vyapar_lite.ui.payments.receipt_view import ReceiptDialog

    kind = kind or kind_of_number(number)
    if kind == "purchase_bill":
        return BillDialog(number, parent)
    if kind == "contra":
        return ContraDialog(number, parent)
    if kind in ("refund", "supplier"):
        return PaymentDialog(number, parent)
    return ReceiptDialog(number, parent)


def open_payment(
    number: str,
    parent: QWidget | None,
    *,
    kind: str = "",
    on_change: Callable[[], None] | None = None,
) -> QDialog | None:
    """Show the receipt, payment, bill or contra `number` (non-modal); None (after saying so)
    when there is none."""
    try:
        dialog = window_for(number, kind, parent)
    except ValidationError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("opener", "Not found"), str(exc))
        return None
    if on_change is not None:
        dialog.changed.connect(on_change)  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
