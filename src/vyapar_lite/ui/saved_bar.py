"""The bar a document form shows once the document is saved: what was saved, and what next
(print, PDF, an 80 mm slip, open it, the next one). The forms say what the saved text is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SavedBar(QFrame):
    """`key` names the widgets ("sales" -> "sales.savedBar", "sales.print", ...); `slip_name`
    is the 80 mm slip button's name after the key."""

    def __init__(
        self, key: str, next_text: str, slip_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}.savedBar")
        green = "background: #e6f4ea; border: 1px solid #9cd3ae;"
        self.setStyleSheet(f"#{key}\\.savedBar {{ {green} }}")
        self.label = QLabel()
        self.label.setObjectName(f"{key}.saved")
        self.label.setWordWrap(True)
        self.print_button = QPushButton(
            QCoreApplication.translate("saved_bar", "&Print…  (Ctrl+P)")
        )
        self.print_button.setObjectName(f"{key}.print")
        self.pdf_button = QPushButton(
            QCoreApplication.translate("saved_bar", "Save P&DF…  (Ctrl+Shift+S)")
        )
        self.pdf_button.setObjectName(f"{key}.pdf")
        self.slip_button = QPushButton(QCoreApplication.translate("saved_bar", "Receipt &80 mm…"))
        self.slip_button.setObjectName(f"{key}.{slip_name}")
        self.open_button = QPushButton(QCoreApplication.translate("saved_bar", "&Open"))
        self.open_button.setObjectName(f"{key}.open_saved")
        self.next_button = QPushButton(next_text)
        self.next_button.setObjectName(f"{key}.next")
        self.buttons = [
            self.print_button,
            self.pdf_button,
            self.slip_button,
            self.open_button,
            self.next_button,
        ]
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        for button in self.buttons:
            row.addWidget(button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self.next_button.setFocus()
