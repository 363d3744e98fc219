"""The accountant's pack for a period: one workbook with a summary of balances and ageing, the
sales register and a statement sheet for every customer with activity or a balance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.pack import export_pack
from vyapar_lite.services import sales_register, statement
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.periods import Period
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import day
from vyapar_lite.ui.tasks import Progress


@dataclass(frozen=True)
class PackPlan:
    start: date
    end: date
    customers: int  # statement sheets
    register_rows: int
    documents: int


class PackPage(ReportPage[PackPlan]):
    key = "pack"
    title = QT_TRANSLATE_NOOP("reports", "Accountant's pack")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "Everything the accountant asks for, in one Excel workbook."
    )
    printable = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.pack.period")
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())
        self.table.hide()
        self.body.addStretch(1)
        self.export_button.setText(
            QCoreApplication.translate("pack_page", "Export the pack to Excel…")
        )

    def request(self) -> Period:
        return self.period.period()

    def fetch(self, request: Period, progress: Progress) -> PackPlan:
        start, end = request
        codes = statement.customers_with_activity(start, end)
        summary = sales_register.register_summary(start, end)
        return PackPlan(start, end, len(codes), summary.rows, summary.net.documents)

    def display(self, result: PackPlan) -> None:
        self.show_rows(None)
        self.summary.setText(
            QCoreApplication.translate(
                "pack_page",
                "<p>The pack for <b>{0} to {1}</b> "
                "holds:</p><ul><li><b>Summary</b>: balance and ageing on {2} of "
                "the {customers:,} customers with entries in the period or a "
                "balance at its end, with totals; each code links to the "
                "customer's statement;</li><li><b>Sales register</b>: "
                "{register_rows:,} rows for {documents:,} documents, taxable "
                "value and GST by rate;</li><li><b>HSN summary</b>: quantity, "
                "taxable value and tax by HSN/SAC, B2B and B2C apart (GSTR-1 "
                "table 12);</li><li><b>{3:,} statements</b>, one sheet per "
                "customer.</li></ul><p>Totals are Excel formulas, so the "
                "accountant can check them.</p>",
            ).format(
                day(result.start),
                day(result.end),
                day(result.end),
                result.customers,
                customers=result.customers,
                register_rows=result.register_rows,
                documents=result.documents,
            )
        )

    def write(self, result: PackPlan, path: Path, progress: Progress) -> int:
        return export_pack(path, result.start, result.end, progress=progress).customers

    def written(self, count: int) -> str:
        return QCoreApplication.translate("pack_page", "The pack with {count:,} statements").format(
            count=count
        )

    def file_name(self, result: PackPlan) -> str:
        return f"Accountant's pack {day(result.start)} to {day(result.end)}"
