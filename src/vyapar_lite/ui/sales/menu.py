"""The main window's Sales menu: its keys work from every screen, and the Sales screen is built
only when one is first pressed. New invoice Ctrl+I (or F8), New sale order Ctrl+Shift+O (or
Alt+F8), Find a document Ctrl+Shift+F."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from vyapar_lite.ui.sales.sales_screen import SalesScreen

# (object name, menu text, shortcuts: the first is shown in the menu, SalesScreen method)
MENU = (
    ("action.sales.new_invoice", "New &invoice", ("Ctrl+I", "F8"), "new_invoice"),
    ("action.sales.new_order", "New sale &order", ("Ctrl+Shift+O", "Alt+F8"), "new_order"),
    ("action.sales.find", "&Find a sales document", ("Ctrl+Shift+F",), "find_document"),
)


def add_sales_menu(
    window: QMainWindow, screen: Callable[[], QWidget], show: Callable[[], None]
) -> QMenu:
    """A Sales menu (before Help, when there is one) for `screen()`, shown by `show()` first."""
    menu = QMenu("&Sales", window)
    menu.setObjectName("menu.sales")
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
        sales: SalesScreen = screen()  # type: ignore[assignment]
        getattr(sales, method)()

    return run
