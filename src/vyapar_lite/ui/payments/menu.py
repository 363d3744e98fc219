"""The main window's Payments menu: its keys work from every screen, and the Payments screen is
built only when one is first pressed. New receipt Ctrl+R (or F9), Refund Ctrl+Shift+R, Payment out
Ctrl+Shift+P, Purchase bill Ctrl+Shift+B, PDC register Ctrl+Shift+D, Find a payment
Ctrl+Shift+Y."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.ui.screen_menu import MenuEntry, add_screen_menu

MENU: tuple[MenuEntry, ...] = (
    (
        "action.payments.new_receipt",
        QT_TRANSLATE_NOOP("menus", "New &receipt"),
        ("Ctrl+R", "F9"),
        "new_receipt",
    ),
    (
        "action.payments.refund",
        QT_TRANSLATE_NOOP("menus", "Re&fund an advance…"),
        ("Ctrl+Shift+R",),
        "refund",
    ),
    (
        "action.payments.payment_out",
        QT_TRANSLATE_NOOP("menus", "&Payment out to a supplier…"),
        ("Ctrl+Shift+P",),
        "payment_out",
    ),
    (
        "action.payments.bill",
        QT_TRANSLATE_NOOP("menus", "Purchase &bill…"),
        ("Ctrl+Shift+B",),
        "purchase_bill",
    ),
    (
        "action.payments.pdc",
        QT_TRANSLATE_NOOP("menus", "P&DC register…"),
        ("Ctrl+Shift+D",),
        "pdc_register",
    ),
    (
        "action.payments.find",
        QT_TRANSLATE_NOOP("menus", "F&ind a payment"),
        ("Ctrl+Shift+Y",),
        "find_payment",
    ),
)


def add_payments_menu(
    window: QMainWindow,
    screen: Callable[[], QWidget],
    show: Callable[[], None],
    customer: Callable[[], str] | None = None,
) -> QMenu:
    """`customer()`: the customer whose page is on show, from whom Ctrl+R starts the receipt."""
    return add_screen_menu(
        window, QT_TRANSLATE_NOOP("menus", "&Payments"), "menu.payments", MENU,
        screen=screen, show=show, customer=customer, for_customer=frozenset({"new_receipt"}),
    )  # fmt: skip
