"""Export to Tally: the period's vouchers and ledgers as an XML file for TallyPrime's Import.

Working out the vouchers (`services.tally.books.tally_books`) and writing the file both run off
the UI thread (`ReportPage`), with progress; the page shows what the file will hold by voucher
type before it is written.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from vyapar_lite.exports.tally.xml_file import write_tally_xml
from vyapar_lite.services.tally.books import tally_books
from vyapar_lite.services.tally.vouchers import VOUCHER_TYPES, TallyBooks
from vyapar_lite.ui.reports import periods
from vyapar_lite.ui.reports.inputs import PeriodInputs
from vyapar_lite.ui.reports.periods import Period
from vyapar_lite.ui.reports.report_model import ListSource
from vyapar_lite.ui.reports.report_page import ReportPage
from vyapar_lite.ui.reports.report_text import Column, day, money
from vyapar_lite.ui.tasks import Progress

XML_FILTER = "Tally XML file (*.xml)"
_MEANING = {
    "Sales": "invoices",
    "Debit Note": "debit notes",
    "Credit Note": "credit notes (GST and financial)",
    "Receipt": "money received, allocated bill by bill",
    "Payment": "refunds, bounced cheques, payments to suppliers",
    "Journal": "write-offs, contra settlements, cheque charges, entries without a document",
    "Purchase": "purchase bills",
}


def _type_rows(books: TallyBooks) -> list[tuple[str, int, int, str]]:
    """(voucher type, how many, the parties' side in paise (+ debit), what they are)."""
    counts: Counter[str] = Counter()
    amounts: Counter[str] = Counter()
    for v in books.vouchers:
        counts[v.kind] += 1
        amounts[v.kind] += sum(e.amount for e in v.entries if e.is_party)
    return [(k, counts[k], amounts[k], _MEANING[k]) for k in VOUCHER_TYPES if counts[k]]


class TallyPage(ReportPage[TallyBooks]):
    key = "tally"
    title = "Export to Tally"
    blurb = "The period's vouchers and ledgers for TallyPrime (Import > Transactions)."
    printable = False
    file_suffix = ".xml"
    file_filter = XML_FILTER
    file_kind = "Tally"
    export_title = "Save the vouchers as a Tally XML file"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodInputs("report.tally.period")
        # an accountant imports month by month: last month, not the whole year, to begin with
        self.period.set_period(*periods.last_month(self.period.today))
        self.add_input("", self.period)
        self.period.preset.activated.connect(lambda _i: self.load())
        self.export_button.setText("Export to Tally (XML)…")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("Voucher type", lambda r: r[0], "text", 110, whole=True),
            Column("Vouchers", lambda r: r[1], "count", 80),
            Column("Parties' side", lambda r: r[2], "balance", 150),
            Column("What they are", lambda r: r[3], "text", 420),
        ]

    def request(self) -> Period:
        return self.period.period()

    def fetch(self, request: Period, progress: Progress) -> TallyBooks:
        start, end = request
        return tally_books(start, end, progress=progress)

    def display(self, result: TallyBooks) -> None:
        rows = _type_rows(result)
        self.show_rows(
            ListSource(rows),
            totals=["Total", f"{len(result.vouchers):,}", "", ""],
            count=f"{len(result.vouchers):,} vouchers, {len(result.ledgers):,} ledgers",
        )
        openings = [led for led in result.ledgers if led.opening_bills]
        opening_text = (
            f" {len(openings):,} customer ledgers carry opening balances dated in the period "
            f"({money(sum(led.opening for led in openings))}, bill by bill)."
            if openings
            else ""
        )
        self.summary.setText(
            f"<p><b>{len(result.vouchers):,} vouchers</b> and <b>{len(result.ledgers):,} "
            f"ledgers</b> for {day(result.start)} to {day(result.end)}, for the company "
            f"<b>{result.company or '(the one open in Tally)'}</b>. "
            f"{result.cancelled_left_out:,} cancelled documents are left out (each is reversed "
            f"on its own day, so it moves nothing).{opening_text} Ledger names are set in "
            "Settings › Tally.</p>"
        )

    def write(self, result: TallyBooks, path: Path, progress: Progress) -> int:
        return write_tally_xml(path, result, progress=progress)

    def written(self, count: int) -> str:
        return f"The Tally file with {count:,} vouchers"

    def file_name(self, result: TallyBooks) -> str:
        return f"Tally vouchers {day(result.start)} to {day(result.end)}"
