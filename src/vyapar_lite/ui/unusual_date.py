"""Asking the user to confirm a far-off document date before a form posts it again confirmed.

Every document form (invoice, notes, order, receipt) posts through `post_confirming`: the service
refuses an unusual date with `UnusualDate` (`domain.document_dates`); the user is asked, and the
document is posted again with `confirm_unusual_date`. A "No" leaves nothing saved and puts the
reason beside the date like any other ValidationError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vyapar_lite.domain.document_dates import UnusualDate
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import app_lock, closed_days
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.lock.lock_dialog import typed_password

T = TypeVar("T")


def ask(parent: QWidget, reason: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("unusual_date", "Check the date"),
        QCoreApplication.translate(
            "unusual_date", "{reason}\n\nSave the document with this date?"
        ).format(reason=shown(reason)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def post_confirming(parent: QWidget, post: Callable[[bool], T]) -> T:
    """`post(False)`; on an unusual date ask, then `post(True)`. Raises ValidationError (nothing
    saved) when the user does not confirm. A cash document dated on a day closed at the daily
    closing (`closed_days.ClosedDay`) is posted again once the owner types the app password."""
    try:
        return _owner_confirming(parent, lambda: post(False))
    except UnusualDate as exc:
        if not ask(parent, exc.reason):
            field = exc.errors[0].field
            raise ValidationError(
                FieldError(field, f"Not saved: {exc.reason} Correct the date or confirm it.")
            ) from None
    return _owner_confirming(parent, lambda: post(True))


def _confirm_closed_day(parent: QWidget, reason: str) -> bool:
    """With no app password set there is no owner's password to type: ask plainly instead."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("unusual_date", "The day's cash is closed"),
        QCoreApplication.translate(
            "unusual_date",
            "{reason}\n\nNo app password is set. Save the document on the closed day anyway?",
        ).format(reason=reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _owner_confirming(parent: QWidget, post: Callable[[], T]) -> T:
    try:
        return post()
    except closed_days.ClosedDay as exc:
        reason = exc.errors[0].message
        if not app_lock.is_set() and not _confirm_closed_day(parent, reason):
            raise
        password = typed_password(
            parent,
            QCoreApplication.translate("unusual_date", "{reason}\n\nType the app password.").format(
                reason=shown(reason)
            ),
        )
        if password is None:
            raise
    with closed_days.owner_allows(password):
        return post()
