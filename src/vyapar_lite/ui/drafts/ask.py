"""Asking before typed work is thrown away: "Keep" is the default button (Enter and Esc keep),
"Discard" has to be chosen. One question for every document and master form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

ASK_NAME = "drafts.ask"
CONTEXT = "ask"
# the forms' nouns (DraftForm.noun, CheckedForm's and GuardedDialog's `noun`): kept in English,
# said in the screens' language inside the question
NOUNS = (
    QT_TRANSLATE_NOOP("ask", "invoice"),
    QT_TRANSLATE_NOOP("ask", "sale order"),
    QT_TRANSLATE_NOOP("ask", "receipt"),
    QT_TRANSLATE_NOOP("ask", "customer"),
    QT_TRANSLATE_NOOP("ask", "item"),
    QT_TRANSLATE_NOOP("ask", "credit note"),
    QT_TRANSLATE_NOOP("ask", "debit note"),
    QT_TRANSLATE_NOOP("ask", "financial credit note"),
    QT_TRANSLATE_NOOP("ask", "purchase bill"),
    QT_TRANSLATE_NOOP("ask", "payment out"),
    QT_TRANSLATE_NOOP("ask", "refund"),
)


def said_noun(noun: str) -> str:
    """A form's noun ("invoice") in the screens' language."""
    return QCoreApplication.translate("ask", noun)


def question(
    parent: QWidget | None,
    name: str,
    *,
    title: str,
    text: str,
    detail: str,
    default: str,
    other: str,
    safe_name: str = "keep",
) -> QMessageBox:
    """A question whose safe answer (`default`, object name `<name>.<safe_name>`) is taken by
    Enter and Esc; `other` (`<name>.discard`) must be chosen."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    safe = box.addButton(default, QMessageBox.ButtonRole.AcceptRole)
    safe.setObjectName(f"{name}.{safe_name}")
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
    shown = said_noun(noun)
    return question(
        parent,
        ASK_NAME,
        title=QCoreApplication.translate("ask", "Keep this {noun}?").format(noun=shown),
        text=said
        or QCoreApplication.translate("ask", "The {noun} being typed is not saved.").format(
            noun=shown
        ),
        detail=QCoreApplication.translate(
            "ask", "Keep it to go on with it, or discard it. A discarded {noun} is gone for good."
        ).format(noun=shown),
        default=QCoreApplication.translate("ask", "&Keep it"),
        other=QCoreApplication.translate("ask", "&Discard"),
    )


def wants_discard(parent: QWidget | None, noun: str, said: str = "") -> bool:
    """True only when the shopkeeper chose Discard; Enter, Esc or closing the question keep.
    `said` replaces the first line ("The invoice being typed is not saved.")."""
    return chose_discard(discard_box(parent, noun, said))
