"""The Help window: the keys of the current screen, or the getting-started page (both offline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from vyapar_lite.ui.help import sheets


class HelpWindow(QDialog):
    """One window for both pages; `show_keys(screen)` or `show_getting_started()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.resize(640, 560)
        self.text = QTextBrowser()
        self.text.setObjectName("help.text")
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.start_button = buttons.addButton(
            QCoreApplication.translate("help_window", "Getting started"),
            QDialogButtonBox.ButtonRole.HelpRole,
        )
        self.start_button.clicked.connect(self.show_getting_started)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def show_keys(self, screen: str) -> None:
        self.setWindowTitle(QCoreApplication.translate("help_window", "Keyboard shortcuts"))
        self.text.setHtml(sheets.shortcuts_html(screen))
        self._bring_up()

    def show_getting_started(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("help_window", "Getting started"))
        self.text.setHtml(sheets.getting_started_html())
        self._bring_up()

    def _bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
