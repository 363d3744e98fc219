"""Customers to and from Excel, from the list screen: a preview before any import, work off the
UI thread with a progress dialog, and a plain message at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain import gst
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.sheet import RowError
from vyapar_lite.exports import customers as customer_sheet
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services import customer_export, customer_import
from vyapar_lite.services.customer_import import ImportPreview, ImportResult
from vyapar_lite.ui.tasks import Progress, run_task

XLSX_FILTER = "Excel workbook (*.xlsx)"


class ImportPreviewDialog(QDialog):
    """What the import would do: the customers it would create, and every problem by row."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerImportPreview")
        self.setWindowTitle(f"Import customers from {preview.file_name}")
        self.preview = preview
        if preview.ok:
            summary = (
                f"<b>{len(preview.rows):,} customers</b> are ready to import. "
                "Nothing is saved until you press Import."
            )
        else:
            summary = (
                f"<b>{len(preview.errors):,} problems in {preview.bad_rows:,} rows</b>: "
                "nothing can be imported until they are corrected in the file."
            )
        if preview.warnings:
            summary += f"<br>{len(preview.warnings):,} warnings (these rows are still imported)."
        self.summary = QLabel(summary)
        self.summary.setObjectName("customerImport.summary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.problems = _table(("Row", "Column", "Problem"))
        self.problems.setObjectName("customerImport.problems")
        _fill(self.problems, [_error_cells(e) for e in preview.errors])
        self.warnings = _table(("Row", "Column", "Warning"))
        _fill(self.warnings, [_error_cells(e) for e in preview.warnings])
        self.rows = _table(("Row", "Code", "Name", "Phone", "GSTIN", "State", "Opening"))
        self.rows.setObjectName("customerImport.rows")
        _fill(
            self.rows,
            [
                (
                    str(r.row_number),
                    r.code,
                    r.details.name,
                    r.details.phone,
                    r.details.gstin,
                    gst.state_name(r.details.state_code) if r.details.state_code else "",
                    _opening_text(r.opening.amount, r.opening.kind.value) if r.opening else "",
                )
                for r in preview.rows[:2000]
            ],
        )
        if preview.errors:
            self.tabs.addTab(self.problems, f"Problems ({len(preview.errors):,})")
        if preview.warnings:
            self.tabs.addTab(self.warnings, f"Warnings ({len(preview.warnings):,})")
        self.tabs.addTab(self.rows, f"Customers ({len(preview.rows):,})")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            f"Import {len(preview.rows):,} customers", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("customerImport.import")
        self.import_button.setEnabled(preview.ok and bool(preview.rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)


class CustomerExcel(QWidget):
    """Runs the import and export for a parent screen; `imported` after customers were added."""

    imported = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self.screen_widget = parent
        self.last_message = ""

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.screen_widget, "Import customers", "", XLSX_FILTER
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read and check the file in the background, then show the preview."""

        def check(progress: Progress) -> tuple[object, ImportPreview | None]:
            progress(0, 0, f"Reading {path.name}…")
            sheet = read_first_sheet(path)
            if sheet.problem:
                return sheet, None
            progress(0, 0, f"Checking {len(sheet.rows):,} rows…")
            return sheet, customer_import.preview(sheet)

        task = run_task(self.screen_widget, "Checking the file", check)
        task.succeeded.connect(self._show_preview)
        task.failed.connect(lambda message: self._tell("Import failed", message))

    def _show_preview(self, result: tuple[object, ImportPreview | None]) -> None:
        sheet, preview = result
        if preview is None:
            self._tell("Cannot import", getattr(sheet, "problem", ""))
            return
        dialog = ImportPreviewDialog(preview, self.screen_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def write(progress: Progress) -> ImportResult:
            progress(0, 0, f"Importing {len(preview.rows):,} customers…")
            return customer_import.import_customers(sheet)  # type: ignore[arg-type]

        task = run_task(self.screen_widget, "Importing customers", write, cancellable=False)
        task.succeeded.connect(self._imported)
        task.failed.connect(lambda message: self._tell("Nothing was imported", message))

    def _imported(self, result: ImportResult) -> None:
        codes = f" ({result.first_code}–{result.last_code})" if result.created else ""
        self._tell("Import finished", f"Imported {result.created:,} customers{codes}.")
        self.imported.emit(result)

    def choose_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.screen_widget, "Export customers", "customers.xlsx", XLSX_FILTER
        )
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> None:
        def export(progress: Progress) -> int:
            total = customer_export.customer_count()
            return customer_sheet.export_customers(
                path,
                customer_export.customer_rows(),
                progress=lambda done: progress(done, total, f"Writing {done:,} of {total:,}…"),
            )

        task = run_task(self.screen_widget, "Exporting customers", export)
        task.succeeded.connect(
            lambda count: self._tell("Export finished", f"{count:,} customers written to {path}.")
        )
        task.failed.connect(lambda message: self._tell("Export failed", message))

    def _tell(self, title: str, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self.screen_widget)
        box.setObjectName("customerExcel.message")
        box.open()


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def _error_cells(error: RowError) -> tuple[str, str, str]:
    return (
        str(error.row_number) if error.row_number else "file",
        error.column_header,
        error.message,
    )


def _opening_text(amount: int, kind: str) -> str:
    return f"{format_money(amount)} {kind.lower()}"
