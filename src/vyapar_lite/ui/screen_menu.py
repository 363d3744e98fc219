"""A main-window menu for a screen that is built only when first needed: its keys work from every
screen, and pressing one shows the screen and calls one of its methods."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

# (object name, menu text (marked QT_TRANSLATE_NOOP("menus", ...), translated here), shortcuts:
# the first is shown in the menu, the screen's method)
MenuEntry = tuple[str, str, tuple[str, ...], str]


def add_screen_menu(
    window: QMainWindow,
    title: str,
    name: str,
    entries: Sequence[MenuEntry],
    *,
    screen: Callable[[], QWidget],
    show: Callable[[], None],
    customer: Callable[[], str] | None = None,
    for_customer: frozenset[str] = frozenset(),
) -> QMenu:
    """A menu (before Help, when there is one) whose actions show `screen()` and call a method.
    The methods in `for_customer` are given the code of the customer whose page is on show
    (`customer()`, "" for none), so Ctrl+I on a customer's page starts their invoice."""
    menu = QMenu(QCoreApplication.translate("menus", title), window)
    menu.setObjectName(name)
    for object_name, text, keys, method in entries:
        action = QAction(QCoreApplication.translate("menus", text), window)
        action.setObjectName(object_name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        who = customer if method in for_customer else None
        action.triggered.connect(_runner(screen, show, method, who))
        menu.addAction(action)
    bar = window.menuBar()
    actions = bar.actions()
    if actions and actions[-1].text() == QCoreApplication.translate("main_window", "&Help"):
        bar.insertMenu(actions[-1], menu)
    else:
        bar.addMenu(menu)
    return menu


def _runner(
    screen: Callable[[], QWidget],
    show: Callable[[], None],
    method: str,
    customer: Callable[[], str] | None = None,
) -> Callable[..., None]:
    def run(*_args: object) -> None:
        code = customer() if customer is not None else ""  # read before the screen changes
        show()
        if code:
            getattr(screen(), method)(code)
        else:
            getattr(screen(), method)()

    return run
