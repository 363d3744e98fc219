"""The main window's Sales menu: its keys work from every screen, and the Sales screen is built
only when one is first pressed. New invoice Ctrl+I (or F8), New sale order Ctrl+Shift+O (or
Alt+F8), Find a document Ctrl+Shift+F."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.ui.screen_menu import MenuEntry, add_screen_menu

MENU: tuple[MenuEntry, ...] = (
    (
        "action.sales.new_invoice",
        QT_TRANSLATE_NOOP("menus", "New &invoice"),
        ("Ctrl+I", "F8"),
        "new_invoice",
    ),
    (
        "action.sales.new_order",
        QT_TRANSLATE_NOOP("menus", "New sale &order"),
        ("Ctrl+Shift+O", "Alt+F8"),
        "new_order",
    ),
    (
        "action.sales.find",
        QT_TRANSLATE_NOOP("menus", "&Find a sales document"),
        ("Ctrl+Shift+F",),
        "find_document",
    ),
)


def add_sales_menu(
    window: QMainWindow,
    screen: Callable[[], QWidget],
    show: Callable[[], None],
    customer: Callable[[], str] | None = None,
) -> QMenu:
    """`customer()`: the customer whose page is on show, for whom Ctrl+I starts the invoice."""
    return add_screen_menu(
        window, QT_TRANSLATE_NOOP("menus", "&Sales"), "menu.sales", MENU, screen=screen, show=show,
        customer=customer, for_customer=frozenset({"new_invoice"}),
    )  # fmt: skip
