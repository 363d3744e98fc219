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

T = TypeVar("T")


def ask(parent: QWidget, reason: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("unusual_date", "Check the date"),
        QCoreApplication.translate(
            "unusual_date", "{reason}\n\nSave the document with this date?"
        ).format(reason=reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def post_confirming(parent: QWidget, post: Callable[[bool], T]) -> T:
    """`post(False)`; on an unusual date ask, then `post(True)`. Raises ValidationError (nothing
    saved) when the user does not confirm."""
    try:
        return post(False)
    except UnusualDate as exc:
        if not ask(parent, exc.reason):
            field = exc.errors[0].field
            raise ValidationError(
                FieldError(field, f"Not saved: {exc.reason} Correct the date or confirm it.")
            ) from None
    return post(True)
