"""Asking before typed work is thrown away: "Keep" is the default button (Enter and Esc keep),
"Discard" has to be chosen. One question for every document and master form."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

ASK_NAME = "drafts.ask"


def question(
    parent: QWidget | None,
    name: str,
    *,
    title: str,
    text: str,
    detail: str,
    default: str,
    other: str,
) -> QMessageBox:
    """A question whose safe answer (`default`, object name `<name>.<first word>`) is taken by
    Enter and Esc; `other` (`<name>.discard`) must be chosen."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    safe = box.addButton(default, QMessageBox.ButtonRole.AcceptRole)
    safe.setObjectName(f"{name}.{default.strip('&').split()[0].lower()}")
    discard = box.addButton(other, QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName(f"{name}.discard")
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    return box


def chose_discard(box: QMessageBox) -> bool:
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == f"{box.objectName()}.discard"


def discard_box(parent: QWidget | None, noun: str, said: str = "") -> QMessageBox:
    """The question, not yet shown (tests and screenshots open it themselves)."""
    return question(
        parent,
        ASK_NAME,
        title=f"Keep this {noun}?",
        text=said or f"The {noun} being typed is not saved.",
        detail=f"Keep it to go on with it, or discard it. A discarded {noun} is gone for good.",
        default="&Keep it",
        other="&Discard",
    )


def wants_discard(parent: QWidget | None, noun: str, said: str = "") -> bool:
    """True only when the shopkeeper chose Discard; Enter, Esc or closing the question keep.
    `said` replaces the first line ("The invoice being typed is not saved.")."""
    return chose_discard(discard_box(parent, noun, said))
