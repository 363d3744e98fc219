"""The sale-order, purchase-bill and payment-out windows are on the one document-window base: a
title, a red banner once cancelled, the buttons named `<window>.<key>` with Close last, and Esc
closes them at once (nothing is typed in them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from payment_builders import invoice, supplier
from sales_factories import SalesShop, stock_the_shop
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import items, orders, payments
from vyapar_lite.services.orders import OrderDraft
from vyapar_lite.services.payments import BillDraft, SupplierPaymentDraft
from vyapar_lite.ui.document_window import DocumentWindow
from vyapar_lite.ui.payments.outgoing_views import BillDialog, ContraDialog, PaymentDialog
from vyapar_lite.ui.sales.order_dialog import OrderDialog
from vyapar_lite.ui.sales.reason_dialog import ReasonDialog


@pytest.fixture
def stocked(shop_file: Path) -> SalesShop:
    return stock_the_shop()


def give_reason(reason: str) -> None:
    """When the reason dialog opens: type `reason` and press OK."""

    def fill() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, ReasonDialog)
        modal.reason_edit.setText(reason)
        modal.ok_button.click()

    QTimer.singleShot(50, fill)


def button_names(window: DocumentWindow) -> list[str]:
    return [b.objectName() for b in window.findChildren(QPushButton) if b.objectName()]


def esc_closes(qtbot: QtBot, window: DocumentWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_sale_order_window_cancelled_from_its_button(qtbot: QtBot, stocked: SalesShop) -> None:
    d = items.get_item("RICE5").details
    line = LineInput(d.name, 2000, d.sale_price, d.gst_rate_bp, item_code="RICE5")
    order = orders.create_order(OrderDraft(stocked.dealer, date.today(), [line]))
    window = OrderDialog(order.number)
    qtbot.addWidget(window)
    assert isinstance(window, DocumentWindow)
    assert button_names(window) == ["order.view.convert", "order.view.cancel", "order.view.close"]
    assert not window.status.isVisibleTo(window)  # no banner while it is open
    give_reason("Customer changed their mind")
    window.buttons["cancel"].click()
    assert orders.get_order(order.number).status == "cancelled"
    assert window.status.text() == "CANCELLED — Customer changed their mind"
    assert window.status.isVisibleTo(window)
    assert not window.buttons["convert"].isEnabled()
    esc_closes(qtbot, window)


def test_purchase_bill_and_payment_out_windows(qtbot: QtBot, shop_file: Path) -> None:
    code = supplier("Gupta Electricals")
    bill = payments.record_bill(
        BillDraft(code, "GE/301", date(2026, 5, 12), taxable=500000, gst=0, total=500000)
    )
    paid = payments.record_supplier_payment(
        SupplierPaymentDraft(code, date(2026, 5, 20), 200000, allocations={bill.number: 200000})
    )
    pay_window = PaymentDialog(paid.number)
    qtbot.addWidget(pay_window)
    assert isinstance(pay_window, DocumentWindow)
    assert button_names(pay_window) == [
        "paymentView.reallocate",
        "paymentView.cancel",
        "paymentView.close",
    ]
    give_reason("Paid twice by mistake")
    pay_window.buttons["cancel"].click()
    assert payments.get_payment(paid.number).status == "cancelled"
    assert pay_window.status.text() == "CANCELLED — Paid twice by mistake"
    esc_closes(qtbot, pay_window)

    bill_window = BillDialog(bill.number)
    qtbot.addWidget(bill_window)
    assert button_names(bill_window) == ["billView.cancel", "billView.close"]
    give_reason("Supplier sent it twice")
    bill_window.buttons["cancel"].click()
    assert payments.get_bill(bill.number).status == "cancelled"
    assert bill_window.status.text() == "CANCELLED — Supplier sent it twice"
    assert not bill_window.buttons["cancel"].isEnabled()
    esc_closes(qtbot, bill_window)


def test_a_contra_window_cancelled_then_refused(
    qtbot: QtBot, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelling from the window says changed() and shows the red banner; a cancellation the
    service refuses says why under "Not cancelled" and changes nothing."""
    code = supplier("Gupta Electricals", billing_address="4 Lamington Rd", state_code="27")
    invoice(code, 300000)
    payments.record_bill(
        BillDraft(code, "GE/301", date(2026, 5, 12), taxable=200000, gst=0, total=200000)
    )
    contra = payments.post_contra(code, date(2026, 5, 25))
    window = ContraDialog(contra.number)
    qtbot.addWidget(window)
    assert button_names(window) == ["contraView.cancel", "contraView.close"]
    assert window.status.text() == "Posted"
    changes: list[bool] = []
    window.changed.connect(lambda: changes.append(True))
    assert window.cancel_contra("Set off by mistake")
    assert payments.get_contra(contra.number).status == "cancelled"
    assert window.status.text() == "CANCELLED — Set off by mistake"
    assert not window.buttons["cancel"].isEnabled()
    assert changes == [True]

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: said.append((title, text)))
    assert not window.cancel_contra("Again")
    assert [title for title, _ in said] == ["Not cancelled"]
    assert said[0][1]  # the service's reason
    assert payments.get_contra(contra.number).cancel_reason == "Set off by mistake"
    assert changes == [True]
