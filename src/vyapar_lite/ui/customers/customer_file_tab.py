"""The customer's file: dated notes, feedback (open/resolved) and follow-ups with due dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import customer_file, reminders
from vyapar_lite.ui.language import said
from vyapar_lite.ui.widgets import DateEdit, FieldBox

SHOWN_REMINDERS = 5
KINDS = (
    (QT_TRANSLATE_NOOP("customer_file_tab", "Note"), "note"),
    (QT_TRANSLATE_NOOP("customer_file_tab", "Compliment"), "compliment"),
    (QT_TRANSLATE_NOOP("customer_file_tab", "Complaint"), "complaint"),
    (QT_TRANSLATE_NOOP("customer_file_tab", "Follow-up"), "follow_up"),
)


class FileEntryDialog(QDialog):
    """Add one entry to the customer's file."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileEntryDialog")
        self.setWindowTitle(
            QCoreApplication.translate("customer_file_tab", "Add to {code}'s file").format(
                code=code
            )
        )
        self.code = code
        self.kind = QComboBox()
        self.kind.setObjectName("fileEntry.kind")
        for label, value in KINDS:
            self.kind.addItem(QCoreApplication.translate("customer_file_tab", label), value)
        self.entry_date = DateEdit()
        self.entry_date.setObjectName("fileEntry.date")
        self.due_date = DateEdit()
        self.due_date.setObjectName("fileEntry.due")
        self.text = QPlainTextEdit()
        self.text.setObjectName("fileEntry.text")
        self.text.setTabChangesFocus(True)
        self.text_box = FieldBox("fileEntry.text", self.text)
        self.due_box = FieldBox("fileEntry.due", self.due_date)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("customer_file_tab", "Kind"), self.kind)
        form.addRow(QCoreApplication.translate("customer_file_tab", "Date"), self.entry_date)
        form.addRow(QCoreApplication.translate("customer_file_tab", "Due on"), self.due_box)
        form.addRow(QCoreApplication.translate("customer_file_tab", "Text"), self.text_box)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.due_box.setVisible(self.kind.currentData() == "follow_up")

    def save(self) -> None:
        kind = str(self.kind.currentData())
        text = self.text.toPlainText()
        on = self.entry_date.date_value()
        try:
            if kind == "note":
                customer_file.add_note(self.code, text, entry_date=on)
            elif kind == "follow_up":
                customer_file.add_follow_up(
                    self.code, text, self.due_date.date_value(), entry_date=on
                )
            else:
                customer_file.add_feedback(self.code, text, kind, entry_date=on)
        except ValidationError as exc:
            self.text_box.set_error(exc.for_field("text"))
            self.due_box.set_error(exc.for_field("due_date"))
            other = [e.message for e in exc.errors if e.field not in ("text", "due_date")]
            if other:
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("customer_file_tab", "Not saved"),
                    "\n".join(other),
                )
            return
        self.accept()


class CustomerFileTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer.file")
        self.code = ""
        self.search = QLineEdit()
        self.search.setObjectName("customer.file.search")
        self.search.setPlaceholderText(
            QCoreApplication.translate("customer_file_tab", "Search the file…")
        )
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.add_button = QPushButton(
            QCoreApplication.translate("customer_file_tab", "Add note, feedback or follow-up…")
        )
        self.add_button.setObjectName("customer.file.add")
        self.add_button.clicked.connect(self.add_entry)
        self.done_button = QPushButton(
            QCoreApplication.translate("customer_file_tab", "Mark resolved / done")
        )
        self.done_button.setObjectName("customer.file.done")
        self.done_button.clicked.connect(self.mark_done)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("customer.file.table")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("customer_file_tab", "Date"),
                QCoreApplication.translate("customer_file_tab", "Kind"),
                QCoreApplication.translate("customer_file_tab", "Status"),
                QCoreApplication.translate("customer_file_tab", "Due"),
                QCoreApplication.translate("customer_file_tab", "Text"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(
            QCoreApplication.translate("customer_file_tab", "Nothing in this customer's file yet.")
        )
        self.reminders = QLabel()
        self.reminders.setObjectName("customer.file.reminders")
        self.reminders.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.reminders)
        self._ids: list[int] = []

    def show_customer(self, code: str) -> None:
        self.code = code
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        entries = customer_file.entries(self.code, search=self.search.text())
        self._ids = [e.id for e in entries]
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            cells = (
                e.entry_date.strftime("%d-%m-%Y"),
                e.kind_label,
                e.status.title() if e.status else "",
                e.due_date.strftime("%d-%m-%Y") if e.due_date else "",
                e.text,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not entries)
        self._show_reminders()

    def _show_reminders(self) -> None:
        """The latest reminders sent (the whole log is in the customer's data export)."""
        sent = reminders.reminders_of(self.code) if self.code else []
        lines = [
            r.summary
            + (
                " "
                + QCoreApplication.translate("customer_file_tab", "({amount} due)").format(
                    amount=format_money(r.amount_due)
                )
                if r.amount_due
                else ""
            )
            for r in sent[:SHOWN_REMINDERS]
        ]
        if len(sent) > SHOWN_REMINDERS:
            lines.append(
                QCoreApplication.translate("customer_file_tab", "and {count:,} earlier").format(
                    count=len(sent) - SHOWN_REMINDERS
                )
            )
        heading = QCoreApplication.translate("customer_file_tab", "Reminders sent")
        self.reminders.setText(f"<b>{heading}</b><br>" + "<br>".join(lines) if lines else "")
        self.reminders.setVisible(bool(lines))

    def add_entry(self) -> None:
        if self.code and FileEntryDialog(self.code, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def mark_done(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            return
        try:
            customer_file.close_entry(self._ids[row])
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("customer_file_tab", "Not changed"), said(exc)
            )
            return
        self.reload()
        self.changed.emit()
