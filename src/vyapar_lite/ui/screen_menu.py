"""A main-window menu for a screen that is built only when first needed: its keys work from every
screen, and pressing one shows the screen and calls one of its methods."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

# (object name, menu text, shortcuts: the first is shown in the menu, the screen's method)
MenuEntry = tuple[str, str, tuple[str, ...], str]


def add_screen_menu(
    window: QMainWindow,
    title: str,
    name: str,
    entries: Sequence[MenuEntry],
    *,
    screen: Callable[[], QWidget],
    show: Callable[[], None],
) -> QMenu:
    """A menu (before Help, when there is one) whose actions show `screen()` and call a method."""
    menu = QMenu(title, window)
    menu.setObjectName(name)
    for object_name, text, keys, method in entries:
        action = QAction(text, window)
        action.setObjectName(object_name)
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
        getattr(screen(), method)()

    return run
