"""Reconciled entries of a bank account, to un-tick one ticked by mistake.

The latest reconciled entries are read off the UI thread; "Un-tick selected" takes their marks
off (`bank_reconciliation.untick`: one transaction with its audit row) and says which were
unticked (`unticked`), so the reconciliation screen lists them as not reconciled again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import bank_reconciliation as rec
from vyapar_lite.services.bank_reconciliation import BookItem
from vyapar_lite.ui import tasks
from vyapar_lite.ui.closing.entry_tables import fill, money, table
from vyapar_lite.ui.language import stored_text

LIST_AT_MOST = 2000
ERROR_COLOUR = "#b00020"


class UntickDialog(QDialog):
    loaded = Signal()  # the list is filled in
    unticked = Signal(object)  # list[BookItem]: the entries no longer reconciled

    def __init__(self, account_id: int, account_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcile.untick_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("untick_dialog", "Reconciled entries: {account}").format(
                account=account_label
            )
        )
        self.account_id = account_id
        self.items: list[BookItem] = []
        self._task: tasks.Task | None = None
        hint = QLabel(
            QCoreApplication.translate(
                "untick_dialog",
                "Entries ticked as in the passbook. Select one ticked by mistake and un-tick it: "
                "it is listed as not reconciled again.",
            )
        )
        hint.setWordWrap(True)
        self.table = table(
            "reconcile.reconciled",
            [
                QCoreApplication.translate("untick_dialog", "Bank date"),
                QCoreApplication.translate("untick_dialog", "Date"),
                QCoreApplication.translate("untick_dialog", "Document"),
                QCoreApplication.translate("untick_dialog", "Description"),
                QCoreApplication.translate("untick_dialog", "In"),
                QCoreApplication.translate("untick_dialog", "Out"),
            ],
            3,
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.message = QLabel()
        self.message.setObjectName("reconcile.untick_message")
        self.message.setWordWrap(True)
        self.untick_button = QPushButton(
            QCoreApplication.translate("untick_dialog", "Un-tick selected")
        )
        self.untick_button.setObjectName("reconcile.untick_selected")
        self.untick_button.clicked.connect(self.untick_selected)
        close = QPushButton(QCoreApplication.translate("untick_dialog", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.untick_button)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.resize(860, 480)
        self.reload()

    def reload(self) -> None:
        """The latest reconciled entries, read off the UI thread; `loaded` when shown."""
        account_id = self.account_id

        def work(_progress: tasks.Progress) -> list[BookItem]:
            return rec.items(account_id, reconciled=True, latest=LIST_AT_MOST)

        task = tasks.run_in_background(work)
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)
        self._task = task

    def _show(self, items: list[BookItem]) -> None:
        self.items = list(reversed(items))  # the latest tick first
        fill(
            self.table,
            [
                (
                    f"{i.bank_date:%d-%m-%Y}" if i.bank_date else "",
                    f"{i.on:%d-%m-%Y}",
                    i.doc_number,
                    stored_text(i.description, contra=i.contra),
                    money(max(i.amount, 0)),
                    money(max(-i.amount, 0)),
                )
                for i in self.items
            ],
            frozenset({4, 5}),
        )
        self.untick_button.setEnabled(bool(self.items))
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(message)

    def untick_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            self.message.setStyleSheet("")
            self.message.setText(
                QCoreApplication.translate(
                    "untick_dialog", "Select the entries ticked by mistake, then un-tick them."
                )
            )
            return
        chosen = [self.items[r] for r in rows]
        try:
            removed = rec.untick(self.account_id, [i.entry_id for i in chosen])
        except ValidationError as exc:
            self._failed(str(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(
            QCoreApplication.translate("untick_dialog", "{count} entries un-ticked.").format(
                count=removed
            )
        )
        self.unticked.emit(chosen)
        self.reload()
