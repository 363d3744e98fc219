"""The advance a customer holds is offered on their next invoice (once the invoice is saved, a
question, non-blocking, Enter says yes) and on their next receipt ("Use advance held")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vyapar_lite.domain.customer import CASH_CODE
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import payments
from vyapar_lite.services.sales import DocumentView


def offer_advance(
    parent: QWidget, doc: DocumentView, applied: Callable[[], None] | None = None
) -> QMessageBox | None:
    """Ask (window-modal, without blocking) to use the customer's advance on invoice `doc`;
    None when there is nothing to offer. `applied()` runs after the advance was used."""
    if doc.kind != "invoice" or doc.customer_code == CASH_CODE or doc.outstanding <= 0:
        return None
    held = payments.advance_available(doc.customer_code)
    if held <= 0:
        return None
    amount = min(held, doc.outstanding)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("advance_offer", "Use the advance?"),
        QCoreApplication.translate(
            "advance_offer",
            "{customer_name} holds an advance of {held} from earlier "
            "receipts.\nPut {amount} of it towards {number}?",
        ).format(
            held=format_money(held),
            amount=format_money(amount),
            customer_name=doc.customer_name,
            number=doc.number,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("payments.advanceOffer")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is None or box.standardButton(clicked) != QMessageBox.StandardButton.Yes:
            return
        try:
            payments.apply_advance(doc.customer_code, doc.number, amount, on=doc.doc_date)
        except ValidationError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("advance_offer", "Advance not used"), str(exc)
            )
            return
        if applied is not None:
            applied()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def use_advance_held(code: str, on: date) -> tuple[dict[str, int], list[FieldError]]:
    """Put the customer's advance on their open invoices, oldest due first (each one its own
    audited change): (invoice number -> paise used, the service's messages if it stopped)."""
    used: dict[str, int] = {}
    held = payments.advance_available(code)
    try:
        for number, paise in payments.auto_allocate(code, held).items():
            payments.apply_advance(code, number, paise, on=on)
            used[number] = paise
    except ValidationError as exc:
        return used, exc.errors
    return used, []
