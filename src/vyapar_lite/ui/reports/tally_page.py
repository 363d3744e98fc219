"""Export to Tally: the period's vouchers and ledgers as an XML file for TallyPrime's Import.

Working out the vouchers (`services.tally.months.tally_summary`, a month at a time) and writing
the file both run off the UI thread (`ReportPage`), with progress; the page shows what the file
will hold by voucher type before it is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.exports.tally.xml_file import write_tally_xml
from vyapar_lite.services.tally.months import TallySummary, tally_months, tally_summary
from vyapar_lite.ui.reports import periods
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.periods import Period
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.tasks import Progress

XML_FILTER = "Tally XML file (*.xml)"
_MEANING = {
    "Sales": QT_TRANSLATE_NOOP("tally_page", "invoices"),
    "Debit Note": QT_TRANSLATE_NOOP("tally_page", "debit notes"),
    "Credit Note": QT_TRANSLATE_NOOP("tally_page", "credit notes (GST and financial)"),
    "Receipt": QT_TRANSLATE_NOOP("tally_page", "money received, allocated bill by bill"),
    "Payment": QT_TRANSLATE_NOOP(
        "tally_page", "refunds, bounced cheques, payments to suppliers, expenses"
    ),
    "Journal": QT_TRANSLATE_NOOP(
        "tally_page", "write-offs, contra settlements, cheque charges, entries without a document"
    ),
    "Purchase": QT_TRANSLATE_NOOP("tally_page", "purchase bills"),
    "Contra": QT_TRANSLATE_NOOP(
        "tally_page", "money moved between the shop's cash and bank accounts"
    ),
}


def _type_rows(summary: TallySummary) -> list[tuple[str, int, int, str]]:
    """(voucher type, how many, the parties' side in paise (+ debit), what they are)."""
    return [
        (kind, count, amount, QCoreApplication.translate("tally_page", _MEANING[kind]))
        for kind, count, amount in summary.rows()
    ]


class TallyPage(ReportPage[TallySummary]):
    key = "tally"
    title = QT_TRANSLATE_NOOP("reports", "Export to Tally")
    blurb = QT_TRANSLATE_NOOP(
        "reports", "The period's vouchers and ledgers for TallyPrime (Import > Transactions)."
    )
    printable = False
    file_suffix = ".xml"
    file_filter = XML_FILTER
    file_kind = "Tally"
    export_title = QT_TRANSLATE_NOOP("reports", "Save the vouchers as a Tally XML file")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.tally.period")
        # an accountant imports month by month: last month, not the whole year, to begin with
        self.period.set_period(*periods.last_month(self.period.today))
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())
        self.export_button.setText(
            QCoreApplication.translate("tally_page", "Export to Tally (XML)…")
        )

    def columns(self) -> list[Column[Any]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("columns", "Voucher type"),
                lambda r: r[0],
                "text",
                110,
                whole=True,
            ),
            Column(QT_TRANSLATE_NOOP("columns", "Vouchers"), lambda r: r[1], "count", 80),
            Column(QT_TRANSLATE_NOOP("columns", "Parties' side"), lambda r: r[2], "balance", 150),
            Column(QT_TRANSLATE_NOOP("columns", "What they are"), lambda r: r[3], "text", 420),
        ]

    def request(self) -> Period:
        return self.period.period()

    def fetch(self, request: Period, progress: Progress) -> TallySummary:
        start, end = request
        return tally_summary(start, end, progress=progress)

    def display(self, result: TallySummary) -> None:
        rows = _type_rows(result)
        self.show_rows(
            ListSource(rows),
            totals=[
                QCoreApplication.translate("report_page", "Total"),
                f"{result.vouchers:,}",
                "",
                "",
            ],
            count=QCoreApplication.translate("tally_page", "{0:,} vouchers, {1:,} ledgers").format(
                result.vouchers, len(result.ledgers)
            ),
        )
        openings = [led for led in result.ledgers if led.opening_bills]
        opening_text = (
            QCoreApplication.translate(
                "tally_page",
                " {0:,} customer ledgers carry opening balances dated in the period "
                "({1}, bill by bill).",
            ).format(len(openings), money(sum(led.opening for led in openings)))
            if openings
            else ""
        )
        self.summary.setText(
            QCoreApplication.translate(
                "tally_page",
                "<p><b>{vouchers:,} vouchers</b> and <b>{0:,} ledgers</b> for {1} "
                "to {2}, for the company <b>{3}</b>. {cancelled_left_out:,} "
                "cancelled documents are left out (each is reversed on its own "
                "day, so it moves nothing).{opening_text} Ledger names are set in "
                "Settings › Tally.</p>",
            ).format(
                len(result.ledgers),
                day(result.start),
                day(result.end),
                result.company
                or QCoreApplication.translate("tally_page", "(the one open in Tally)"),
                vouchers=result.vouchers,
                cancelled_left_out=result.cancelled_left_out,
                opening_text=opening_text,
            )
        )

    def write(self, result: TallySummary, path: Path, progress: Progress) -> int:
        """The vouchers are made again, a month at a time, as they are written: the page holds
        only their counts, so a year of a big shop is exported in the memory of one month."""
        months = tally_months(result.start, result.end)
        return write_tally_xml(path, months, progress=progress)

    def written(self, count: int) -> str:
        return QCoreApplication.translate(
            "tally_page", "The Tally file with {count:,} vouchers"
        ).format(count=count)

    def file_name(self, result: TallySummary) -> str:
        return f"Tally vouchers {day(result.start)} to {day(result.end)}"
