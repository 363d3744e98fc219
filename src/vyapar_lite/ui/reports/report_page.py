"""One report on the Reports screen: its inputs, a lazily loaded table with a totals row, and
Export to Excel, Print and Save PDF.

Everything slow runs off the UI thread with a progress dialog (`ui.tasks.run_task`): working
out the report (`fetch`: the service's totals and first page), writing the workbook (`write`,
cancellable: a cancelled export leaves no file), and gathering what to print (`printout`).
Those three run on a worker, so they only call services and exports, never widgets. The table
then reads further pages as it scrolls (`report_model`).

A report says what it is by overriding `columns`, `request`, `fetch`, `display`, `write`,
`printout` and `file_name`; see the pages in this folder.

Never stale figures (issue 15): each result remembers the books' change counter
(`audit.books_mark()`, the last audit row's id) it was worked out at. Showing the page again after
the books changed works it out again; while it stays on screen a cheap check every few seconds
says "out of date" over the table; Export, Print and Save PDF work it out again first, so a file
never holds figures older than the books.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import shop
from vyapar_lite.ui.language import counted
from vyapar_lite.ui.reports import column_fit, report_print, table_widths
from vyapar_lite.ui.reports.background import last_folder, remember_folder, start_task
from vyapar_lite.ui.reports.foot_area import FootArea
from vyapar_lite.ui.reports.freshness import Freshness
from vyapar_lite.ui.reports.printout import Printout, Table
from vyapar_lite.ui.reports.report_model import ReportModel, Source
from vyapar_lite.ui.reports.report_text import Column
from vyapar_lite.ui.reports.totals_row import TotalsRow
from vyapar_lite.ui.tasks import Progress, Task

ResultT = TypeVar("ResultT")
XLSX_FILTER = "Excel workbook (*.xlsx)"
_tr = QCoreApplication.translate
LARGE_PRINTOUT = 3000  # rows; more asks first (about 75 pages)
ROWS_PER_PAGE = 40


class ReportPage(QWidget, Generic[ResultT]):
    """`loaded()` when a result is on screen; `exported(path)` and `pdf_saved(path)` when a
    file is written. `result` is what is shown (None before the first Show)."""

    loaded = Signal()
    exported = Signal(Path)
    pdf_saved = Signal(Path)

    key = "report"
    title = "Report"
    blurb = ""
    landscape = False  # printed across the page (wide tables)
    printable = True
    load_when_shown = True  # work the report out the first time the page is shown
    # the file Export writes: its ending, the save dialog's filter and what to call it
    file_suffix = ".xlsx"
    file_filter = XLSX_FILTER
    file_kind = "Excel"
    # the save dialog's title, marked QT_TRANSLATE_NOOP("reports", ...) ("" = "Export the <title>
    # to <file_kind>")
    export_title = ""
    stretch_column: int | None = None

    @property
    def shown_title(self) -> str:
        """`title` (marked QT_TRANSLATE_NOOP("reports", ...) in each page) as shown and printed."""
        return _tr("reports", self.title)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"report.{self.key}")
        self.result: ResultT | None = None
        self.last_message = ""
        self._generation = 0
        self._shown_once = False
        self._then: list[Callable[[], object]] = []  # what waits for the next result
        self.freshness = Freshness(f"report.{self.key}.stale", self)
        heading = QLabel(
            QCoreApplication.translate(
                "report_page",
                "<span style='font-size:13pt; "
                "font-weight:bold'>{title}</span>&nbsp;&nbsp;<span "
                "style='color:#555'>{blurb}</span>",
            ).format(title=self.shown_title, blurb=_tr("reports", self.blurb) if self.blurb else "")
        )
        self.inputs = QHBoxLayout()
        self.filters = QHBoxLayout()
        self.show_button = QPushButton(QCoreApplication.translate("report_page", "Show"))
        self.show_button.setObjectName(f"report.{self.key}.show")
        self.show_button.setToolTip(
            QCoreApplication.translate("report_page", "Work the report out again (F5)")
        )
        self.show_button.clicked.connect(self.load)
        self.inputs.addStretch(1)
        self.inputs.addWidget(self.show_button)
        QShortcut(QKeySequence("F5"), self, self.load)
        self.message = QLabel()
        self.message.setObjectName(f"report.{self.key}.message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.stale_note = self.freshness.note
        self.summary = QLabel()
        self.summary.setObjectName(f"report.{self.key}.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: ReportModel[Any] = ReportModel(self.columns(), style=self.row_style)
        self.model.setParent(self)
        self.table = QTableView()
        self.table.setObjectName(f"report.{self.key}.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # "Place…"
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        # a page loaded while scrolling may hold longer numbers than the first: fit again
        self.model.rowsInserted.connect(lambda *_: self.fit_columns())
        self.totals = TotalsRow(self.table, f"report.{self.key}.totals")
        self.foot = QLabel()
        self.foot.setObjectName(f"report.{self.key}.foot")
        self.foot.setWordWrap(True)
        self.foot.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.foot.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName(f"report.{self.key}.count")
        self.export_button = self._button(
            "export",
            QCoreApplication.translate("report_page", "Export to Excel…"),
            self.choose_and_export,
        )
        self.print_button = self._button(
            "print", QCoreApplication.translate("report_page", "Print…"), self.print_preview
        )
        self.pdf_button = self._button(
            "pdf", QCoreApplication.translate("report_page", "Save PDF…"), self.choose_and_save_pdf
        )
        self.print_button.setVisible(self.printable)
        self.pdf_button.setVisible(self.printable)
        bottom = QHBoxLayout()
        self.buttons = bottom  # a report may add its own buttons (`add_button`)
        bottom.addWidget(self.count_label, 1)
        for button in (self.export_button, self.print_button, self.pdf_button):
            bottom.addWidget(button)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.totals)
        layout = QVBoxLayout(self)
        margins = layout.contentsMargins()  # the Reports screen has a margin of its own: the
        layout.setContentsMargins(0, margins.top(), 0, margins.bottom())  # table has the width
        layout.addWidget(heading)
        layout.addLayout(self.inputs)
        layout.addLayout(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.stale_note)
        layout.addWidget(self.summary)
        layout.addLayout(self.body, 1)
        self.foot_area = FootArea(self.foot)  # scrolls when long: the table keeps its room
        layout.addWidget(self.foot_area)
        layout.addLayout(bottom)
        self.set_widths()
        self._enable_buttons()

    # --- what each report says (overridden) ---------------------------------------------------

    def columns(self) -> Sequence[Column[Any]]:
        return ()

    def row_style(self, row: Any) -> str:
        return ""

    def request(self) -> object:
        """What to work out, read from the inputs; ValidationError for bad input."""
        return None

    def fetch(self, request: Any, progress: Progress) -> ResultT:
        """Work the report out (on a worker thread: services only)."""
        raise NotImplementedError

    def display(self, result: ResultT) -> None:
        """Put a result on screen (see `show_rows`)."""
        raise NotImplementedError

    def write(self, result: ResultT, path: Path, progress: Progress) -> int:
        """Write the workbook (on a worker thread); returns the rows written."""
        raise NotImplementedError

    def printout(self, result: ResultT, progress: Progress) -> Printout:
        """What to print (on a worker thread)."""
        raise NotImplementedError

    def file_name(self, result: ResultT) -> str:
        """The suggested file name, without the extension."""
        return self.key

    def written(self, count: int) -> str:
        """What an export wrote, in words."""
        return counted(count, "row")

    def document_number(self, row: Any) -> str:
        """The document a row is about, opened on double-click ("" for none)."""
        return ""

    # --- helpers for the reports ----------------------------------------------------------------

    def first_input(self) -> QWidget | None:
        """The first thing to type or choose in the top row (Ctrl+6 puts the keyboard there)."""
        for index in range(self.inputs.count()):
            item = self.inputs.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None or isinstance(widget, QLabel) or widget is self.show_button:
                continue
            takes_keys = widget.focusProxy() is not None or (
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            )
            if widget.isEnabled() and takes_keys:
                return widget
        return None

    def add_button(self, button: QPushButton) -> None:
        """A button of the report's own, in the bottom row before Export."""
        self.buttons.insertWidget(self.buttons.indexOf(self.export_button), button)

    def add_input(self, label: str, widget: QWidget) -> None:
        """A labelled input, in the top row before the Show button."""
        at = self.inputs.count() - 2
        if label:
            self.inputs.insertWidget(at, QLabel(label))
            at += 1
        self.inputs.insertWidget(at, widget)

    def show_rows(
        self,
        source: Source[Any] | None,
        first: Sequence[Any] | None = None,
        *,
        totals: Sequence[str] = (),
        count: str = "",
    ) -> None:
        self.model.set_source(source, first)
        self.totals.set_totals(totals, [c.is_number for c in self.model.columns])
        self.count_label.setText(count)
        self.fit_columns()

    def set_columns(self, columns: Sequence[Column[Any]]) -> None:
        if [c.header for c in columns] != [c.header for c in self.model.columns]:
            self.model.set_source(None)  # the old rows don't have the new columns' fields
            self.model.set_columns(columns)
            self.set_widths()

    def set_widths(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for index in range(len(self.model.columns)):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Fit the columns to the table's width (`column_fit`): figures, GSTINs and document
        numbers whole, text narrower and elided (its tooltip has it all)."""
        room = self.table.viewport().width() or self.table.width()
        widths = column_fit.fit(self.column_wants(), room, self.stretch_column)
        for index, width in enumerate(widths):
            self.table.setColumnWidth(index, width)
        self.totals.follow_table()

    def column_wants(self) -> list[column_fit.Want]:
        """What each column of the table needs (a page with another table sharing its columns'
        widths asks for what either needs)."""
        return table_widths.wants(self.table, self.model.columns, self.totals.totals.values)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def footer_text(self, result: ResultT) -> str:
        profile = shop.get_profile()
        return f"{profile.name if profile else ''} · {self.shown_title}"

    # --- working the report out -----------------------------------------------------------------

    def load(self) -> Task | None:
        """Work the report out for the inputs as they are, off the UI thread."""
        self.show_message("")
        try:
            request = self.request()
        except ValidationError as exc:
            self._then.clear()
            self.show_message(str(exc))
            return None
        self._generation += 1
        generation = self._generation
        mark = Freshness.now()  # read before: a change made meanwhile leaves it stale
        return start_task(
            self,
            QCoreApplication.translate("report_page", "Working out the {title}").format(
                title=self.shown_title.lower()
            ),
            lambda progress: (generation, mark, self.fetch(request, progress)),
            succeeded=self._loaded,
            failed=self._load_failed,
        )

    def _loaded(self, answer: tuple[int, int, ResultT]) -> None:
        generation, mark, result = answer
        if generation != self._generation:
            return  # the inputs were changed and shown again meanwhile
        self.result = result
        self.freshness.worked_out_at(mark)
        self.display(result)
        self.foot_area.updateGeometry()  # as tall as its new text
        self.show_button.setText(QCoreApplication.translate("report_page", "Refresh"))
        self._enable_buttons()
        self.loaded.emit()
        waiting, self._then = self._then, []
        for then in waiting:
            then()

    def _load_failed(self, message: str) -> None:
        self._then.clear()
        self.show_message(message)

    def is_stale(self) -> bool:
        """True when a result is shown and the books have changed since it was worked out."""
        return self.result is not None and self.freshness.is_stale()

    def fresh_then(self, then: Callable[[], object]) -> Task | None:
        """Run `then` now if the result shown is up to date, else after working it out again."""
        if not self.is_stale():
            then()
            return None
        self._then.append(then)
        return self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.freshness.watch(True)
        if not self._shown_once:
            self._shown_once = True
            if self.load_when_shown and self.result is None:
                self.load()
        elif self.is_stale():
            self.load()  # shown again after a change to the books: never the old figures

    def hideEvent(self, event: QHideEvent) -> None:
        self.freshness.watch(False)
        super().hideEvent(event)

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        number = self.document_number(found) if found is not None else ""
        if number:
            from vyapar_lite.ui.sales.opener import open_document

            open_document(number, self)

    # --- Excel ----------------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            (_tr("reports", self.export_title) if self.export_title else "")
            or QCoreApplication.translate(
                "report_page", "Export the {title} to {file_kind}"
            ).format(title=self.shown_title.lower(), file_kind=self.file_kind),
            str(last_folder() / f"{self.file_name(self.result)}{self.file_suffix}"),
            self.file_filter,
        )
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> Task | None:
        """Write the report to `path` off the UI thread (cancellable), working it out again
        first if the books changed since it was shown (the task returned is then that one)."""
        if self.result is None:
            return None
        suffix = self.file_suffix
        path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
        remember_folder(path)
        if self.is_stale():
            return self.fresh_then(lambda: self._write_file(path))
        return self._write_file(path)

    def _write_file(self, path: Path) -> Task | None:
        result = self.result
        if result is None:
            return None
        return start_task(
            self,
            QCoreApplication.translate("report_page", "Exporting the {title}").format(
                title=self.shown_title.lower()
            ),
            lambda progress: (path, self.write(result, path, progress)),
            succeeded=self._exported,
            failed=lambda message: self._tell(
                QCoreApplication.translate("report_page", "Export failed"), message
            ),
            cancelled=lambda: self._tell(
                QCoreApplication.translate("report_page", "Export cancelled"),
                QCoreApplication.translate(
                    "report_page", "The export was cancelled; no file was written."
                ),
            ),
        )

    def _exported(self, answer: tuple[Path, int]) -> None:
        path, count = answer
        self._tell(
            QCoreApplication.translate("report_page", "Export finished"),
            QCoreApplication.translate("report_page", "{count} written to {path}.").format(
                count=self.written(count), path=path
            ),
        )
        self.exported.emit(path)

    # --- printing -------------------------------------------------------------------------------

    def print_preview(self) -> None:
        self._prepare_printout(None)

    def choose_and_save_pdf(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("report_page", "Save the {title} as PDF").format(
                title=self.shown_title.lower()
            ),
            str(last_folder() / f"{self.file_name(self.result)}.pdf"),
            "PDF (*.pdf)",
        )
        if name:
            self.save_pdf_file(Path(name))

    def save_pdf_file(self, path: Path) -> None:
        path = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        remember_folder(path)
        self._prepare_printout(path)

    def _prepare_printout(self, path: Path | None) -> None:
        """Build the HTML off the UI thread; then the preview, or the PDF at `path` (working the
        report out again first if the books changed)."""
        if self.is_stale():
            self.fresh_then(lambda: self._prepare_printout(path))
            return
        result = self.result
        if result is None or not self.printable:
            return
        start_task(
            self,
            QCoreApplication.translate("report_page", "Preparing the printout"),
            lambda progress: (path, result, self.printout(result, progress)),
            succeeded=self._printout_ready,
            failed=lambda message: self._tell(
                QCoreApplication.translate("report_page", "Printout failed"), message
            ),
        )

    def _printout_ready(self, answer: tuple[Path | None, ResultT, Printout]) -> None:
        path, result, printout = answer
        rows = sum(len(b.rows) for b in printout.blocks if isinstance(b, Table))
        if rows > LARGE_PRINTOUT and not self._confirm_large(rows):
            return
        footer = self.footer_text(result)
        if path is None:
            dialog = report_print.PreviewDialog(printout, footer=footer, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second per 7,000 rows
        try:
            report_print.save_pdf(printout, path, footer=footer)
        except OSError as exc:
            self._tell(
                QCoreApplication.translate("report_page", "PDF not saved"),
                QCoreApplication.translate("report_page", "Could not write {path}: {exc}").format(
                    path=path, exc=exc
                ),
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._tell(
            QCoreApplication.translate("report_page", "PDF saved"),
            QCoreApplication.translate("report_page", "Saved to {path}.").format(path=path),
        )
        self.pdf_saved.emit(path)

    def _confirm_large(self, rows: int) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("report_page", "A long printout"),
            QCoreApplication.translate(
                "report_page",
                "This report has {rows:,} rows: about {0:,} pages. Print it "
                "anyway? (Export to Excel may suit better; or choose a shorter "
                "period.)",
            ).format(rows // ROWS_PER_PAGE + 1, rows=rows),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- internals ------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"report.{self.key}.{name}")
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _enable_buttons(self) -> None:
        ready = self.result is not None
        for button in (self.export_button, self.print_button, self.pdf_button):
            button.setEnabled(ready)

    def _tell(self, title: str, message: str) -> None:
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self)
        box.setObjectName(f"report.{self.key}.notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
