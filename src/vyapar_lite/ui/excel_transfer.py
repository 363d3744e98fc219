"""Records to and from Excel, from a list screen: a preview before any import, the work off the
UI thread with a progress dialog, and a plain message at the end.

`ExcelTransfer` does this for any kind of record the services can import and export; a screen
gives it a `SheetKind` saying how (customers, items, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.sheet import RowError, SheetData
from vyapar_lite.exports.workbook import read_first_sheet
from vyapar_lite.services.sheet_import import ImportPreview, ImportResult
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.last_folder import in_last_folder, remember_folder
from vyapar_lite.ui.tasks import Progress, run_task

XLSX_FILTER = "Excel workbook (*.xlsx)"
_ROW = QT_TRANSLATE_NOOP("excel_transfer", "Row")
_COLUMN = QT_TRANSLATE_NOOP("excel_transfer", "Column")
PREVIEW_ROWS = 2000  # rows shown in the preview's table; the import takes them all


@dataclass(frozen=True)
class SheetKind:
    """How one kind of record goes to and from Excel."""

    noun: str  # plural, lower case: "customers" (marked in context "excel_transfer")
    singular: str  # "customer" (marked so too)
    key: str  # object-name prefix: "customer"
    file_name: str  # the export's suggested file name
    preview: Callable[[SheetData], ImportPreview[Any]]
    import_rows: Callable[[SheetData], ImportResult]
    preview_headers: tuple[str, ...]  # of the preview's record table
    preview_cells: Callable[[Any], tuple[str, ...]]  # one ImportPreview row -> its cells
    # The export; None for a kind that is only imported (transactions: history comes in once).
    count: Callable[[], int] | None = None
    rows: Callable[[], Iterator[Sequence[object]]] | None = None
    write: Callable[..., int] | None = None  # write(path, rows, progress=...) -> rows written

    def shown_noun(self) -> str:
        """The plural in the screens' language ("ग्राहक")."""
        return QCoreApplication.translate("excel_transfer", self.noun)

    def shown_singular(self) -> str:
        return QCoreApplication.translate("excel_transfer", self.singular)


