"""The main window's Payments menu: its keys work from every screen, and the Payments screen is
built only when one is first pressed. New receipt Ctrl+R (or F9), Refund Ctrl+Shift+R, Payment out
Ctrl+Shift+P, Purchase bill Ctrl+Shift+B, PDC register Ctrl+Shift+D, Find a payment
Ctrl+Shift+Y."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from vyapar_lite.ui.payments.payments_screen import PaymentsScreen

# (object name, menu text, shortcuts: the first is shown in the menu, PaymentsScreen method)
MENU = (
    ("action.payments.new_receipt", "New &receipt", ("Ctrl+R", "F9"), "new_receipt"),
    ("action.payments.refund", "Re&fund an advance…", ("Ctrl+Shift+R",), "refund"),
    (
        "action.payments.payment_out",
        "&Payment out to a supplier…",
        ("Ctrl+Shift+P",),
        "payment_out",
    ),
    ("action.payments.bill", "Purchase &bill…", ("Ctrl+Shift+B",), "purchase_bill"),
    ("action.payments.pdc", "P&DC register…", ("Ctrl+Shift+D",), "pdc_register"),
    ("action.payments.find", "F&ind a payment", ("Ctrl+Shift+Y",), "find_payment"),
)


def add_payments_menu(
    window: QMainWindow, screen: Callable[[], QWidget], show: Callable[[], None]
) -> QMenu:
    """A Payments menu (before Help, when there is one) for `screen()`, shown by `show()` first."""
    menu = QMenu("&Payments", window)
    menu.setObjectName("menu.payments")
    for name, text, keys, method in MENU:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(_runner(screen, show, method))
        menu.addAction(action)
    bar = window.menuBar()
    actions = bar.actions()
    if actions and actions[-1].text() == "&Help":
        bar.insertMenu(actions[-1], menu)
    else:
        bar.addMenu(menu)
    return menu


def _runner(
    screen: Callable[[], QWidget], show: Callable[[], None], method: str
) -> Callable[..., None]:
    def run(*_args: object) -> None:
        show()
        payments_screen: PaymentsScreen = screen()  # type: ignore[assignment]
        getattr(payments_screen, method)()

    return run
