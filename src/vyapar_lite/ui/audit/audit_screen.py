"""The Audit screen: every change the app logged, filtered by date, record type and customer.

The list is a paged SQL table (`services.audit_list`); "Export to Excel" writes the filtered
entries through the generic report exporter on a worker thread.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.audit_log import export_audit_log
from vyapar_lite.services import audit_list, threads
from vyapar_lite.ui.language import counted, current, customer_name, said, stored_text
from vyapar_lite.ui.last_folder import in_last_folder, remember_folder
from vyapar_lite.ui.tablemodels.paged_table import PagedTableModel
from vyapar_lite.ui.tasks import Progress, run_task

COLUMNS = (
    ("at", QT_TRANSLATE_NOOP("columns", "When")),
    ("action", QT_TRANSLATE_NOOP("columns", "Action")),
    ("record_type", QT_TRANSLATE_NOOP("columns", "Record type")),
    ("record_label", QT_TRANSLATE_NOOP("columns", "Record")),
    ("customer", QT_TRANSLATE_NOOP("columns", "Customer")),
    ("counter", QT_TRANSLATE_NOOP("columns", "Counter")),  # who made the change (issue 18)
    ("changes", QT_TRANSLATE_NOOP("columns", "Changes")),
    ("note", QT_TRANSLATE_NOOP("columns", "Note")),
)
NOTE_WIDTH = 240
ALL_TYPES = QT_TRANSLATE_NOOP("audit_screen", "All record types")


class AuditTableModel(PagedTableModel[audit_list.AuditRow]):
    def __init__(self, first_filter: audit_list.AuditFilter, parent: Any = None) -> None:
        super().__init__(
            COLUMNS,
            audit_list.count,
            audit_list.page,
            first_filter,
            sort_key="at",
            parent=parent,
        )
        self._descending = True
        self.reload()

    def display(self, row: audit_list.AuditRow, key: str) -> str:
        if key == "at":
            return row.at.strftime("%d-%m-%Y %H:%M:%S")
        if key == "customer":
            name = customer_name(row.customer_name, row.customer_code)
            return f"{row.customer_code} {name}".strip()
        if key in ("action", "record_type"):
            return audit_word(str(getattr(row, key)))
        if key == "changes" and current() != "en":  # English: as the service wrote them
            return _changes_in(current(), row.before_json, row.after_json)
        if key == "record_label":  # a stock move's "I0019 opening stock"; codes as they are
            return stored_text(str(row.record_label))
        if key == "note":  # a note the app wrote ("created with the shop file") translated
            return stored_text(str(row.note))
        return str(getattr(row, key))


@lru_cache(maxsize=1024)
def _changes_in(language: str, before_json: str, after_json: str) -> str:
    """The changes in the screens' language, worked out once per entry (a cell is painted
    often); `language` is part of the key."""
    return audit_list.describe_changes(before_json, after_json, audit_word)


def audit_word(english: str) -> str:
    """An action, record type or word of the changes (domain/audit_words.py) in the screens'
    language; a stored value it does not know stays as it is."""
    return QCoreApplication.translate("audit_words", english)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page.audit")
        today = QDate.currentDate()
        self.use_dates = QCheckBox(QCoreApplication.translate("audit_screen", "From"))
        self.use_dates.setObjectName("audit.useDates")
        self.start = QDateEdit(today.addMonths(-1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self.apply_filter)
        self.record_type = QComboBox()
        self.record_type.setObjectName("audit.recordType")
        self.customer = QLineEdit()
        self.customer.setObjectName("audit.customer")
        self.customer.setPlaceholderText(
            QCoreApplication.translate("audit_screen", "Customer code")
        )
        self.customer.editingFinished.connect(self.apply_filter)
        self.export_button = QPushButton(
            QCoreApplication.translate("audit_screen", "Export to Excel…")
        )
        self.export_button.setObjectName("audit.export")
        self.export_button.clicked.connect(self.export)
        self.message = QLabel()
        self.message.setObjectName("audit.message")
        self.count_label = QLabel()
        self.model = AuditTableModel(audit_list.AuditFilter(), self)
        self.table = QTableView()
        self.table.setObjectName("audit.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 2, QHeaderView.ResizeMode.Stretch
        )
        # a note on one line: a Hindi one ("दुकान की फ़ाइल के साथ बना") is too tall to wrap in a row
        self.table.setColumnWidth(len(COLUMNS) - 1, NOTE_WIDTH)
        top = QHBoxLayout()
        top.addWidget(self.use_dates)
        top.addWidget(self.start)
        top.addWidget(QLabel(QCoreApplication.translate("audit_screen", "to")))
        top.addWidget(self.end)
        top.addWidget(self.record_type)
        top.addWidget(self.customer)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("audit_screen", "<h2>Audit trail</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignLeft)
        self._fill_types()
        self.record_type.currentIndexChanged.connect(self.apply_filter)
        self.apply_filter()

    def _fill_types(self) -> None:
        self.record_type.blockSignals(True)
        shown_type = self.record_type.currentText()
        self.record_type.clear()
        self.record_type.addItem(QCoreApplication.translate("audit_screen", ALL_TYPES), "")
        for kind in audit_list.record_types():
            self.record_type.addItem(audit_word(kind), kind)
        index = self.record_type.findText(shown_type)
        self.record_type.setCurrentIndex(max(index, 0))
        self.record_type.blockSignals(False)

    def current_filter(self) -> audit_list.AuditFilter:
        dated = self.use_dates.isChecked()
        kind = str(self.record_type.currentData() or "")
        return audit_list.AuditFilter(
            start=_to_date(self.start.date()) if dated else None,
            end=_to_date(self.end.date()) if dated else None,
            record_type="" if self.record_type.currentIndex() <= 0 else kind,
            customer_code=self.customer.text().strip(),
        )

    def apply_filter(self) -> None:
        try:
            f = self.current_filter()
            audit_list.count(f)  # a bad filter (unknown customer, dates reversed) is said here
        except ValidationError as exc:
            self.message.setText(said(exc))
            return
        self.message.clear()
        self.model.set_filter(f)
        self.count_label.setText(counted(self.model.total, "change"))

    def showEvent(self, event: Any) -> None:
        self._fill_types()
        self.model.reload()
        self.count_label.setText(counted(self.model.total, "change"))
        super().showEvent(event)

    def export(self) -> None:
        try:
            f = self.current_filter()
            audit_list.count(f)
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("audit_screen", "Not exported"), said(exc)
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("audit_screen", "Export the audit trail"),
            in_last_folder("audit-trail.xlsx"),
            "Excel workbook (*.xlsx)",
        )
        if name:
            remember_folder(name)
            self.export_to(Path(name), f)

    def export_to(self, path: Path, f: audit_list.AuditFilter) -> None:
        def work(progress: Progress) -> int:
            try:
                return export_audit_log(path, f, progress=progress)
            finally:
                threads.end_of_work()

        task = run_task(
            self, QCoreApplication.translate("audit_screen", "Exporting the audit trail"), work
        )
        task.succeeded.connect(
            lambda n: self.message.setText(
                QCoreApplication.translate("audit_screen", "{0} exported to {name}.").format(
                    counted(n, "change"), name=path.name
                )
            )
        )
        task.failed.connect(
            lambda text: self.message.setText(
                QCoreApplication.translate("audit_screen", "Not exported: {text}").format(text=text)
            )
        )