class ImportPreviewDialog(QDialog):
    """What the import would do: the records it would create, and every problem by row."""

    def __init__(
        self, preview: ImportPreview[Any], kind: SheetKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind.key}ImportPreview")
        noun = kind.shown_noun()
        self.setWindowTitle(
            QCoreApplication.translate("excel_transfer", "Import {noun} from {file_name}").format(
                noun=noun, file_name=preview.file_name
            )
        )
        self.preview = preview
        if preview.ok:
            summary = QCoreApplication.translate(
                "excel_transfer",
                "<b>{0:,} {noun}</b> are ready to import. Nothing is saved until you press Import.",
            ).format(len(preview.rows), noun=noun)
        else:
            summary = QCoreApplication.translate(
                "excel_transfer",
                "<b>{0:,} problems in {bad_rows:,} rows</b>: nothing can be "
                "imported until they are corrected in the file.",
            ).format(len(preview.errors), bad_rows=preview.bad_rows)
        if preview.warnings:
            summary += QCoreApplication.translate(
                "excel_transfer", "<br>{0:,} warnings (these rows are still imported)."
            ).format(len(preview.warnings))
        self.summary = QLabel(summary)
        self.summary.setObjectName(f"{kind.key}Import.summary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.problems = _table((_ROW, _COLUMN, QT_TRANSLATE_NOOP("excel_transfer", "Problem")))
        self.problems.setObjectName(f"{kind.key}Import.problems")
        _fill(self.problems, [_error_cells(e) for e in preview.errors])
        self.warnings = _table((_ROW, _COLUMN, QT_TRANSLATE_NOOP("excel_transfer", "Warning")))
        _fill(self.warnings, [_error_cells(e) for e in preview.warnings])
        self.rows = _table(kind.preview_headers)
        self.rows.setObjectName(f"{kind.key}Import.rows")
        _fill(self.rows, [kind.preview_cells(r) for r in preview.rows[:PREVIEW_ROWS]])
        if preview.errors:
            self.tabs.addTab(
                self.problems,
                QCoreApplication.translate("excel_transfer", "Problems ({0:,})").format(
                    len(preview.errors)
                ),
            )
        if preview.warnings:
            self.tabs.addTab(
                self.warnings,
                QCoreApplication.translate("excel_transfer", "Warnings ({0:,})").format(
                    len(preview.warnings)
                ),
            )
        self.tabs.addTab(self.rows, f"{noun[:1].upper()}{noun[1:]} ({len(preview.rows):,})")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            QCoreApplication.translate("excel_transfer", "Import {0:,} {noun}").format(
                len(preview.rows), noun=noun
            ),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setObjectName(f"{kind.key}Import.import")
        self.import_button.setEnabled(preview.ok and bool(preview.rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)


class ExcelTransfer(QWidget):
    """Runs the import and export for a parent screen; `imported` after records were added."""

    imported = Signal(object)

    def __init__(self, kind: SheetKind, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self.kind = kind
        self.screen_widget = parent
        self.last_message = ""

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.screen_widget,
            QCoreApplication.translate("excel_transfer", "Import {noun}").format(
                noun=self.kind.shown_noun()
            ),
            "",
            XLSX_FILTER,
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read and check the file in the background, then show the preview."""

        def check(progress: Progress) -> tuple[SheetData, ImportPreview[Any] | None]:
            progress(
                0,
                0,
                QCoreApplication.translate("excel_transfer", "Reading {name}…").format(
                    name=path.name
                ),
            )
            sheet = read_first_sheet(path)
            if sheet.problem:
                return sheet, None
            progress(
                0,
                0,
                QCoreApplication.translate("excel_transfer", "Checking {0:,} rows…").format(
                    len(sheet.rows)
                ),
            )
            return sheet, self.kind.preview(sheet)

        task = run_task(
            self.screen_widget,
            QCoreApplication.translate("excel_transfer", "Checking the file"),
            check,
        )
        task.succeeded.connect(self._show_preview)
        task.failed.connect(
            lambda message: self._tell(
                QCoreApplication.translate("excel_transfer", "Import failed"), message
            )
        )

    def _show_preview(self, result: tuple[SheetData, ImportPreview[Any] | None]) -> None:
        sheet, preview = result
        if preview is None:
            self._tell(QCoreApplication.translate("excel_transfer", "Cannot import"), sheet.problem)
            return
        dialog = ImportPreviewDialog(preview, self.kind, self.screen_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        noun = self.kind.shown_noun()

        def write(progress: Progress) -> ImportResult:
            progress(
                0,
                0,
                QCoreApplication.translate("excel_transfer", "Importing {0:,} {noun}…").format(
                    len(preview.rows), noun=noun
                ),
            )
            return self.kind.import_rows(sheet)

        task = run_task(
            self.screen_widget,
            QCoreApplication.translate("excel_transfer", "Importing {noun}").format(noun=noun),
            write,
            cancellable=False,
        )
        task.succeeded.connect(self._imported)
        task.failed.connect(
            lambda message: self._tell(
                QCoreApplication.translate("excel_transfer", "Nothing was imported"), message
            )
        )

    def _imported(self, result: ImportResult) -> None:
        codes = f" ({result.first_code}–{result.last_code})" if result.created > 1 else ""
        if result.created == 1:
            codes = f" ({result.first_code})"
        self._tell(
            QCoreApplication.translate("excel_transfer", "Import finished"),
            QCoreApplication.translate("excel_transfer", "Imported {count}{codes}.").format(
                count=self._count(result.created), codes=codes
            ),
        )
        self.imported.emit(result)

    def _count(self, count: int) -> str:
        """`1 item`, `2,500 items`."""
        kind = self.kind
        return f"{count:,} {kind.shown_singular() if count == 1 else kind.shown_noun()}"

    def choose_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.screen_widget,
            QCoreApplication.translate("excel_transfer", "Export {noun}").format(
                noun=self.kind.shown_noun()
            ),
            in_last_folder(self.kind.file_name),
            XLSX_FILTER,
        )
        if name:
            remember_folder(name)
            self.export_file(Path(name))

    def export_file(self, path: Path) -> None:
        kind = self.kind
        count, rows, write = kind.count, kind.rows, kind.write
        if count is None or rows is None or write is None:
            raise ValueError(f"{kind.noun} are imported only")

        def export(progress: Progress) -> int:
            total = count()
            return write(
                path,
                rows(),
                progress=lambda done: progress(
                    done,
                    total,
                    QCoreApplication.translate(
                        "excel_transfer", "Writing {done:,} of {total:,}…"
                    ).format(done=done, total=total),
                ),
            )

        task = run_task(
            self.screen_widget,
            QCoreApplication.translate("excel_transfer", "Exporting {noun}").format(
                noun=kind.shown_noun()
            ),
            export,
        )
        task.succeeded.connect(
            lambda count: self._tell(
                QCoreApplication.translate("excel_transfer", "Export finished"),
                QCoreApplication.translate("excel_transfer", "{count} written to {path}.").format(
                    count=self._count(count), path=path
                ),
            )
        )
        task.failed.connect(
            lambda message: self._tell(
                QCoreApplication.translate("excel_transfer", "Export failed"), message
            )
        )

    def _tell(self, title: str, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self.screen_widget)
        box.setObjectName(f"{self.kind.key}Excel.message")
        box.open()


def _table(headers: tuple[str, ...]) -> QTableWidget:
    """A table with its headers (marked in context "excel_transfer") in the screens' language."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("excel_transfer", h) for h in headers]
    )
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
        shown(error.message),
    )
