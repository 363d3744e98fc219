"""Drafts left in the shop file by a session that ended without saving them (a power cut, a
crash, the app killed): offered back when the shop opens, each on its own screen.

"You were typing an invoice for Asha Verma (2 lines) when the app closed: open it?" Open it (the
default: Enter and Esc) shows the draft on its screen to go on with; Discard removes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vyapar_lite.services import drafts
from vyapar_lite.services.drafts import KeptDraft
from vyapar_lite.ui.drafts.ask import chose_discard, question

if TYPE_CHECKING:
    from vyapar_lite.ui.main_window import MainWindow

# each kind of draft and the screen whose form shows it (`show_kept(kind, payload)`)
SCREENS = {
    "invoice": "sales",
    "order": "sales",
    "credit_note": "sales",
    "debit_note": "sales",
    "financial_note": "sales",
    "receipt": "payments",
    "bill": "payments",
    "payout": "payments",
    "refund": "payments",
    "customer": "customers",
    "item": "items",
}
OFFER_NAME = "drafts.offer"


def offer_box(parent: QWidget | None, draft: KeptDraft) -> QMessageBox:
    when = draft.updated_at.strftime("%d-%m-%Y %H:%M")
    return question(
        parent,
        OFFER_NAME,
        title=QCoreApplication.translate("recovery", "Work not saved last time"),
        text=QCoreApplication.translate(
            "recovery", "You were typing {summary} when the app closed: open it?"
        ).format(summary=draft.summary),
        detail=QCoreApplication.translate(
            "recovery", "Last typed at {when}. Nothing of it was saved to the books."
        ).format(when=when),
        default=QCoreApplication.translate("recovery", "&Open it"),
        other=QCoreApplication.translate("recovery", "&Discard it"),
        safe_name="open",
    )


def offer_kept_drafts(window: MainWindow) -> list[str]:
    """Ask about each kept draft; the kinds opened again."""
    opened: list[str] = []
    for draft in drafts.all_kept():
        screen = SCREENS.get(draft.kind)
        if screen is None:
            continue
        if chose_discard(offer_box(window, draft)):
            drafts.forget(draft.kind)
            continue
        window.show_screen(screen)
        page = window.page(screen)
        show_kept = getattr(page, "show_kept", None)
        if show_kept is not None and show_kept(draft.kind, draft.payload):
            opened.append(draft.kind)
    return opened
