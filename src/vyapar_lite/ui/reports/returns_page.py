"""Reports › GST returns: a month or a quarter's GSTR-1 tables (counts and totals) and GSTR-3B's
outward tables, what makes the return "not ready", and Export JSON / Export Excel of GSTR-1 off
the UI thread. After a GSTR-1 export it offers to mark the period filed and close the books up to
its last day (issue 13), and it shows which periods are marked filed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.exports.gstr1_json import write_gstr1_json
from vyapar_lite.exports.gstr1_workbook import write_gstr1_workbook
from vyapar_lite.services import closed_books, shop
from vyapar_lite.services.returns import filing, gstr1_documents, gstr3b, readiness
from vyapar_lite.services.returns.gstr1 import Amounts, Gstr1, classify
from vyapar_lite.services.returns.gstr3b import Gstr3b
from vyapar_lite.services.returns.period import ReturnPeriod
from vyapar_lite.services.returns.readiness import NotReady
from vyapar_lite.ui.language import said, shown
from vyapar_lite.ui.reports import report_html as h
from vyapar_lite.ui.reports.background import last_folder, remember_folder, start_task
from vyapar_lite.ui.reports.gstr3b_page import notes_html, rows_31, table_32_html
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.reports.return_period import ReturnPeriodPicker, period_label
from vyapar_lite.ui.tasks import Progress, Task

# GSTR-1's tables; table numbers and the portal's codes stay as they are in every language
LABELS = {
    "b2b": QT_TRANSLATE_NOOP("gst_returns", "4, 6B, 6C  B2B invoices, SEZ, deemed exports (b2b)"),
    "b2cl": QT_TRANSLATE_NOOP("gst_returns", "5  B2C large, inter-state (b2cl)"),
    "exp": QT_TRANSLATE_NOOP("gst_returns", "6A  Exports (exp)"),
    "b2cs": QT_TRANSLATE_NOOP("gst_returns", "7  B2C small, by place and rate (b2cs)"),
    "nil": QT_TRANSLATE_NOOP("gst_returns", "8  Nil-rated, exempt, non-GST (nil)"),
    "cdnr": QT_TRANSLATE_NOOP("gst_returns", "9B  Credit/debit notes, registered (cdnr)"),
    "cdnur": QT_TRANSLATE_NOOP("gst_returns", "9B  Credit/debit notes, unregistered (cdnur)"),
    "hsn_b2b": QT_TRANSLATE_NOOP("gst_returns", "12  HSN summary, B2B (hsn_b2b)"),
    "hsn_b2c": QT_TRANSLATE_NOOP("gst_returns", "12  HSN summary, B2C (hsn_b2c)"),
    "doc_issue": QT_TRANSLATE_NOOP("gst_returns", "13  Documents issued (doc_issue)"),
}


@dataclass(frozen=True)
class TableRow:
    table: str
    entries: int
    amounts: Amounts | None  # None: a table of counts only (documents issued)

    @property
    def label(self) -> str:
        return QCoreApplication.translate("gst_returns", LABELS[self.table])


@dataclass(frozen=True)
class ReturnsResult:
    period: ReturnPeriod
    gstr1: Gstr1
    gstr3b: Gstr3b
    problems: list[NotReady]
    filed: list[str]  # period codes marked filed
    closed_up_to: date | None

    @property
    def is_filed(self) -> bool:
        return filing.code(self.period) in self.filed

    @property
    def stops(self) -> list[NotReady]:
        return readiness.blocking(self.problems)


def table_rows(g: Gstr1) -> list[TableRow]:
    """GSTR-1's tables in the form's order, each with its count and totals (notes signed)."""
    rows = []
    for table in ("b2b", "b2cl", "exp", "b2cs", "cdnr", "cdnur", "hsn_b2b", "hsn_b2c"):
        rows.append(TableRow(table, len(getattr(g, table)), g.signed_totals(table)))
    nil = g.nil_total()
    rows.insert(4, TableRow("nil", sum(1 for r in g.nil if r.total), Amounts(taxable=nil.total)))
    issued = sum(r.total for r in g.doc_issue)
    rows.append(TableRow("doc_issue", issued, None))
    return rows


def _amount(row: TableRow, head: str) -> int | None:
    return None if row.amounts is None else int(getattr(row.amounts, head))


COLUMNS: tuple[Column[TableRow], ...] = (
    Column(QT_TRANSLATE_NOOP("columns", "GSTR-1 table"), lambda r: r.label, "text", 330),
    Column(QT_TRANSLATE_NOOP("columns", "Entries"), lambda r: r.entries, "count", 70),
    Column(
        QT_TRANSLATE_NOOP("columns", "Taxable value"), lambda r: _amount(r, "taxable"), "money", 130
    ),
    Column(QT_TRANSLATE_NOOP("columns", "IGST"), lambda r: _amount(r, "igst"), "money", 115),
    Column(QT_TRANSLATE_NOOP("columns", "CGST"), lambda r: _amount(r, "cgst"), "money", 105),
    Column(QT_TRANSLATE_NOOP("columns", "SGST/UTGST"), lambda r: _amount(r, "sgst"), "money", 105),
    Column(QT_TRANSLATE_NOOP("columns", "Cess"), lambda r: _amount(r, "cess"), "money", 70),
)


def work_out(period: ReturnPeriod) -> ReturnsResult:
    """Everything the screen shows, read once (on a worker)."""
    documents = gstr1_documents.issued_documents(period.start, period.end)
    tables = classify(period, documents)
    return ReturnsResult(
        period,
        tables,
        gstr3b.from_gstr1(tables, gstr3b.composition_buyers(period)),
        readiness.not_ready(period, documents),
        filing.filed_periods(),
        closed_books.closed_up_to(),
    )


def not_ready_html(result: ReturnsResult) -> str:
    """What would make the return wrong (the readiness messages, shown in the screens' language),
    or that nothing was found."""
    if not result.problems:
        return QCoreApplication.translate(
            "returns_page", "<b>Ready:</b> nothing found that would make this return wrong."
        )
    red = " style='color:#b00020'"
    items = "".join(
        f"<li{red if p.blocking else ''}>{h.e(shown(p.message))}</li>" for p in result.problems
    )
    head = QCoreApplication.translate("returns_page", "<b>Not ready</b> ({count})")
    return f"{head.format(count=len(result.problems))}<ul style='margin:0'>{items}</ul>"


def filed_text(result: ReturnsResult) -> str:
    closed = (
        QCoreApplication.translate("returns_page", "books closed up to {day}").format(
            day=day(result.closed_up_to)
        )
        if result.closed_up_to
        else QCoreApplication.translate("returns_page", "no books closed")
    )
    marked = (
        ", ".join(result.filed)
        if result.filed
        else QCoreApplication.translate("returns_page", "none yet")
    )
    state = (
        QCoreApplication.translate("returns_page", "<b>marked filed</b>")
        if result.is_filed
        else QCoreApplication.translate("returns_page", "not marked filed")
    )
    return QCoreApplication.translate(
        "returns_page", "GSTR-1 for {period}: {state} · {closed} · filed periods: {marked}"
    ).format(period=h.e(period_label(result.period)), state=state, closed=closed, marked=marked)


def confirm_filing(
    parent: QWidget, period: ReturnPeriod, on_yes: Callable[[], None]
) -> QMessageBox:
    """The prompt after a GSTR-1 export (non-modal: the screen stays usable)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("returns_page", "Mark the return filed?"),
        QCoreApplication.translate(
            "returns_page",
            "GSTR-1 for {period} is exported. Once you have filed it on the GST portal, mark it "
            "filed here and close the books up to {end}, so no document of the period can be "
            "posted or cancelled any more (you can reopen it in Settings › Books).",
        ).format(period=period_label(period), end=day(period.end)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("report.returns.file_prompt")
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("returns_page", "Mark filed and close the books")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("returns_page", "Not yet")
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box


class ReturnsPage(ReportPage[ReturnsResult]):
    key = "returns"
    title = QT_TRANSLATE_NOOP("reports", "GST returns")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "GSTR-1 and GSTR-3B (outward) for a month or a quarter, and what is not ready."
    )
    printable = False
    stretch_column = 0

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.period = ReturnPeriodPicker("report.returns.period", today)
        self.add_input(QCoreApplication.translate("returns_page", "Return period"), self.period)
        self.period.changed.connect(self.load)
        self.export_button.setText(QCoreApplication.translate("returns_page", "Export Excel…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("returns_page", "GSTR-1 in the offline tool's Excel layout")
        )
        self.json_button = QPushButton(QCoreApplication.translate("returns_page", "Export JSON…"))
        self.json_button.setObjectName("report.returns.json")
        self.json_button.setToolTip(
            QCoreApplication.translate(
                "returns_page", "GSTR-1 as the JSON the GST portal's offline tool takes"
            )
        )
        self.json_button.clicked.connect(self.choose_and_export_json)
        self.add_button(self.json_button)
        self.exported.connect(lambda _path: self.offer_filing())
        self.prompt: QMessageBox | None = None

    def columns(self) -> Sequence[Column[TableRow]]:
        return COLUMNS

    def request(self) -> ReturnPeriod:
        return self.period.period()

    def fetch(self, request: ReturnPeriod, progress: Progress) -> ReturnsResult:
        return work_out(request)

    def display(self, result: ReturnsResult) -> None:
        rows = table_rows(result.gstr1)
        self.show_rows(
            ListSource(rows),
            count=QCoreApplication.translate("returns_page", "{count} GSTR-1 tables").format(
                count=len(rows)
            ),
        )
        self.summary.setText(filed_text(result))
        r3b = result.gstr3b
        lines = "".join(
            f"<tr><td>{h.e(r.table)}&nbsp;</td><td>{h.e(r.nature)}&nbsp;</td>"
            f"<td align='right'>&nbsp;{money(r.amounts.taxable)}</td>"
            f"<td align='right'>&nbsp;{money(r.amounts.tax)}</td></tr>"
            for r in rows_31(r3b)
        )
        self.foot.setText(
            QCoreApplication.translate(
                "returns_page",
                "<b>GSTR-3B, outward supplies</b><table cellspacing='0' "
                "cellpadding='1'><tr><th></th><th align='left'>Table 3.1</th><th "
                "align='right'>Taxable value</th><th "
                "align='right'>Tax</th></tr>{lines}</table>{0}<br>{1}<br><br>{2}",
            ).format(table_32_html(r3b), notes_html(r3b), not_ready_html(result), lines=lines)
        )
        self.foot.setVisible(True)
        self.json_button.setEnabled(True)

    def write(self, result: ReturnsResult, path: Path, progress: Progress) -> int:
        self._profile(result)  # refuses a return that cannot be exported
        return write_gstr1_workbook(path, result.gstr1)

    def written(self, count: int) -> str:
        return QCoreApplication.translate("returns_page", "GSTR-1 with {count:,} entries").format(
            count=count
        )

    def file_name(self, result: ReturnsResult) -> str:
        return f"GSTR-1 {filing.code(result.period)}"

    # --- JSON -------------------------------------------------------------------------------

    def choose_and_export_json(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("returns_page", "Export GSTR-1 as the portal's JSON"),
            str(last_folder() / f"{self.file_name(self.result)}.json"),
            "JSON (*.json)",
        )
        if name:
            self.export_json(Path(name))

    def export_json(self, path: Path) -> Task | None:
        """Write GSTR-1's JSON to `path` off the UI thread (worked out again first if stale)."""
        if self.result is None:
            return None
        path = path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")
        remember_folder(path)
        return (
            self.fresh_then(lambda: self._write_json(path))
            if self.is_stale()
            else (self._write_json(path))
        )

    def _write_json(self, path: Path) -> Task | None:
        result = self.result
        if result is None:
            return None

        def work(progress: Progress) -> tuple[Path, int]:
            profile = self._profile(result)
            return path, write_gstr1_json(path, result.gstr1, profile.gstin)

        return start_task(
            self,
            QCoreApplication.translate("returns_page", "Exporting GSTR-1 (JSON)"),
            work,
            succeeded=self._json_written,
            failed=lambda message: self._tell("Export failed", message),
        )

    def _json_written(self, answer: tuple[Path, int]) -> None:
        path, count = answer
        self._tell("Export finished", f"{self.written(count)} written to {path}.")
        self.exported.emit(path)

    def _profile(self, result: ReturnsResult) -> ShopProfile:
        """The shop, or a ValidationError saying why this return cannot be exported."""
        if result.stops:
            raise ValidationError(FieldError("period", result.stops[0].message))
        profile = shop.get_profile()
        if profile is None or not profile.gstin:
            raise ValidationError(FieldError("gstin", "The shop has no GSTIN to file under"))
        return profile

    # --- filing (issue 13) ------------------------------------------------------------------

    def offer_filing(self) -> None:
        """After a GSTR-1 export: offer to mark the period filed and close its books."""
        result = self.result
        if result is None or result.is_filed:
            return
        period = result.period
        self.prompt = confirm_filing(self, period, lambda: self.mark_filed(period))

    def mark_filed(self, period: ReturnPeriod) -> None:
        try:
            done = filing.mark_filed(period, close_books=True)
        except ValidationError as exc:
            self.show_message(said(exc))
            return
        if done.closed_up_to:
            self.last_message = QCoreApplication.translate(
                "returns_page", "GSTR-1 for {period} marked filed; books closed up to {day}."
            ).format(period=period_label(period), day=day(done.closed_up_to))
        else:
            self.last_message = QCoreApplication.translate(
                "returns_page", "GSTR-1 for {period} marked filed."
            ).format(period=period_label(period))
        self.load()
